#!/usr/bin/env -S node --no-regexp-tier-up --heap-growing-percent=20
// V8 flags, which must be given on node's command line (set from code after start-up with
// v8.setFlagsFromString, they made node crash now and then):
// --no-regexp-tier-up: compile each regular expression to machine code at once, instead of running it
//   in V8's regex interpreter until it tiers up; for the lexicons' long alternations that takes a third
//   off a one-article check.
// --heap-growing-percent=20: let the heap grow by 20% between collections instead of V8's default, far
//   larger under a corpus's allocation rate: at 16× the corpus, peak RSS grew 1.3× instead of 2.1×, in
//   the same time.
// check and extract start without oclif (see src/cli/fast-path.ts); everything else, and anything the
// fast path leaves to oclif (help, bad flags), goes through oclif. The fast path is one script that
// runs from a V8 code cache, as do chrono's locales and mathjs (see src/cli/script-cache.ts).
import { fileURLToPath } from 'node:url';
import { ScriptCache, compileCacheDir, seedCacheDir } from '../dist/cli/script-cache.js';

let code = null;
if (!process.env.FACTLINT_OCLIF) {
  const dir = compileCacheDir();
  const cache = new ScriptCache(dir, dir === null ? null : seedCacheDir());
  cache.hookRequire(fileURLToPath(new URL('../dist/vendor/', import.meta.url)));
  const { runFast } = cache.require(fileURLToPath(new URL('../dist/cli-bundle/fast-path.cjs', import.meta.url)));
  code = await runFast(process.argv.slice(2));
  if (code !== null) cache.save();
}
if (code === null) {
  const { execute } = await import('@oclif/core/execute');
  await execute({ dir: import.meta.url });
} else {
  process.exitCode = code;
}
