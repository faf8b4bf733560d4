import { describe, expect, test } from 'vitest';
import type { Claim } from '../src/claims/types.js';
import { parseTextDocument } from '../src/document/parse-text.js';
import { checkDocuments } from '../src/pipeline.js';
import { FOUNDING_EXAMPLE, hasShared, readShared } from './helpers/shared.js';

/** PRODUCT.md's table: what factlint must understand of the article the project was founded on. */
describe.runIf(hasShared)('founding example (../shared/founding-example)', () => {
  const text = readShared('founding-example/syria-nl-2020-06.txt');
  const run = (source: string) => checkDocuments([parseTextDocument(FOUNDING_EXAMPLE, source)]);
  const results = run(text);
  const { doc, claims } = results.documents[0]!;
  const first = (span: string): Claim => {
    const claim = claims.find((c) => c.text === span);
    if (!claim) throw new Error(`no claim "${span}" in ${claims.map((c) => c.text).join(', ')}`);
    return claim;
  };

  test('reads the date line as metadata, not as a claim', () => {
    expect(doc.lang).toBe('nl');
    expect(doc.date?.value).toBe('2020-06');
    expect(claims.some((c) => c.start < doc.bodyStart)).toBe(false);
  });

  test.for([
    { span: 'drie maanden', kind: 'duration', value: 3, unit: 'month' },
    { span: '500', kind: 'count', value: 500, qualifier: 'about', measure: 'deaths.civilian' },
    { span: 'Een miljoen', kind: 'count', value: 1_000_000, qualifier: 'exact', measure: 'displaced' },
    { span: '120.000', kind: 'count', value: 120_000, qualifier: 'exact', measure: 'returned' },
    { span: 'de helft', kind: 'fraction', value: 0.5, qualifier: 'about' },
    { span: 'begin maart', kind: 'date', value: '2020-03', low: '2020-03-01', high: '2020-03-10', grain: 'month' },
    { span: 'december vorig jaar', kind: 'date', value: '2019-12', low: '2019-12-01', high: '2019-12-31', grain: 'month' },
  ])('$span → $kind $value', (want) => {
    const { span, ...fields } = want;
    expect(first(span)).toMatchObject(fields);
  });

  test('the night of Tuesday to Wednesday and "woensdag" are a Wednesday in June 2020', () => {
    for (const span of ['de nacht van dinsdag op woensdag', 'woensdag']) {
      const c = first(span);
      expect(c).toMatchObject({ kind: 'date', value: '2020-06', low: '2020-06-03', high: '2020-06-24' });
    }
  });

  test('"120.000 onder hen" is a part of the million displaced', () => {
    expect(first('120.000').partOf).toBe(first('Een miljoen').id);
  });

  test('reports the duplicated passage as a warning, and no error', () => {
    const findings = results.findings ?? [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const duplicate = findings.filter((f) => f.ruleId === 'duplicate-passage');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ severity: 'warning', locations: [{ line: 7, column: 1 }, { line: 3, column: 1 }] });
    expect(findings.map((f) => f.ruleId)).toEqual(['duplicate-passage']);
  });

  test('with 1.200.000 returned, part-exceeds-whole points at both spans', () => {
    const broken = run(text.replaceAll('120.000', '1.200.000'));
    const errors = (broken.findings ?? []).filter((f) => f.ruleId === 'part-exceeds-whole');
    expect(errors).toHaveLength(2); // the passage is there twice
    for (const error of errors) {
      expect(error.severity).toBe('error');
      expect(error.locations.map((l) => l.text)).toEqual(['1.200.000', 'Een miljoen']);
    }
  });
});
