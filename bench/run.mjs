#!/usr/bin/env node
// factlint benchmark: throughput of extract and check against chrono-node's parse alone on the same
// articles, and cold start against bare node, all measured in this run. Figures are ratios to the
// baselines of the same run, so they compare across machines. Usage: npm run bench [-- --mb 2]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { parseTextDocument } from '../dist/document/parse-text.js';
import { extractClaims } from '../dist/extract/engine.js';
import { checkDocuments } from '../dist/pipeline.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = Number(process.argv[process.argv.indexOf('--mb') + 1]) || 1;

function articles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? articles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

// A seeded generator, so every run benchmarks the same corpus.
let seed = 42;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

/** Varies the figures of an article so the corpus is not one text repeated. */
const vary = (text) => text.replace(/(?<=\s)\d{2,3}(?=\s)/g, (n) => String(Math.max(10, Math.round(Number(n) * (0.5 + random())))));

function corpus(lang) {
  const sources = [...articles(join(ROOT, 'examples')), ...articles(join(ROOT, 'test/fixtures'))]
    .map((f) => parseTextDocument(f, readFileSync(f, 'utf8')))
    .filter((d) => d.lang === lang && !d.id.includes('/defects/'));
  const docs = [];
  let bytes = 0;
  for (let i = 0; bytes < MB * 1e6; i++) {
    const source = sources[i % sources.length];
    const text = vary(source.text);
    docs.push(parseTextDocument(`${lang}-${i}.txt`, text));
    bytes += Buffer.byteLength(text);
  }
  return { docs, bytes };
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];

for (const lang of ['nl', 'en']) {
  const { docs, bytes } = corpus(lang);
  const parser = lang === 'nl' ? chrono.nl : chrono.en;
  const mbps = (s) => bytes / 1e6 / s;
  // Warm up every path once so that start-up is not counted as throughput.
  for (const d of docs.slice(0, 20)) (parser.parse(d.text, new Date()), checkDocuments([d]));
  const chronoS = time(() => docs.forEach((d) => parser.parse(d.text, new Date(2020, 5, 30))));
  const extractS = time(() => docs.forEach((d) => extractClaims(d)));
  const checkS = time(() => docs.forEach((d) => checkDocuments([d])));
  const corpusS = time(() => checkDocuments(docs));
  rows.push([lang, docs.length, (bytes / 1e6).toFixed(2), mbps(chronoS), mbps(extractS), mbps(checkS), mbps(corpusS)]);
}

console.log(`corpus: ${MB} MB per language, generated from examples/ and test/fixtures/\n`);
console.log('lang  articles    MB  chrono MB/s  extract MB/s  check MB/s  check-corpus MB/s  check/chrono');
for (const [lang, n, mb, c, e, k, kc] of rows) {
  console.log(`${lang.padEnd(4)} ${String(n).padStart(9)} ${mb.padStart(5)} ${c.toFixed(2).padStart(12)} ${e.toFixed(2).padStart(13)} ${k.toFixed(2).padStart(11)} ${kc.toFixed(2).padStart(18)} ${(k / c).toFixed(2).padStart(13)}`);
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Cold start: one small article through the CLI, against bare node.
const dir = mkdtempSync(join(tmpdir(), 'factlint-bench-'));
const one = join(dir, 'one.txt');
writeFileSync(one, readFileSync(join(ROOT, 'examples/idlib-raids/nl.txt')));
const run = (args) => time(() => spawnSync(process.execPath, args, { cwd: ROOT }));
const bare = median(Array.from({ length: 7 }, () => run(['-e', '0'])));
const cold = median(Array.from({ length: 7 }, () => run([join(ROOT, 'bin/run.js'), 'check', one])));
console.log(`cold start: node -e 0 ${(bare * 1000).toFixed(0)} ms, factlint check one.txt ${(cold * 1000).toFixed(0)} ms (+${((cold - bare) * 1000).toFixed(0)} ms, ${(cold / bare).toFixed(1)}x)`);
