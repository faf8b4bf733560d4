#!/usr/bin/env node
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
