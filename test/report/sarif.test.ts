import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InputError, RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { RunResults } from '../../src/report/types.js';
import { exampleDocuments, exampleResults, formatOptions, readExample } from '../helpers/report.js';
import type { Finding, FindingLocation } from '../../src/rules/types.js';

const docs = exampleDocuments;
const missing = new InputError('missing.txt', null, 'no such file or folder');
const results = exampleResults;
const options = formatOptions;

// The official schema is draft-04, which Ajv 8 does not read: its only draft-04 keywords are `$schema`
// and the root `id`, so without them it compiles as draft-07 with the same meaning.
const { $schema: _draft, id: _id, ...schema } = JSON.parse(
  readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
);
// The schema's `language` pattern has a stray "]" that only a non-unicode RegExp accepts.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('date-time', true);
// URIs are checked for real: an unencoded "<stdin>" or space must fail.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => /^(?:[\w\-.~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(s));
const validate = ajv.compile(schema);

const sarif = (r: RunResults, cwd = '/') => JSON.parse(formatSarif(r, { ...options, cwd }));
const runOf = (r: RunResults, cwd = '/') => sarif(r, cwd).runs[0];

const at = (document: string, line: number, column: number, text: string, start = 0): FindingLocation => ({
  document, start, end: start + text.length, line, column, text,
});
const finding = (locations: FindingLocation[], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'sum-mismatch', messageId: 'sum', severity: 'error', message: 'The parts add up to 12, not 10.', locations, claims: [], ...extra,
});
const only = (...findings: Finding[]): RunResults => ({ documents: [], findings, errors: [] });

