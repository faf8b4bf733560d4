import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatJson, streamJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { rulesMetaOf } from '../../src/report/types.js';

const read = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const docs = ['examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'examples/limburg-floods/en.txt', 'examples/limburg-floods/defects/en-conflicting-figures.txt'].map(read);
const missing = new InputError('missing.txt', null, 'no such file or folder');
const results = checkDocuments(docs, [missing]);
const options = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

describe('stylish', () => {
  test('findings by file, with location, severity, message, rule id and the span underlined', async () => {
    await expect(formatStylish(results, options)).toMatchFileSnapshot('./__snapshots__/stylish-check.txt');
  });

  test('claims one a line for extract', async () => {
    const extracted = checkDocuments(docs.slice(0, 1), [], { extractOnly: true });
    await expect(formatStylish(extracted, options)).toMatchFileSnapshot('./__snapshots__/stylish-extract.txt');
  });

  test('colour only when asked', () => {
    expect(formatStylish(results, options)).not.toMatch(/\u001b\[/);
    expect(formatStylish(results, { ...options, color: true })).toMatch(/\u001b\[31m/);
  });

  test('no findings: a single green line', () => {
    const clean = checkDocuments([read('examples/limburg-floods/en.txt')]);
    expect(formatStylish(clean, options)).toBe('✔ no problems (1 document, 22 claims)\n');
  });
});

describe('json', () => {
  const report = JSON.parse(formatJson(results, options));

  test('has the contract\'s top-level shape', () => {
    expect(Object.keys(report)).toEqual(['version', 'documents', 'findings', 'errors', 'summary']);
    expect(report.summary).toEqual({ documents: 3, claims: results.documents.reduce((n, d) => n + d.claims.length, 0), errors: 1, warnings: 2, infos: 0 });
    expect(report.errors).toEqual([{ code: 'input', message: 'missing.txt: no such file or folder' }]);
  });

  test('every location\'s text is the source between its offsets, and claims resolve', () => {
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    for (const finding of report.findings) {
      for (const loc of finding.locations) expect(texts.get(loc.document)!.slice(loc.start, loc.end)).toBe(loc.text);
      expect(finding.claims.length).toBeGreaterThan(0);
    }
    const cross = report.findings.find((f: { ruleId: string }) => f.ruleId === 'cross-article-conflict');
    expect(cross.claims.every((id: string) => id.includes('#c'))).toBe(true);
  });

  test('is written as JSON.stringify writes it, with the findings one piece each', () => {
    const text = formatJson(results, options);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // A corpus's findings are never one string: each is its own piece of the tail.
    const pieces = [...streamJson.tail(results, results.documents.length, options)];
    expect(pieces.length).toBeGreaterThan(report.findings.length);
    const empty = checkDocuments([], []);
    expect(formatJson(empty, options)).toBe(`${JSON.stringify(JSON.parse(formatJson(empty, options)), null, 2)}\n`);
  });

  test('an unbounded high is null', () => {
    const claims = report.documents[1].claims;
    expect(claims.find((c: { text: string }) => c.text === '150 millimetres')).toMatchObject({ low: 150, high: null, qualifier: 'more-than', unit: 'mm' });
  });
});
