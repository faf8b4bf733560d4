#!/usr/bin/env node
// factlint's benchmark. Everything is measured in this run, on this machine, and reported as ratios
// to baselines of the same run (chrono-node's parse alone, a regex-and-split floor, bare node), so the
// figures compare across machines. Usage: npm run bench [-- --mb 5 --n 1000 --quick]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, ROOT } from './corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const QUICK = process.argv.includes('--quick');
const MB = arg('mb', QUICK ? 0.5 : 5);
const N = arg('n', QUICK ? 100 : 1000);
const dir = mkdtempSync(join(tmpdir(), 'factlint-bench-'));
const write = (name, records) => {
  const path = join(dir, name);
  writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
};
const node = (args, env = process.env) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env });
const fixed = (x, digits = 2) => x.toFixed(digits);
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log([line(head), ...rows.map(line)].join('\n'));
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(scenario, file) {
  const out = node(['bench/measure.mjs', scenario, file]);
  if (out.status !== 0) throw new Error(`${scenario}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

/** The node flags on bin/run.js's first line (`#!/usr/bin/env -S node …`), which `node bin/run.js` skips. */
const CLI_FLAGS = readFileSync(join(ROOT, 'bin/run.js'), 'utf8').split('\n')[0].split(/\s+/).filter((w) => w.startsWith('--'));

/** A CLI run: wall time and peak RSS (threads included). */
function cli(args) {
  const start = process.hrtime.bigint();
  // With the V8 flags bin/run.js's first line gives node when factlint runs as a command.
  const out = node([...CLI_FLAGS, '--import', './bench/rss.mjs', 'bin/run.js', ...args]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out.status === 2) throw new Error(`factlint ${args.join(' ')}: ${out.stderr}`);
  const rss = Number(/bench-rss-mb (\S+)/.exec(out.stderr)?.[1] ?? NaN);
  return { seconds, rss };
}

console.log(`factlint benchmark — node ${process.version}, ${availableParallelism()} cores; corpus generated from the project's articles\n`);

// 1. Throughput on the same texts, side by side.
console.log(`## Throughput: ${MB} MB per language, whole articles, one call per article\n`);
const rows = [];
for (const lang of ['nl', 'en']) {
  const file = write(`${lang}.jsonl`, generate(lang, { bytes: MB * 1e6 }));
  const results = Object.fromEntries(['chrono', 'floor', 'extract', 'check-each', 'check-corpus'].map((s) => [s, measure(s, file)]));
  const mbps = (r) => r.bytes / 1e6 / r.seconds;
  for (const [scenario, r] of Object.entries(results)) {
    rows.push([lang, scenario, r.articles, fixed(r.bytes / 1e6), fixed(mbps(r)), fixed(r.articles / r.seconds, 0), fixed(r.rssMB, 0),
      fixed(mbps(r) / mbps(results.chrono)), fixed(mbps(r) / mbps(results.floor), 3)]);
  }
  // The CLI on the whole corpus, on every core.
  const threaded = cli(['check', file, '--format', 'json']);
  const bytes = results.chrono.bytes;
  rows.push([lang, `cli check -j ${availableParallelism()}`, results.chrono.articles, fixed(bytes / 1e6), fixed(bytes / 1e6 / threaded.seconds),
    fixed(results.chrono.articles / threaded.seconds, 0), fixed(threaded.rss, 0), fixed(bytes / 1e6 / threaded.seconds / mbps(results.chrono)),
    fixed(bytes / 1e6 / threaded.seconds / mbps(results.floor), 3)]);
}
table(['lang', 'scenario', 'articles', 'MB', 'MB/s', 'articles/s', 'peak RSS MB', '×chrono', '×floor'], rows);

// 2. Cold start: one small article through the CLI, against bare node.
const one = join(dir, 'one.txt');
writeFileSync(one, generate('nl', { count: 1 }).map((r) => `date ${r.date}\n\n${r.text}`)[0]);
const time = (args, env) => {
  const start = process.hrtime.bigint();
  node(args, env);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const runs = QUICK ? 5 : 11;
// As a user runs it: from the V8 code cache in the user's cache folder (src/cli/script-cache.ts), which
// a run writes when it finds none. Measured apart: the first run after an install, with an empty user
// folder, which starts from the seed the build writes (scripts/seed-cache.mjs); and no cache at all,
// as after a node upgrade the build did not see.
const check = [...CLI_FLAGS, 'bin/run.js', 'check', one];
node(check);
const bare = median(Array.from({ length: runs }, () => time(['-e', '0'])));
const cold = median(Array.from({ length: runs }, () => time(check)));
const firstRun = median(Array.from({ length: runs }, (_, i) => time(check, { ...process.env, FACTLINT_COMPILE_CACHE: join(dir, `empty-cache-${i}`) })));
const uncached = median(Array.from({ length: runs }, () => time(check, { ...process.env, FACTLINT_COMPILE_CACHE: '0' })));
console.log(`\n## Cold start (median of ${runs})\n`);
console.log(`node -e 0: ${fixed(bare, 0)} ms; factlint check one.txt: ${fixed(cold, 0)} ms; +${fixed(cold - bare, 0)} ms over bare node (${fixed(cold / bare, 1)}×)`);
console.log(`the first run after an install (an empty user cache, the build's seed): ${fixed(firstRun, 0)} ms; +${fixed(firstRun - bare, 0)} ms`);
console.log(`without any code cache (FACTLINT_COMPILE_CACHE=0): ${fixed(uncached, 0)} ms; +${fixed(uncached - bare, 0)} ms`);

// 3. Growth: time per article as the corpus grows (N, 4N, 16N) and as articles grow (1×, 4×, 16× longer).
console.log(`\n## Growth: the CLI (check --format json) on a JSONL corpus\n`);
const growth = [];
const base = {};
for (const factor of [1, 4, 16]) {
  const records = [...generate('nl', { count: (N * factor) / 2 }), ...generate('en', { count: (N * factor) / 2, seed: 7 })];
  const file = write(`corpus-${factor}.jsonl`, records);
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const r = cli(['check', file, '--format', 'json']);
  base.size ??= { perArticle: r.seconds / records.length, rss: r.rss };
  growth.push([`corpus ${factor}N`, records.length, fixed(bytes / 1e6), fixed(r.seconds, 1), fixed((r.seconds / records.length) * 1000), fixed(r.seconds / records.length / base.size.perArticle), fixed(r.rss, 0), fixed(r.rss / base.size.rss)]);
}
const lengthBytes = Math.min(MB, 2) * 1e6;
for (const factor of [1, 4, 16]) {
  const records = generate('en', { bytes: lengthBytes, length: factor, seed: 11 });
  const file = write(`length-${factor}.jsonl`, records);
  const bytes = records.reduce((n, rec) => n + Buffer.byteLength(rec.text), 0);
  const r = cli(['check', file, '--format', 'json', '--jobs', '1']);
  const perKB = r.seconds / (bytes / 1e3);
  base.length ??= { perKB, rss: r.rss };
  growth.push([`article ${factor}× long`, records.length, fixed(bytes / 1e6), fixed(r.seconds, 1), `${fixed(perKB * 1000)}/KB`, fixed(perKB / base.length.perKB), fixed(r.rss, 0), fixed(r.rss / base.length.rss)]);
}
table(['scenario', 'articles', 'MB', 'seconds', 'ms/article', '×first', 'peak RSS MB', 'RSS ×first'], growth);

// 4. Adversarial inputs, where the robustness suite provides them: time(100k) / time(25k) ≈ 4 is linear.
try {
  const { runAdversarial } = await import('./adversarial.mjs');
  console.log('\n## Adversarial inputs: time at 25k, 50k and 100k characters\n');
  const adversarial = await runAdversarial();
  table(Object.keys(adversarial[0]), adversarial.map((r) => Object.values(r)));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
rmSync(dir, { recursive: true, force: true });
