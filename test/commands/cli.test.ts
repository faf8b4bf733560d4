import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FOUNDING_EXAMPLE, hasShared } from '../helpers/shared.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the built CLI as a user would, without colour. */
function factlint(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'factlint-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('factlint check', () => {
  test('a clean article: exit 0 and a summary line', () => {
    const { code, stdout } = factlint(['check', 'examples/idlib-raids/en.txt']);
    expect(stdout).toContain('✔ no problems (1 document, 10 claims)');
    expect(code).toBe(0);
  });

  test('an error finding: exit 1, compiler-style location, message, rule id and underline', () => {
    const { code, stdout } = factlint(['check', 'examples/idlib-raids/defects/nl-part-exceeds-whole.txt']);
    expect(code).toBe(1);
    expect(stdout).toContain('examples/idlib-raids/defects/nl-part-exceeds-whole.txt');
    expect(stdout).toMatch(/ {2}9:269 +error +"1\.200\.000" returned \(line 9\) is more than the "Een miljoen" displaced \(line 9\) it is part of\. +part-exceeds-whole/);
    expect(stdout).toMatch(/\n +\| +\^{9}\n/);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info)');
  });

  test('warnings alone exit 0, unless --fail-on warning', () => {
    const file = 'examples/idlib-raids/defects/en-duplicate-passage.txt';
    expect(factlint(['check', file]).code).toBe(0);
    expect(factlint(['check', file, '--fail-on', 'warning']).code).toBe(1);
  });

  test('standard input with --lang and --date', () => {
    const { code, stdout } = factlint(
      ['check', '-', '--lang', 'en', '--date', '2024-03-05', '--format', 'json'],
      'One million people fled their homes, and 1,200,000 of them have since returned.',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.documents[0]).toMatchObject({ id: '<stdin>', lang: 'en', date: '2024-03-05' });
    expect(report.findings[0]).toMatchObject({ ruleId: 'part-exceeds-whole', severity: 'error', claims: ['c2', 'c1'] });
  });

  test('a missing file and a broken JSONL line: exit 2, named with their line, the rest still checked', () => {
    const corpus = write('corpus.jsonl', [
      JSON.stringify({ id: 'good', text: 'Floods in Limburg killed 23 people.', lang: 'en', date: '2021-07-16' }),
      '{not json',
      JSON.stringify({ id: 'also-good', text: 'In Limburg kwamen 23 mensen om.', lang: 'nl', date: '2021-07-16' }),
    ].join('\n'));
    const { code, stdout, stderr } = factlint(['check', '/no/such/file.txt', corpus, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('/no/such/file.txt: no such file or folder');
    expect(stderr).toContain(`${corpus}:2: not valid JSON`);
    const report = JSON.parse(stdout);
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(['good', 'also-good']);
    expect(report.errors).toHaveLength(2);
  });

  test('a bad --date is a usage error with exit 2', () => {
    const { code, stderr } = factlint(['check', 'examples/idlib-raids/en.txt', '--date', '2021-02-30']);
    expect(code).toBe(2);
    expect(stderr).toContain('--date "2021-02-30" is not a date');
  });

  test('an unknown --lang is refused by the flag parser with exit 2', () => {
    const { code, stderr } = factlint(['check', 'examples/idlib-raids/en.txt', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Expected --lang=fr to be one of: nl, en/);
  });

  test.runIf(hasShared)('the founding example: one duplicate-passage warning, no error', () => {
    const { code, stdout } = factlint(['check', FOUNDING_EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toContain('duplicate-passage');
    expect(stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 info) in 1 document, 16 claims');
  });
});

describe('factlint extract', () => {
  test.runIf(hasShared)('--format json follows the contract', () => {
    const { code, stdout } = factlint(['extract', FOUNDING_EXAMPLE, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['version', 'documents', 'summary']);
    expect(report.version).toBe(1);
    const claim = report.documents[0].claims.find((c: { text: string }) => c.text === '120.000');
    expect(claim).toMatchObject({
      kind: 'count', value: 120000, low: 120000, high: 120000, qualifier: 'exact', unit: null, measure: 'returned', partOf: 'c7',
    });
    expect(Object.keys(claim).slice(0, 15)).toEqual(['id', 'kind', 'text', 'start', 'end', 'line', 'column', 'value', 'low', 'high', 'qualifier', 'unit', 'measure', 'partOf', 'precision']);
    expect(report.summary).toEqual({ documents: 1, claims: 16, errors: 0, warnings: 0, infos: 0 });
  });

  test('stylish lists one claim a line with its meaning', () => {
    const { code, stdout } = factlint(['extract', 'examples/idlib-raids/en.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/9:232 +c8 +count +"120,000" +120000 exact returned part of c7/);
  });
});

describe('configuration on the command line', () => {
  test('--rule sets a severity or turns a rule off', () => {
    const file = 'examples/idlib-raids/defects/en-duplicate-passage.txt';
    expect(factlint(['check', file, '--rule', 'duplicate-passage:error']).code).toBe(1);
    const off = factlint(['check', file, '--rule', 'duplicate-passage:off']);
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('✔ no problems');
  });

  test('a broken config file: exit 2 and its file and line', () => {
    const config = write('broken.yaml', 'rules:\n  conflicting-figures: loud\n');
    const { code, stderr } = factlint(['check', 'examples/idlib-raids/en.txt', '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}:2: severity "loud" is not one of`);
  });

  test('--print-config shows what applies, presets included', () => {
    const config = write('strict.yaml', 'extends: factlint:strict\nrules:\n  age-mismatch: off\n');
    const { code, stdout } = factlint(['check', 'examples/idlib-raids/en.txt', '--config', config, '--print-config']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/conflicting-figures: error/);
    expect(stdout).toMatch(/age-mismatch: off/);
  });
});

describe('factlint rules', () => {
  test('lists every built-in rule with severity, scope and description', () => {
    const { code, stdout } = factlint(['rules']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(13);
    expect(stdout).toMatch(/^part-exceeds-whole +error +document +A part is larger than the whole it belongs to$/m);
  });

  test('with a pack: its rules too', () => {
    const { stdout } = factlint(['rules', '--config', 'examples/packs/elections.factlintrc.yaml', '--json']);
    const ids = JSON.parse(stdout).map((r: { id: string }) => r.id);
    expect(ids).toContain('votes-within-electorate');
    expect(ids).toContain('turnout-matches-votes');
  });

  test("rules test runs a pack's tests", () => {
    const { code, stdout } = factlint(['rules', 'test', 'examples/packs/elections']);
    expect(stdout).toContain('8 passed, 0 failed');
    expect(code).toBe(0);
  });

  test('rules test fails on a failing case and on a broken rule file', () => {
    const pack = join(dir, 'pack');
    mkdirSync(join(pack, 'rules'), { recursive: true });
    mkdirSync(join(pack, 'tests'), { recursive: true });
    writeFileSync(join(pack, 'rules', 'r.yml'), 'id: returned-max\nkind: expression\nmessage: too many returned\nmeasures: [returned, displaced]\nexpression: returned <= displaced\n');
    writeFileSync(join(pack, 'tests', 'r.yml'), 'rule: returned-max\nvalid:\n  - lang: en\n    text: In Syria one million people fled their homes. In Syria 1,200,000 people have returned.\n');
    const failing = factlint(['rules', 'test', pack]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✖ returned-max valid #1: expected [], got');
    writeFileSync(join(pack, 'rules', 'r.yml'), 'id: returned-max\nkind: expression\nmessage: m\nmeasures: [returned]\nexpression: import({}, {})\n');
    const broken = factlint(['rules', 'test', pack]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('r.yml:5: function import() is not allowed');
  });
});
