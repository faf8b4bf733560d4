#!/usr/bin/env node
// Bundles the path bin/run.js takes for check and extract (dist/cli/fast-path.js) and the worker
// threads' module into dist/cli-bundle/, code-split so that what loads lazily (formatters, markup
// parsers, the archive) stays lazy. Node's ES module loader reads, resolves and compiles each of the
// ~140 modules of dist/ on its own, which was most of a one-article check's start-up. Packages stay
// outside (node_modules), loaded on first use as before.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// Chunk names carry a content hash: without a clean start, every build's chunks stayed beside the new.
rmSync(`${root}dist/cli-bundle`, { recursive: true, force: true });
await build({
  entryPoints: { 'fast-path': `${root}dist/cli/fast-path.js`, worker: `${root}dist/parallel/worker.js` },
  outdir: `${root}dist/cli-bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