describe('sarif', () => {
  test('matches the golden file', async () => {
    await expect(formatSarif(results, options)).toMatchFileSnapshot('./__snapshots__/sarif-check.sarif');
  });

  test.each([
    ['the example articles', results],
    ['a run with no findings', checkDocuments([readExample('examples/limburg-floods/en.txt')])],
    ['a run with nothing read', checkDocuments([])],
    ['only an input error', checkDocuments([], [missing])],
    ['extract (no findings at all)', checkDocuments(docs.slice(0, 1), [], { extractOnly: true })],
    ['awkward document ids', only(finding([at('<stdin>', 1, 1, '12')]), finding([at('corpus.jsonl#a 1', 2, 3, '10')]), finding([at('C:\\news\\a.txt', 1, 1, '5')]))],
  ])('is valid SARIF 2.1.0: %s', (_name, r) => {
    const valid = validate(sarif(r));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the validator is not a rubber stamp', () => {
    const log = sarif(only(finding([at('a.txt', 1, 1, '12')])));
    const broken = (edit: (result: Record<string, any>) => void) => {
      const copy = structuredClone(log);
      edit(copy.runs[0].results[0]);
      return validate(copy);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((r) => (r.level = 'info'))).toBe(false);
    expect(broken((r) => (r.locations[0].physicalLocation.artifactLocation.uri = '<stdin>'))).toBe(false);
    expect(broken((r) => (r.locations[0].physicalLocation.region.startLine = 0))).toBe(false);
  });

  test('results and rules are always present; a clean run is successful', () => {
    const run = runOf(checkDocuments([readExample('examples/limburg-floods/en.txt')]));
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules.length).toBeGreaterThan(0);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(runOf(checkDocuments(docs.slice(0, 1), [], { extractOnly: true })).results).toEqual([]);
  });

  test('input errors and rule crashes become error notifications, and the run did not succeed', () => {
    const crash = new RuleCrash('sum-mismatch', '/news/a.txt', new Error('boom'));
    const run = runOf({ documents: [], findings: [], errors: [new InputError('/news/corpus.jsonl', 3, 'not valid JSON'), crash] });
    expect(run.results).toEqual([]);
    const [input, crashed] = run.invocations[0].toolExecutionNotifications;
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(input).toMatchObject({
      level: 'error', message: { text: '/news/corpus.jsonl:3: not valid JSON' }, descriptor: { id: 'input' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'news/corpus.jsonl' }, region: { startLine: 3 } } }],
    });
    const rules: { id: string }[] = run.tool.driver.rules;
    expect(crashed).toMatchObject({ level: 'error', descriptor: { id: 'rule-crash' }, associatedRule: { id: 'sum-mismatch', index: rules.findIndex((r) => r.id === 'sum-mismatch') } });
    expect(crashed.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'news/a.txt' } });
  });

  test('tool.driver.rules come from the meta, and each result points at its rule', () => {
    const run = runOf(results);
    const rules: { id: string; defaultConfiguration: { level: string }; helpUri: string; shortDescription: { text: string } }[] = run.tool.driver.rules;
    expect(run.tool.driver).toMatchObject({ name: 'factlint', informationUri: 'https://github.com/factlint/factlint' });
    expect(rules.map((r) => r.id)).toEqual(Object.keys(options.rulesMeta));
    for (const rule of rules) {
      const meta = options.rulesMeta[rule.id]!;
      expect(rule.shortDescription.text).toBe(meta.docs.description);
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[meta.severity]);
      expect(rule.helpUri).toBe(`https://github.com/factlint/factlint/blob/main/docs/rules/${rule.id}.md`);
    }
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  test.each([
    ['error', 'error'],
    ['warning', 'warning'],
    ['info', 'note'],
  ] as const)('a finding at %s has level %s', (severity, level) => {
    expect(runOf(only(finding([at('a.txt', 1, 1, '12')], { severity }))).results[0].level).toBe(level);
  });

  test('a rule missing from the meta still gets a descriptor to point at', () => {
    const run = runOf(only(finding([at('a.txt', 1, 1, '12')], { ruleId: 'my-pack/odd-rule' })));
    expect(run.tool.driver.rules[run.results[0].ruleIndex]).toEqual({ id: 'my-pack/odd-rule' });
  });

  test('the first location is the result\'s; the others are related, numbered, with their text as message', () => {
    const result = runOf(results).results.find((r: { ruleId: string }) => r.ruleId === 'part-exceeds-whole');
    expect(result.locations).toHaveLength(1);
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 9, startColumn: 269, snippet: { text: '1.200.000' } });
    expect(result.relatedLocations).toEqual([expect.objectContaining({ id: 1, message: { text: '"Een miljoen"' } })]);
  });

  test('a long related text is quoted on one line and cut short', () => {
    const passage = `The water rose\nfast. ${'Very fast. '.repeat(10)}`;
    const [related] = runOf(only(finding([at('a.txt', 1, 1, '12'), at('a.txt', 5, 1, passage)]))).results[0].relatedLocations;
    expect(related.message.text).toBe(`"The water rose fast. ${'Very fast. '.repeat(3)}Very…"`);
    expect(related.physicalLocation.region.snippet.text).toBe(passage);
  });

  test.each([
    ['one line: the end column is exclusive', at('a.txt', 4, 7, '1.200.000', 30), { startLine: 4, startColumn: 7, endLine: 4, endColumn: 16, charOffset: 30, charLength: 9 }],
    ['across lines', at('a.txt', 2, 5, 'one\ntwo\r\nthree', 10), { startLine: 2, startColumn: 5, endLine: 4, endColumn: 6, charOffset: 10, charLength: 14 }],
    ['ending in a line break', at('a.txt', 2, 5, 'one\n', 10), { startLine: 2, startColumn: 5, endLine: 3, endColumn: 1, charOffset: 10, charLength: 4 }],
    ['empty', at('a.txt', 2, 5, '', 10), { startLine: 2, startColumn: 5, endLine: 2, endColumn: 5, charOffset: 10, charLength: 0 }],
  ])('regions: %s', (_name, loc, region) => {
    expect(runOf(only(finding([loc]))).results[0].locations[0].physicalLocation.region).toEqual({ ...region, snippet: { text: loc.text } });
  });

  test.each([
    ['/work/news/a.txt', '/work', 'news/a.txt'],
    ['/work/news/a b.txt', '/work', 'news/a%20b.txt'],
    ['/elsewhere/a.txt', '/work', '../elsewhere/a.txt'],
    ['news/a.txt', '/work', 'news/a.txt'],
    ['<stdin>', '/', '%3Cstdin%3E'],
    ['corpus.jsonl#a1', '/', 'corpus.jsonl%23a1'],
    ['corpus.jsonl:3', '/', 'corpus.jsonl%3A3'],
  ])('document %s (cwd %s) has the URI %s', (document, cwd, uri) => {
    expect(runOf(only(finding([at(document, 1, 1, '12')])), cwd).results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(uri);
  });

  test('fingerprints follow rule, document and texts, not lines; equal ones are told apart', () => {
    const print = (...f: Finding[]): string[] => runOf(only(...f)).results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['factlint/v1']);
    const [base] = print(finding([at('a.txt', 3, 5, '12', 40), at('a.txt', 3, 9, '10', 44)]));
    expect(base).toMatch(/^[0-9a-f]{32}:1$/);
    expect(print(finding([at('a.txt', 30, 1, '12', 900), at('a.txt', 31, 2, '10', 950)]))).toEqual([base]);
    expect(print(finding([at('a.txt', 3, 5, '13', 40), at('a.txt', 3, 9, '10', 44)]))).not.toEqual([base]);
    expect(print(finding([at('b.txt', 3, 5, '12', 40), at('b.txt', 3, 9, '10', 44)]))).not.toEqual([base]);
    expect(print(finding([at('a.txt', 3, 5, '12', 40), at('a.txt', 3, 9, '10', 44)], { ruleId: 'percent-mismatch' }))).not.toEqual([base]);
    const twice = print(finding([at('a.txt', 3, 5, '12', 40)]), finding([at('a.txt', 8, 5, '12', 90)]));
    expect(twice[0]!.replace(/:1$/, ':2')).toBe(twice[1]);
    // Absolute ids are made relative first, so the checkout's location does not matter.
    expect(runOf(only(finding([at('/ci/a.txt', 1, 1, '12')])), '/ci').results[0].partialFingerprints)
      .toEqual(runOf(only(finding([at('/home/me/a.txt', 1, 1, '12')])), '/home/me').results[0].partialFingerprints);
  });
});
