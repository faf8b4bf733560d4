#!/usr/bin/env node
// check and extract start without oclif (see src/cli/fast-path.ts); everything else, and anything the
// fast path leaves to oclif (help, bad flags), goes through oclif.
import { setFlagsFromString } from 'node:v8';

// Compile regular expressions to machine code at once: the lexicons' long alternations otherwise run
// in V8's regex interpreter until they tier up, and that costs about a quarter of a run's time.
setFlagsFromString('--no-regexp-tier-up');
const { runFast } = await import('../dist/cli-bundle/fast-path.js');

const code = process.env.FACTLINT_OCLIF ? null : await runFast(process.argv.slice(2));
if (code === null) {
  const { execute } = await import('@oclif/core/execute');
  await execute({ dir: import.meta.url });
} else {
  process.exitCode = code;
}
