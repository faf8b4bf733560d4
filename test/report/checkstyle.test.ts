import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError, RuleCrash } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
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
    expect(checkstyle({ documents: checkDocuments([read('examples/limburg-floods/en.txt')]).documents })).toMatchObject({ name: 'checkstyle', attributes: { version: '4.3' }, children: [] });
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
