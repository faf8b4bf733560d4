import { existsSync } from 'node:fs';
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
