import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// The yaml package costs ~60 ms to load; only config files, rule packs and front matter need it, so
// it is required on first use (the bundled data comes as JSON: see util/bundled.ts).
const require = createRequire(import.meta.url);
let loaded: typeof Yaml | null = null;

export function yaml(): typeof Yaml {
  loaded ??= require('yaml') as typeof Yaml;
  return loaded;
}
