#!/usr/bin/env node
// Bundles the mathjs factories factlint uses (MATH_FUNCTIONS in src/util/math.ts) into
// dist/vendor/mathjs.cjs, read by src/util/math.ts. Required from node_modules, mathjs builds its
// default instance of some 600 functions and reads hundreds of files: most of a second, paid by every
// corpus run and every worker thread. Bundled from mathjs's ES modules, which declare no side effects,
// only these factories and what they depend on remain, and they load in a few tens of milliseconds.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stamp } from './stamp.mjs';
import { MATH_FUNCTIONS } from '../dist/util/math.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const license = readFileSync(new URL('../node_modules/mathjs/LICENSE', import.meta.url), 'utf8').trim();
const { version } = JSON.parse(readFileSync(new URL('../node_modules/mathjs/package.json', import.meta.url), 'utf8'));
const names = ['create', ...MATH_FUNCTIONS.map((name) => `${name}Dependencies`)];

await build({
  stdin: { contents: `export { ${names.join(', ')} } from 'mathjs';`, resolveDir: root, loader: 'js' },
  outfile: `${root}dist/vendor/mathjs.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: `/*! mathjs ${version} (the factories of ${names.length - 1} functions), bundled by factlint's build.\n${license}\n*/` },
});
stamp(`${root}dist/vendor/mathjs.cjs`);
