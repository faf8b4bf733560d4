import { describe, expect, test } from 'vitest';
import { RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatJunit } from '../../src/report/junit.js';
import type { RunResults } from '../../src/report/types.js';
import { parseXml } from '../helpers/xml.js';
import { exampleResults, formatOptions, at, finding, readExample } from '../helpers/report.js';

const results = exampleResults;
const options = formatOptions;

const junit = (r: Partial<RunResults>, cwd = '/') => parseXml(formatJunit({ documents: [], findings: [], errors: [], ...r }, { ...options, cwd }));

describe('junit', () => {
  test('matches the golden file', async () => {
    await expect(formatJunit(results, options)).toMatchFileSnapshot('./__snapshots__/junit-check.xml');
  });

  test('is well-formed, with one test case an article and one an unreadable path', () => {
    const root = parseXml(formatJunit(results, options));
    expect(root.name).toBe('testsuites');
    const [suite, ...more] = root.children;
    expect(more).toEqual([]);
    expect(suite!.attributes).toEqual({ name: 'factlint', tests: '4', failures: '3', errors: '1' });
    expect(root.attributes).toEqual(suite!.attributes);
    expect(suite!.children.map((c) => [c.name, c.attributes.classname, c.attributes.name, c.children.map((p) => p.name)])).toEqual([
      ['testcase', 'examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'factlint', ['failure']],
      ['testcase', 'examples/limburg-floods/en.txt', 'factlint', ['failure']],
      ['testcase', 'examples/limburg-floods/defects/en-conflicting-figures.txt', 'factlint', ['failure']],
      ['testcase', 'missing.txt', 'factlint', ['error']],
    ]);
    const failure = suite!.children[0]!.children[0]!;
    expect(failure.attributes).toEqual({ message: results.findings![0]!.message, type: 'part-exceeds-whole' });
    expect(failure.text).toBe(`examples/idlib-raids/defects/nl-part-exceeds-whole.txt:9:269 part-exceeds-whole ${results.findings![0]!.message}`);
    expect(suite!.children[3]!.children[0]).toMatchObject({ attributes: { message: 'missing.txt: no such file or folder', type: 'input' } });
  });

  test('a clean article passes; a run with nothing is an empty suite', () => {
    const clean = parseXml(formatJunit(checkDocuments([readExample('examples/limburg-floods/en.txt')]), options));
    expect(clean.children[0]!.attributes).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.children[0]!.children[0]!.children).toEqual([]);
    expect(junit({ findings: null }).children[0]!.children).toEqual([]);
  });

  test('info findings go to system-out and do not fail the test', () => {
    const suite = junit({ findings: [finding([at('a.txt', 2, 3, '1,000')], { severity: 'info', ruleId: 'inconsistent-number-format', message: 'Mixed.' }), finding([at('a.txt', 4, 1, '12')], { severity: 'warning' })] }).children[0]!;
    expect(suite.attributes).toMatchObject({ tests: '1', failures: '1', errors: '0' });
    const [failure, out] = suite.children[0]!.children;
    expect(failure!.name).toBe('failure');
    expect(out).toMatchObject({ name: 'system-out', text: 'a.txt:2:3 inconsistent-number-format Mixed.' });
  });

  test('a crash is an error of its article\'s test case, which then counts as an error', () => {
    const suite = junit({ findings: [finding([at('/w/a.txt', 1, 1, '12')])], errors: [new RuleCrash('sum-mismatch', '/w/a.txt', new Error('boom'))] }, '/w').children[0]!;
    expect(suite.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(suite.children[0]!.attributes.classname).toBe('a.txt');
    expect(suite.children[0]!.children.map((c) => c.name)).toEqual(['error', 'failure']);
  });

  test.each([
    ['markup', '"12" < 13 & \'14\' > 11', '"12" < 13 & \'14\' > 11'],
    ['line breaks and tabs', 'one\ntwo\r\n\tthree', 'one\ntwo\r\n\tthree'],
    ['control characters are dropped', 'bell\u0007 nul\u0000 esc\u001b', 'bell nul esc'],
    ['a lone surrogate is dropped, a pair kept', 'x\ud800y 😀', 'xy 😀'],
  ])('escaping: %s', (_name, message, readBack) => {
    const suite = junit({ findings: [finding([at('a&b <c>.txt', 1, 1, '12')], { message, ruleId: 'r"&<>' })] }).children[0]!;
    const testCase = suite.children[0]!;
    expect(testCase.attributes.classname).toBe('a&b <c>.txt');
    expect(testCase.children[0]!.attributes).toEqual({ message: readBack, type: 'r"&<>' });
    expect(testCase.children[0]!.text).toBe(`a&b <c>.txt:1:1 r"&<> ${readBack}`);
  });

  test('the XML check itself rejects what is not well-formed', () => {
    for (const bad of ['<a>', '<a></b>', '<a>&</a>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>', '<a>&bogus;</a>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

