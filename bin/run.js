#!/usr/bin/env -S node --no-regexp-tier-up
// --no-regexp-tier-up: V8 compiles each regular expression to machine code at once, instead of running
// it in its regex interpreter until it tiers up; for the lexicons' long alternations that takes a third
// off a one-article check. It must be given on node's command line: set from code after start-up
// (v8.setFlagsFromString) it made node crash now and then.
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
