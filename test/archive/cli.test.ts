import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ArchiveStore } from '../../src/archive/store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/run.js');
const STORY = 'test/fixtures/stories/rotterdam-fire';
const dir = mkdtempSync(join(tmpdir(), 'factlint-archive-cli-'));

/** Runs the built CLI as a user would, without colour. */
function factlint(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const story = (...names: string[]) => names.map((n) => join(ROOT, STORY, n));
const contents = (file: string) => {
  const store = ArchiveStore.open(file);
  const articles = store.list().map(({ addedAt: _, ...a }) => a);
  store.close();
  return articles;
};

describe('factlint archive', { timeout: 120_000 }, () => {
  const db = join(dir, 'news.db');

  test('add, add again (no duplicate), ls as a table and as JSON', () => {
    const first = factlint(['archive', 'add', ...story('nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt'), '--archive', db]);
    expect(first.stdout).toContain('archived 2 article(s)');
    expect(first.code).toBe(0);
    const again = factlint(['archive', 'add', ...story('nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt'), '--archive', db]);
    expect(again.stdout).toContain('(0 added, 0 updated, 2 unchanged, 0 duplicate)');
    const table = factlint(['archive', 'ls', '--archive', db]);
    expect(table.stdout).toMatch(/^ID +LANG +DATE +CLAIMS +TITLE\n.*nl-2024-03-04-brand\.txt +nl +2024-03-04 +3\n.*en-2024-03-05-fire\.txt +en +2024-03-05 +4\n2 article\(s\) in /);
    const json = JSON.parse(factlint(['archive', 'ls', '--archive', db, '--format', 'json']).stdout) as { id: string }[];
    expect(json.map((a) => a.id.split('/').pop())).toEqual(['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt']);
  });

  test('check --archive FILE compares new articles with the archived ones', () => {
    const stale = factlint(['check', ...story('nl-2024-03-06-concept.txt'), '--archive', db, '--format', 'json']);
    const report = JSON.parse(stale.stdout) as { documents: unknown[]; findings: { ruleId: string; severity: string; locations: { document: string }[] }[] };
    expect(report.documents).toHaveLength(1);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.locations.map((l) => l.document.split('/').pop())])).toEqual([
      ['stale-figure', 'info', ['nl-2024-03-06-concept.txt', 'en-2024-03-05-fire.txt', 'nl-2024-03-04-brand.txt']],
    ]);
    const wrong = factlint(['check', ...story('en-2024-03-05-wrong.txt'), '--archive', db, '--fail-on', 'warning']);
    expect(wrong.stdout).toMatch(/"19" deaths in .*wrong\.txt \(2024-03-05\) disagrees with "11" in .*fire\.txt \(2024-03-05\); matched on measure, place rotterdam/);
    expect(wrong.code).toBe(1);
    // Without --archive the draft stands alone.
    expect(factlint(['check', ...story('en-2024-03-05-wrong.txt'), '--fail-on', 'warning']).code).toBe(0);
  });

  test('a bare --archive uses .factlint/archive.db', () => {
    const cwd = join(dir, 'newsroom');
    mkdirSync(cwd);
    expect(factlint(['archive', 'add', ...story('en-2024-03-05-fire.txt')], cwd).code).toBe(0);
    expect(existsSync(join(cwd, '.factlint/archive.db'))).toBe(true);
    const { code, stdout } = factlint(['check', '--archive', ...story('en-2024-03-05-wrong.txt'), '--fail-on', 'warning'], cwd);
    expect(stdout).toContain('cross-article-conflict');
    expect(code).toBe(1);
  });

  test('export writes JSONL that reads back as a corpus', () => {
    const { code, stdout } = factlint(['archive', 'export', '--archive', db]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; lang: string; hash: string; claims: { measure: string | null }[] });
    expect(lines.map((l) => [l.id.split('/').pop(), l.lang, l.claims.filter((c) => c.measure === 'deaths').length])).toEqual([
      ['nl-2024-03-04-brand.txt', 'nl', 1],
      ['en-2024-03-05-fire.txt', 'en', 1],
    ]);
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, stdout);
    const copy = join(dir, 'copy.db');
    // Re-adding the export stores the same texts: ids are kept, hashes match.
    expect(factlint(['archive', 'add', file, '--archive', copy]).code).toBe(0);
    expect(contents(copy).map((a) => [a.id, a.hash])).toEqual(contents(db).map((a) => [a.id, a.hash]));
  });

  test('rm by id or path; an unknown id removes nothing and exits 2', () => {
    const before = contents(db);
    const unknown = factlint(['archive', 'rm', before[0]!.id, 'no-such-article', '--archive', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`${db}: no archived article has the id or path "no-such-article"; nothing removed`);
    expect(contents(db)).toEqual(before);
    const ok = factlint(['archive', 'rm', before[0]!.path, '--archive', db]);
    expect(ok.stdout).toContain('removed 1 article(s)');
    expect(contents(db).map((a) => a.id)).toEqual([before[1]!.id]);
  });

  test.for([['check', ...story('en-2024-03-05-fire.txt'), '--archive'], ['archive', 'ls', '--archive'], ['archive', 'add', ...story('en-2024-03-05-fire.txt'), '--archive']])(
    'a corrupt archive: exit 2 naming the file (%s %s)',
    (args) => {
      const bad = join(dir, 'corrupt.db');
      writeFileSync(bad, 'not sqlite at all\n'.repeat(64));
      const { code, stderr } = factlint([...args, bad]);
      expect(stderr).toContain(`factlint: ${bad}: not a factlint archive (file is not a database)`);
      expect(code).toBe(2);
    },
  );
});

describe('a crash mid-add', () => {
  test('SIGKILL while adding a large set leaves the archive exactly as it was', async () => {
    const db = join(dir, 'crash.db');
    expect(factlint(['archive', 'add', ...story('nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt'), '--archive', db]).code).toBe(0);
    const before = contents(db);
    // A corpus of 2,000 articles made from the story set, with varied figures, places and dates.
    const base = readFileSync(join(ROOT, STORY, 'en-2024-03-05-fire.txt'), 'utf8').replace(/^date .*\n/, '');
    const places = ['Rotterdam', 'Antwerp', 'Amsterdam', 'Brussels', 'Maastricht'];
    const corpus = Array.from({ length: 2000 }, (_, i) => JSON.stringify({
      id: `wire-${i}`, lang: 'en', date: `2024-0${1 + (i % 9)}-1${i % 10}`,
      text: base.replace('Rotterdam', places[i % places.length]!).replace('11 people', `${10 + (i % 90)} people`).replace('14 residents', `${i} residents`),
    }));
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, `${corpus.join('\n')}\n`);

    const child = spawn(process.execPath, [BIN, 'archive', 'add', file, '--archive', db, '--debug'], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let progress = '';
    const outcome = await new Promise<{ signal: NodeJS.Signals | null; progress: string }>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        progress += chunk.toString();
        // Kill it once part of the batch is written inside the open transaction.
        if (/archived 300\/2000/.test(progress)) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => resolve({ signal, progress }));
    });
    expect(outcome.signal).toBe('SIGKILL');
    expect(outcome.progress).toContain('archived 300/2000');
    expect(outcome.progress).not.toContain('archived 2000/2000');

    // It opens, passes SQLite's integrity check, and holds exactly what it held before.
    const store = ArchiveStore.open(db);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((store.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n).toBe(7);
    store.close();
    expect(contents(db)).toEqual(before);
  }, 120_000);
});
