#!/usr/bin/env node
// Turns the data shipped in rules/ into JSON under dist/bundled/, read by src/util/bundled.ts, so that
// a run starts without loading the YAML parser.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const rules = join(root, 'rules');
const out = join(root, 'dist/bundled');

const yamlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );

for (const file of yamlFiles(rules)) {
  const target = join(out, `${relative(rules, file)}.json`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(parse(readFileSync(file, 'utf8'))));
}
