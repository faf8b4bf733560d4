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
// fast path leaves to oclif (help, bad flags), goes through oclif.
import { runFast } from '../dist/cli-bundle/fast-path.js';

const code = process.env.FACTLINT_OCLIF ? null : await runFast(process.argv.slice(2));
if (code === null) {
  const { execute } = await import('@oclif/core/execute');
  await execute({ dir: import.meta.url });
} else {
  process.exitCode = code;
}
