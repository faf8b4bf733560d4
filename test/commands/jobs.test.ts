import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function factlint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A corpus worth threads: every example article twice over, a config that turns a rule off in one
// folder, an unreadable line in a JSONL file, and the elections pack where its config names it.
const corpus = mkdtempSync(join(tmpdir(), 'factlint-jobs-'));
for (const copy of ['a', 'b']) cpSync(join(ROOT, 'examples'), join(corpus, copy), { recursive: true });
writeFileSync(join(corpus, 'b/.factlintrc.yaml'), 'rules:\n  part-exceeds-whole: "off"\n');
const lines = readdirSync(join(ROOT, 'examples/limburg-floods')).filter((f) => f.endsWith('.txt')).map((f) => JSON.stringify({ id: f, date: '2021-07-20', text: readFileSync(join(ROOT, 'examples/limburg-floods', f), 'utf8') }));
writeFileSync(join(corpus, 'wire.jsonl'), [lines[0], '{"id": broken', ...lines.slice(1)].join('\n'));

test('worker threads give the same report, in input order, as one thread', () => {
  for (const format of ['json', 'stylish']) {
    const one = factlint(['check', '.', '--format', format, '--jobs', '1'], corpus);
    const two = factlint(['check', '.', '--format', format, '--jobs', '2'], corpus);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  }
  const report = JSON.parse(factlint(['check', '.', '--format', 'json', '--jobs', '2'], corpus).stdout) as {
    documents: Array<{ id: string }>;
    findings: Array<{ ruleId: string; locations: Array<{ document: string }> }>;
    errors: Array<{ message: string }>;
  };
  expect(report.documents.length).toBeGreaterThan(35);
  expect(report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/wire\.jsonl:2: /)]);
  // Each thread read the config of its articles: the rule is off in b/ only.
  const partFindings = report.findings.filter((f) => f.ruleId === 'part-exceeds-whole').map((f) => f.locations[0]!.document.split('/')[0]);
  expect(partFindings.length).toBeGreaterThan(0);
  expect(new Set(partFindings)).toEqual(new Set(['a']));
}, 300_000); // five runs of the CLI over 40 articles

test('extract runs on threads too, with the same claims', () => {
  const one = factlint(['extract', 'a', 'b', '--format', 'json', '--jobs', '1'], corpus);
  const two = factlint(['extract', 'a', 'b', '--format', 'json', '--jobs', '2'], corpus);
  expect(two.stdout).toBe(one.stdout);
  expect(two.code).toBe(0);
}, 120_000);

test('--jobs must be a positive number', () => {
  const { code, stderr } = factlint(['check', 'a', '--jobs', '0'], corpus);
  expect(code).toBe(2);
  expect(stderr).toMatch(/jobs/);
});

test('a slow article does not let the results after it pile up', async () => {
  // The first article takes a while; the many short ones after it finish first and must wait for
  // their turn. Only a few batches per thread may be taken from the stream meanwhile, however long it is.
  const { checkInWorkers, BATCH, BATCHES_PER_THREAD } = await import(join(ROOT, 'dist/parallel/pool.js'));
  const { parseTextDocument } = await import(join(ROOT, 'dist/document/parse-text.js'));
  const article = readFileSync(join(ROOT, 'examples/limburg-floods/en.txt'), 'utf8');
  const slow = parseTextDocument('slow.txt', article.repeat(60), { lang: 'en' });
  const quick = (i: number) => parseTextDocument(`quick-${i}.txt`, 'Two people were hurt.', { lang: 'en' });
  let taken = 0;
  function* documents() {
    for (let i = 0; i < 300; i++) {
      taken += 1;
      yield i === 0 ? slow : quick(i);
    }
  }
  let takenAtFirst: number | null = null;
  const order: string[] = [];
  await checkInWorkers(documents(), 2, { setupPaths: [ROOT], setupFlags: {}, extractOnly: false }, (doc: { id: string }) => {
    takenAtFirst ??= taken;
    order.push(doc.id);
  });
  expect(order[0]).toBe('slow.txt');
  expect(order).toHaveLength(300);
  expect(takenAtFirst).toBeLessThanOrEqual(2 * BATCHES_PER_THREAD * BATCH);
}, 60_000);

test('this thread checks batches too when every worker has its own, and the order holds', async () => {
  const { checkInWorkers } = await import(join(ROOT, 'dist/parallel/pool.js'));
  const { parseTextDocument } = await import(join(ROOT, 'dist/document/parse-text.js'));
  const { checkDocument } = await import(join(ROOT, 'dist/pipeline.js'));
  const { setupRun } = await import(join(ROOT, 'dist/cli/setup.js'));
  const article = readFileSync(join(ROOT, 'examples/limburg-floods/en.txt'), 'utf8');
  const docs = Array.from({ length: 120 }, (_, i) => parseTextDocument(`a-${i}.txt`, i % 3 === 0 ? article : 'Two people were hurt on Monday.', { lang: 'en' }));
  const options = setupRun([ROOT], {}).options;
  const checkedHere: string[] = [];
  const checkHere = (doc: { id: string }) => {
    checkedHere.push(doc.id);
    return checkDocument({ ...doc }, options);
  };
  const results: Array<{ id: string; claims: unknown }> = [];
  await checkInWorkers(docs, 2, { setupPaths: [ROOT], setupFlags: {}, extractOnly: false }, (doc: { id: string }, result: { claims: unknown }) => {
    results.push({ id: doc.id, claims: result.claims });
  }, undefined, checkHere);
  expect(results.map((r) => r.id)).toEqual(docs.map((d: { id: string }) => d.id));
  expect(checkedHere.length).toBeGreaterThan(0);
  expect(checkedHere.length).toBeLessThan(docs.length);
  // The same claims, whichever thread checked them.
  expect(results.map((r) => r.claims)).toEqual(docs.map((d: { id: string }) => checkDocument({ ...d }, options).claims));
}, 60_000);
