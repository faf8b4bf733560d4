#!/usr/bin/env node
// Seeds the V8 code cache the CLI starts from (src/cli/script-cache.ts): runs one check of an English
// and a Dutch example through bin/run.js, with the V8 flags of its first line, into dist/compile-cache.
// bin/run.js reads a seed file when the user's cache folder has none, so that the first run after an
// install (npm's prepare runs this build) starts as fast as the ones after it. A seed made with
// another node version or other flags is simply never found: its file name says both.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const seed = `${root}dist/compile-cache`;
rmSync(seed, { recursive: true, force: true });
const flags = readFileSync(`${root}bin/run.js`, 'utf8').split('\n')[0].split(/\s+/).filter((w) => w.startsWith('--'));
const articles = ['examples/limburg-floods/en.txt', 'examples/limburg-floods/nl.txt'];
const run = spawnSync(process.execPath, [...flags, `${root}bin/run.js`, 'check', ...articles, '--format', 'json'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FACTLINT_COMPILE_CACHE: seed },
});
// Exit 1 is findings, but also node's own exit on an uncaught error: the report must be there too.
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  // no report: reported below
}
if ((run.status !== 0 && run.status !== 1) || report === null) throw new Error(`seed-cache: check exited ${run.status} without a report\n${run.stderr}`);
if (!readdirSync(seed).some((f) => f.startsWith('fast-path.cjs.'))) throw new Error('seed-cache: the check wrote no cache of fast-path.cjs');
