import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError, RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatRdjson } from '../../src/report/rdjson.js';
import type { RunResults } from '../../src/report/types.js';
import { exampleDocuments, exampleResults, formatOptions, readExample } from '../helpers/report.js';
import type { Finding, FindingLocation } from '../../src/rules/types.js';

const docs = exampleDocuments;
const results = exampleResults;
const options = formatOptions;

const at = (document: string, line: number, column: number, text: string, start = 0): FindingLocation => ({
  document, start, end: start + text.length, line, column, text,
});
const finding = (locations: FindingLocation[], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'sum-mismatch', messageId: 'sum', severity: 'error', message: 'The parts add up to 12, not 10.', locations, claims: [], ...extra,
});
const rdjson = (r: Partial<RunResults>, cwd = '/') => JSON.parse(formatRdjson({ documents: [], findings: [], errors: [], ...r }, { ...options, cwd }));

describe('rdjson', () => {
  test('matches the golden file', async () => {
    await expect(formatRdjson(results, options)).toMatchFileSnapshot('./__snapshots__/rdjson-check.json');
  });

  test('has the DiagnosticResult shape: a source and one diagnostic a finding, then one an error', () => {
    const report = JSON.parse(formatRdjson(results, options));
    expect(Object.keys(report)).toEqual(['source', 'diagnostics']);
    expect(report.source).toEqual({ name: 'factlint', url: 'https://github.com/factlint/factlint' });
    expect(report.diagnostics.map((d: { severity: string; code: { value: string } }) => [d.severity, d.code.value])).toEqual([
      ['ERROR', 'part-exceeds-whole'],
      ['WARNING', 'cross-article-conflict'],
      ['WARNING', 'conflicting-figures'],
      ['ERROR', 'input'],
    ]);
    const [first] = report.diagnostics;
    expect(Object.keys(first)).toEqual(['message', 'location', 'severity', 'code', 'related_locations']);
    expect(first.code.url).toBe('https://github.com/factlint/factlint/blob/main/docs/rules/part-exceeds-whole.md');
    expect(report.diagnostics[3]).toEqual({ message: 'missing.txt: no such file or folder', location: { path: 'missing.txt' }, severity: 'ERROR', code: { value: 'input' } });
  });

  test('nothing found: no diagnostics', () => {
    expect(rdjson({ documents: checkDocuments([readExample('examples/limburg-floods/en.txt')]).documents })).toEqual({ source: expect.any(Object), diagnostics: [] });
    expect(rdjson({ findings: null }).diagnostics).toEqual([]);
  });

  test.each([
    ['error', 'ERROR'],
    ['warning', 'WARNING'],
    ['info', 'INFO'],
  ] as const)('severity %s is %s', (severity, expected) => {
    expect(rdjson({ findings: [finding([at('a.txt', 1, 1, '12')], { severity })] }).diagnostics[0].severity).toBe(expected);
  });

  test('ranges count UTF-8 bytes and end exclusively, as reviewdog reads them', () => {
    // "ë" is two bytes in UTF-8: the Dutch example's spans on line 9 sit after several.
    const report = JSON.parse(formatRdjson(results, options));
    const doc = docs[0]!;
    const lineStart = doc.text.lastIndexOf('\n', 1174) + 1;
    const startColumn = Buffer.byteLength(doc.text.slice(lineStart, 1174)) + 1;
    expect(startColumn).toBeGreaterThan(269);
    expect(report.diagnostics[0].location.range).toEqual({ start: { line: 9, column: startColumn }, end: { line: 9, column: startColumn + 9 } });
    expect(report.diagnostics[0].related_locations).toEqual([{
      message: '"Een miljoen"',
      location: { path: 'examples/idlib-raids/defects/nl-part-exceeds-whole.txt', range: { start: { line: 9, column: expect.any(Number) }, end: { line: 9, column: expect.any(Number) } } },
    }]);
  });

  test.each([
    ['ASCII', 'Total: 12 of 10', 7, '12', { start: { line: 1, column: 8 }, end: { line: 1, column: 10 } }],
    ['accents before the span', 'Één café: 12', 10, '12', { start: { line: 1, column: 14 }, end: { line: 1, column: 16 } }],
    ['accents in the span', 'Dé 12 één', 3, '12 één', { start: { line: 1, column: 5 }, end: { line: 1, column: 13 } }],
    ['across lines', 'Dé 12\nté 10.', 3, '12\nté', { start: { line: 1, column: 5 }, end: { line: 2, column: 4 } }],
  ])('positions: %s', (_name, text, start, span, range) => {
    const doc = parseTextDocument('a.txt', text);
    const loc = at('a.txt', 1, start + 1, span, start);
    expect(rdjson({ documents: [{ doc, claims: [] }], findings: [finding([loc])] }).diagnostics[0].location.range).toEqual(range);
  });

  test('without its document, a location keeps its UTF-16 columns', () => {
    expect(rdjson({ findings: [finding([at('a.txt', 2, 5, 'één')])] }).diagnostics[0].location.range).toEqual({ start: { line: 2, column: 5 }, end: { line: 2, column: 8 } });
  });

  test('paths are relative to cwd; errors give the line when known', () => {
    const report = rdjson({
      findings: [finding([at('/w/news/a.txt', 1, 1, '12')])],
      errors: [new InputError('/w/b.jsonl', 4, 'not valid JSON'), new RuleCrash('sum-mismatch', '/w/news/a.txt', new Error('boom'))],
    }, '/w');
    expect(report.diagnostics.map((d: { location: unknown }) => d.location)).toEqual([
      { path: 'news/a.txt', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 3 } } },
      { path: 'b.jsonl', range: { start: { line: 4 } } },
      { path: 'news/a.txt' },
    ]);
    expect(report.diagnostics[2]).toMatchObject({ severity: 'ERROR', code: { value: 'rule-crash' } });
  });
});
