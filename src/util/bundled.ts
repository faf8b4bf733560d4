import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from './package-root.js';
import { yaml } from './yaml.js';

const RULES_DIR = join(PACKAGE_ROOT, 'rules/');
// Written by scripts/bundle-data.mjs at build time: the same files, parsed, as JSON.
const BUNDLED_DIR = fileURLToPath(new URL('../bundled/', import.meta.url));

/**
 * A data file shipped in rules/ ("nl/measures.yml"), parsed. The build turns them into JSON so that a run
 * starts without the YAML parser; run from source (the tests), the YAML itself is read.
 */
export function bundledData(file: string): { path: string; data: unknown } {
  const path = `${RULES_DIR}${file}`;
  const json = `${BUNDLED_DIR}${file}.json`;
  if (existsSync(json)) return { path, data: JSON.parse(readFileSync(json, 'utf8')) as unknown };
  return { path, data: yaml().parse(readFileSync(path, 'utf8')) as unknown };
}
