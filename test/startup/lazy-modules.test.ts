import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEAVY = ['yaml', 'chrono-node', 'mathjs', 'mdast-util-from-markdown', 'parse5'];
// Modules that document/load.ts itself imports with import(), on the first file of their format.
const LAZY_MODULES = ['src/document/parse-html.ts', 'src/document/parse-markdown.ts'];

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

// Start-up time is a requirement (npm run bench measures it): the heavy packages load on first use.
test('no module of the core imports a heavy package statically (type imports excepted)', () => {
  const offenders = sources(join(ROOT, 'src'))
    .filter((file) => !LAZY_MODULES.includes(file.slice(ROOT.length)))
    .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gmu)]
      .filter((m) => HEAVY.some((pkg) => m[1] === pkg || m[1]?.startsWith(`${pkg}/`)))
      .map((m) => `${file.slice(ROOT.length)}: ${m[1]}`),
  );
  expect(offenders).toEqual([]);
});

test('the path bin/run.js takes for check and extract loads none of them, nor oclif', () => {
  const script = `await import('./dist/cli/fast-path.js');
const req = (await import('node:module')).createRequire(import.meta.url);
console.log(JSON.stringify(Object.keys(req.cache)));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const loaded = JSON.parse(run.stdout) as string[];
  const notYet = [...HEAVY, '@oclif/core', 'picomatch', 'tinypool'];
  expect(notYet.filter((pkg) => loaded.some((path) => path.includes(`/node_modules/${pkg}/`)))).toEqual([]);
});

test('the bundled JSON the build writes holds the same data as the YAML in rules/', () => {
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
  const files = yamlFiles(join(ROOT, 'rules'));
  expect(files.length).toBeGreaterThan(4);
  for (const file of files) {
    const bundled = join(ROOT, 'dist/bundled', `${file.slice(join(ROOT, 'rules').length + 1)}.json`);
    expect(JSON.parse(readFileSync(bundled, 'utf8')), file).toEqual(parse(readFileSync(file, 'utf8')));
  }
});

test('every format the CLI offers has a formatter, and the other way round', async () => {
  const { FORMATTERS } = await import('../../src/report/index.js');
  const { FORMAT_NAMES, loadFormatter } = await import('../../src/report/formats.js');
  expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(FORMATTERS).sort());
  for (const name of FORMAT_NAMES) expect(await loadFormatter(name)).toBe(FORMATTERS[name]);
});
