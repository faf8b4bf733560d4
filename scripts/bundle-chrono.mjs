#!/usr/bin/env node
// Bundles each chrono-node locale factlint uses into one file under dist/vendor/, read by
// src/extract/common/date-extractor.ts. Required from node_modules, a locale is some 150 small modules,
// and resolving and wrapping them is most of chrono's cost at start-up; one file loads in less than
// half the time. The bundle is built from the installed chrono-node, so it is the same code.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stamp } from './stamp.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const license = readFileSync(new URL('../node_modules/chrono-node/LICENSE.txt', import.meta.url), 'utf8').trim();
const { version } = JSON.parse(readFileSync(new URL('../node_modules/chrono-node/package.json', import.meta.url), 'utf8'));

for (const lang of ['nl', 'en']) {
  await build({
    stdin: { contents: `module.exports = require('chrono-node/${lang}');`, resolveDir: root, loader: 'js' },
    outfile: `${root}dist/vendor/chrono-${lang}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: `/*! chrono-node ${version} (locale ${lang}), bundled by factlint's build.\n${license}\n*/` },
  });
  stamp(`${root}dist/vendor/chrono-${lang}.cjs`);
}
