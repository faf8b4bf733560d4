#!/usr/bin/env node
// Bundles the path bin/run.js takes for check and extract (dist/cli/fast-path.js) and the worker
// threads' module into dist/cli-bundle/. Node's ES module loader reads, resolves and compiles each of
// the ~140 modules of dist/ on its own, which was most of a one-article check's start-up.
//
// The fast path is one CommonJS script, fast-path.cjs, which bin/run.js compiles through a V8 code
// cache (src/cli/script-cache.ts; Node 20 caches no compiled ES module). What it loads lazily
// (formatters, markup parsers, the archive) is in the script but runs only when first imported.
// Packages stay outside (node_modules), loaded on first use as before, except the ES-only ones the
// lazy parts import statically (chalk, the markup parsers), which a script cannot require on Node 20.
// The worker threads' module stays an ES module, code-split.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stamp } from './stamp.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
// Chunk names carry a content hash: without a clean start, every build's chunks stayed beside the new.
rmSync(`${root}dist/cli-bundle`, { recursive: true, force: true });
await build({
  entryPoints: { worker: `${root}dist/parallel/worker.js` },
  outdir: `${root}dist/cli-bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const ES_ONLY = ['chalk', 'mdast-util-from-markdown', 'parse5'];
await build({
  entryPoints: [`${root}dist/cli/fast-path.js`],
  outfile: `${root}dist/cli-bundle/fast-path.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Every package but the ES-only ones stays in node_modules.
  plugins: [{
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (ES_ONLY.some((p) => args.path === p || args.path.startsWith(`${p}/`)) || args.importer.includes('/node_modules/') ? undefined : { external: true }));
    },
  }],
  // A script has no import.meta: the modules that find files from their own URL get the script's.
  define: { 'import.meta.url': '__factlintScriptUrl' },
  banner: { js: '"use strict";\nconst __factlintScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
// import() in a script compiled with node:vm needs --experimental-vm-modules, or warns on stderr: the
// packages left external that are imported (tinypool) are imported by the module that runs the script.
const script = `${root}dist/cli-bundle/fast-path.cjs`;
const dynamicImport = /(^|[^.\w$])import\(/gm;
const code = readFileSync(script, 'utf8');
const imports = code.match(dynamicImport)?.length ?? 0;
if (imports !== 1) throw new Error(`fast-path.cjs: ${imports} import() calls where one (tinypool's) was expected: check that each is a call, not text, and update this count`);
writeFileSync(script, code.replace(dynamicImport, '$1__factlintImport(').replace('\n', '\nconst __factlintImport = module.importModule ?? ((specifier) => import(specifier));\n'));
stamp(script);
