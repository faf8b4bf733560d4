import { describe, expect, test } from 'vitest';
import { InputError, RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
import type { RunResults } from '../../src/report/types.js';
import { parseXml } from '../helpers/xml.js';
import { exampleResults, formatOptions, at, finding, readExample } from '../helpers/report.js';

const results = exampleResults;
const options = formatOptions;

const checkstyle = (r: Partial<RunResults>, cwd = '/') => parseXml(formatCheckstyle({ documents: [], findings: [], errors: [], ...r }, { ...options, cwd }));

describe('checkstyle', () => {
  test('matches the golden file', async () => {
    await expect(formatCheckstyle(results, options)).toMatchFileSnapshot('./__snapshots__/checkstyle-check.xml');
  });

  test('is well-formed, with one file for each article with findings and for the unreadable path', () => {
    const root = parseXml(formatCheckstyle(results, options));
    expect(root).toMatchObject({ name: 'checkstyle', attributes: { version: '4.3' } });
    expect(root.children.map((f) => [f.name, f.attributes.name, f.children.map((e) => e.attributes.source)])).toEqual([
      ['file', 'examples/idlib-raids/defects/nl-part-exceeds-whole.txt', ['factlint.part-exceeds-whole']],
      ['file', 'examples/limburg-floods/en.txt', ['factlint.cross-article-conflict']],
      ['file', 'examples/limburg-floods/defects/en-conflicting-figures.txt', ['factlint.conflicting-figures']],
      ['file', 'missing.txt', ['factlint.input']],
    ]);
    expect(root.children[0]!.children[0]).toMatchObject({
      name: 'error',
      attributes: { line: '9', column: '269', severity: 'error', message: results.findings![0]!.message, source: 'factlint.part-exceeds-whole' },
    });
    expect(root.children[3]!.children[0]!.attributes).toEqual({ line: '0', column: '0', severity: 'error', message: 'missing.txt: no such file or folder', source: 'factlint.input' });
  });

  test('nothing found: an empty checkstyle element', () => {
    expect(checkstyle({ documents: checkDocuments([readExample('examples/limburg-floods/en.txt')]).documents })).toMatchObject({ name: 'checkstyle', attributes: { version: '4.3' }, children: [] });
    expect(checkstyle({ findings: null }).children).toEqual([]);
  });

  test.each(['error', 'warning', 'info'] as const)('severity %s is kept', (severity) => {
    expect(checkstyle({ findings: [finding([at('a.txt', 1, 1, '12')], { severity })] }).children[0]!.children[0]!.attributes.severity).toBe(severity);
  });

  test('findings and errors of one file share its element; paths are relative to cwd', () => {
    const root = checkstyle({
      findings: [finding([at('/w/a.txt', 1, 1, '12')]), finding([at('/w/a.txt', 3, 2, '10')], { severity: 'warning' })],
      errors: [new InputError('/w/b.jsonl', 4, 'not valid JSON'), new RuleCrash('sum-mismatch', '/w/a.txt', new Error('boom'))],
    }, '/w');
    expect(root.children.map((f) => [f.attributes.name, f.children.map((e) => `${e.attributes.line}:${e.attributes.column} ${e.attributes.source}`)])).toEqual([
      ['a.txt', ['1:1 factlint.sum-mismatch', '3:2 factlint.sum-mismatch', '0:0 factlint.rule-crash']],
      ['b.jsonl', ['4:0 factlint.input']],
    ]);
  });

  test.each([
    ['markup', '"12" < 13 & \'14\' > 11', '"12" < 13 & \'14\' > 11'],
    ['line breaks and tabs', 'one\ntwo\r\n\tthree', 'one\ntwo\r\n\tthree'],
    ['control characters are dropped', 'bell\u0007 nul\u0000 esc\u001b', 'bell nul esc'],
  ])('escaping: %s', (_name, message, readBack) => {
    const file = checkstyle({ findings: [finding([at('a&b <"c">.txt', 1, 1, '12')], { message, ruleId: 'r&<>' })] }).children[0]!;
    expect(file.attributes.name).toBe('a&b <"c">.txt');
    expect(file.children[0]!.attributes).toMatchObject({ message: readBack, source: 'factlint.r&<>' });
  });

  test('the XML check itself rejects what is not well-formed', () => {
    for (const bad of ['<a>', '<a></b>', '<a>&</a>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>', '<a>&bogus;</a>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

