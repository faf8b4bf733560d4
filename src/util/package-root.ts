import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of factlint's package.json, found from wherever this code runs: src/ (the tests), dist/, or
 * the one-file bundle the build makes of the CLI (dist/cli-bundle/). Files the package ships (rules/,
 * dist/vendor/, oclif.manifest.json) are found from it, never by counting `../` from a module.
 */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(from, '../..');
  }
}

const require = createRequire(import.meta.url);

/**
 * A CommonJS file the build writes under the package (`dist/vendor/chrono-nl.cjs`, `dist/bundled/units.json`),
 * or, run from source before a build (the tests), what `fallback` gives instead.
 */
export function requireBuilt<T>(file: string, fallback: () => T): T {
  try {
    return require(join(PACKAGE_ROOT, file)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    return fallback();
  }
}
