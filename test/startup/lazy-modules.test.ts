import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const script = `const { ScriptCache } = await import('./dist/cli/script-cache.js');
new ScriptCache(null).require(${JSON.stringify(join(ROOT, 'dist/cli-bundle/fast-path.cjs'))});
const req = (await import('node:module')).createRequire(import.meta.url);
console.log(JSON.stringify(Object.keys(req.cache)));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const loaded = JSON.parse(run.stdout) as string[];
  const notYet = [...HEAVY, '@oclif/core', 'picomatch', 'tinypool'];
  expect(notYet.filter((pkg) => loaded.some((path) => path.includes(`/node_modules/${pkg}/`)))).toEqual([]);
  expect(loaded.filter((path) => path.includes('/dist/vendor/'))).toEqual([]);
});

// The fast path is one script (scripts/bundle-cli.mjs), which holds the ES-only packages its lazy parts
// import (a script cannot require them on Node 20). V8's coverage counts the calls of each package
// module's wrapper in the script: a check of a .txt file runs none but chalk's, and that only for stylish.
test('the packages inside the fast-path script run only when a lazy part first needs them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-coverage-'));
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'date 2024-03-05\n\nSinds maandag 3 maart zijn 12 mensen omgekomen.\n');
  const ran = (format: string): string[] => {
    const coverage = join(dir, format);
    spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), 'check', article, '--format', format], {
      cwd: ROOT,
      env: { ...process.env, NODE_V8_COVERAGE: coverage, FACTLINT_COMPILE_CACHE: '0' },
    });
    const [file] = readdirSync(coverage);
    const { result } = JSON.parse(readFileSync(join(coverage, file!), 'utf8')) as { result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }> };
    const modules = result.find((script) => script.url.endsWith('/dist/cli-bundle/fast-path.cjs'))!.functions.filter((f) => f.functionName.includes('node_modules/'));
    expect(modules.filter((f) => /\/(parse5|mdast-util-from-markdown|chalk)\//.test(f.functionName)).length).toBeGreaterThan(3);
    return [...new Set(modules.filter((f) => f.ranges[0]!.count > 0).map((f) => f.functionName.replace(/.*node_modules\/([^/]+)\/.*/, '$1')))];
  };
  expect(ran('json')).toEqual([]);
  expect(ran('stylish')).toEqual(['chalk']);
});

// The build bundles each chrono locale into one file (scripts/bundle-chrono.mjs), which loads in less
// than half the time: a built run must use it, and it must read dates exactly as chrono-node does.
test('a built run reads dates with the bundled chrono, which parses as chrono-node does', () => {
  const script = `const { extractClaims } = await import('./dist/extract/engine.js');
const { parseTextDocument } = await import('./dist/document/parse-text.js');
extractClaims(parseTextDocument('a.txt', 'date 2024-03-05\\n\\nSinds maandag 3 maart zijn 12 mensen omgekomen.'));
const req = (await import('node:module')).createRequire(import.meta.url);
console.log(JSON.stringify(Object.keys(req.cache)));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const loaded = JSON.parse(run.stdout) as string[];
  expect(loaded.filter((path) => path.includes('/dist/vendor/')).map((path) => path.slice(path.lastIndexOf('/') + 1))).toEqual(['chrono-nl.cjs']);
  expect(loaded.filter((path) => path.includes('/node_modules/chrono-node/'))).toEqual([]);

  const reference = new Date(Date.UTC(2024, 2, 5, 12));
  const texts = {
    nl: 'Sinds maandag zijn 12 mensen omgekomen; op 3 maart 2024 om 15.00 uur, vorige week en over twee weken.',
    en: 'Since Monday 12 people died; on March 3, 2024 at 3 p.m., last week and in two weeks, from May to Oct 2020.',
  };
  for (const lang of ['nl', 'en'] as const) {
    const req = createRequire(import.meta.url);
    const bundled = req(join(ROOT, `dist/vendor/chrono-${lang}.cjs`)) as { casual: { parse(t: string, r: Date): Array<{ text: string; index: number; start: { date(): Date } }> } };
    const original = req(`chrono-node/${lang}`) as typeof bundled;
    const read = (c: typeof bundled) => c.casual.parse(texts[lang], reference).map((r) => [r.text, r.index, r.start.date().toISOString()]);
    expect(read(bundled)).toEqual(read(original));
    expect(read(bundled).length).toBeGreaterThan(2);
  }
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

test('a plain check of one article loads neither SQLite nor node\'s crypto and child_process', () => {
  // The archive (SQLite, hashes), baselines (hashes) and --changed-since (git) load when asked for.
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const report = `process.on('exit', () => process.stderr.write('\\nloaded ' + JSON.stringify(process.moduleLoadList)));`;
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, join(ROOT, 'bin/run.js'), 'check', join(ROOT, 'examples/limburg-floods/en.txt')], { cwd: dir, encoding: 'utf8' });
  const loaded = JSON.parse(/loaded (.*)$/.exec(run.stderr)?.[1] ?? 'null') as string[];
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((m) => /^NativeModule (crypto|child_process)$/.test(m) || m.includes('better_sqlite3'))).toEqual([]);
});
