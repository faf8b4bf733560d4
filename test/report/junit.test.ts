import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError, RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatJunit } from '../../src/report/junit.js';
import type { RunResults } from '../../src/report/types.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { rulesMetaOf } from '../../src/report/types.js';
import type { Finding, FindingLocation } from '../../src/rules/types.js';

const read = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const docs = ['examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'examples/limburg-floods/en.txt', 'examples/limburg-floods/defects/en-conflicting-figures.txt'].map(read);
const missing = new InputError('missing.txt', null, 'no such file or folder');
const results = checkDocuments(docs, [missing]);
const options = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

const at = (document: string, line: number, column: number, text: string): FindingLocation => ({
  document, start: 0, end: text.length, line, column, text,
});
const finding = (locations: FindingLocation[], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'sum-mismatch', messageId: 'sum', severity: 'error', message: 'The parts add up to 12, not 10.', locations, claims: [], ...extra,
});
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
    const clean = parseXml(formatJunit(checkDocuments([read('examples/limburg-floods/en.txt')]), options));
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

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// Tokens: the declaration, a comment, an end tag, a start or empty tag with "-quoted attributes, text.
const TOKEN = /<\?xml[^?]*\?>|<!--(?:(?!--)[^])*-->|<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A small XML reader for tests: throws on anything not well-formed, else returns the root element. */
function parseXml(xml: string): XmlElement {
  const top: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack = [top];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const from = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`not well-formed at ${from}: ${JSON.stringify(xml.slice(from, from + 40))}`);
    const [, close, open, attrs = '', empty, text] = m;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (parent === top && text.trim() !== '') throw new Error('text outside the root element');
      parent.text += decode(text);
    } else if (close !== undefined) {
      if (close !== parent.name) throw new Error(`</${close}> closes <${parent.name}>`);
      stack.pop();
    } else if (open !== undefined) {
      if (parent === top && top.children.length > 0) throw new Error('a second root element');
      const element: XmlElement = { name: open, attributes: attributesOf(attrs), children: [], text: '' };
      parent.children.push(element);
      if (!empty) stack.push(element);
    }
  }
  if (stack.length !== 1 || top.children.length !== 1) throw new Error('an unclosed element, or no root');
  return top.children[0]!;
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', value = ''] of source.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) {
    if (name in attributes) throw new Error(`attribute ${name} twice`);
    // As XML parsers do, literal line breaks and tabs in a value become spaces.
    attributes[name] = decode(value.replace(/[\t\n\r]/g, ' '));
  }
  return attributes;
}

function decode(s: string): string {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)) throw new Error('a character XML does not allow');
  return s.replace(/&([^;&\s]*);?/g, (ref, name: string) => {
    const char = !ref.endsWith(';') ? undefined
      : name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
      : ENTITIES[name];
    if (char === undefined) throw new Error(`bad reference ${ref}`);
    return char;
  });
}
