import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Claim } from '../../src/claims/types.js';
import { placeAnnotations, ratesOf, scoreArticle } from '../../src/score/articles.js';
import { scoreArticleSet } from '../../src/score/article-set.js';

const DIR = fileURLToPath(new URL('../articles/', import.meta.url));

/** Issue 3: value precision and recall at least 97 %, measure accuracy at least 90 %, per language. */
const TARGETS = { precision: 0.97, recall: 0.97, measureAccuracy: 0.9 };

/**
 * Where a language is still short of a target, the floor it must not fall below. None now: both
 * languages meet the targets. The English misses left are date readings ("New Year's Day", "five years
 * ago", "Sunday night" read forward, "warning strikes in December" with no cue that it is ahead).
 */
const FLOORS: Record<string, Partial<typeof TARGETS>> = {};

const result = scoreArticleSet(DIR);

test('at least 15 annotated articles per language', () => {
  for (const lang of ['nl', 'en']) expect(result.articles.filter((a) => a.lang === lang).length).toBeGreaterThanOrEqual(15);
});

test.for(['nl', 'en'])('%s: extraction meets the targets on the hand-annotated articles', (lang) => {
  const rates = result.byLang[lang]!;
  const floor = { ...TARGETS, ...FLOORS[lang] };
  const mismatches = result.articles.filter((a) => a.lang === lang).flatMap((a) => a.score.mismatches.map((m) => `${m.doc}@${m.start} ${m.type} ${JSON.stringify(m.text)} ${m.expected ?? ''} ${m.got ?? ''}`));
  const met = { precision: rates.precision >= floor.precision, recall: rates.recall >= floor.recall, measureAccuracy: rates.measureAccuracy >= floor.measureAccuracy };
  expect({ ...met, rates: { precision: rates.precision, recall: rates.recall, measureAccuracy: rates.measureAccuracy }, mismatches })
    .toMatchObject({ precision: true, recall: true, measureAccuracy: true });
});

test('overall, across both languages, value precision, recall and measure accuracy meet the targets', () => {
  expect(result.overall.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  expect(result.overall.measureAccuracy).toBeGreaterThanOrEqual(TARGETS.measureAccuracy);
  expect(result.overall.recall).toBeGreaterThanOrEqual(TARGETS.recall);
});

const claim = (over: Partial<Claim>): Claim => ({
  id: 'c1', kind: 'count', text: '500', start: 0, end: 3, value: 500, low: 500, high: 500, precision: 0, qualifier: 'exact',
  unit: null, measure: 'deaths', scope: {}, partOf: null, sentence: 0, ...over,
} as Claim);

test('annotations are placed in order, on word boundaries, from an optional anchor', () => {
  const text = 'In 2015 vielen 15 doden en 5 gewonden; 5 anderen bleven ongedeerd.';
  const gold = placeAnnotations(text, [
    { text: '15', kind: 'count', value: 15 },
    { text: '5', kind: 'count', value: 5 },
    { text: '5', after: '5 anderen', kind: 'count', value: 5 },
  ]);
  expect(gold.map((g) => g.start)).toEqual([text.indexOf('15 doden'), text.indexOf('5 gewonden'), text.indexOf('5 anderen')]);
  expect(() => placeAnnotations(text, [{ text: '16', kind: 'count', value: 16 }], 'x.txt')).toThrow(/x\.txt: annotated text not found/);
});

test('a claim matches on overlap, kind, unit and value or interval; the measure is scored over matches', () => {
  const [gold] = placeAnnotations('ongeveer 500 doden', [{ text: '500', kind: 'count', value: 500, measure: 'deaths' }]);
  const right = scoreArticle('x', [claim({ start: 9, end: 12 })], [gold!]);
  expect(right).toMatchObject({ valueMatches: 1, measureMatches: 1, mismatches: [] });
  const wrongMeasure = scoreArticle('x', [claim({ start: 9, end: 12, measure: 'injured' })], [gold!]);
  expect(wrongMeasure).toMatchObject({ valueMatches: 1, measureMatches: 0, mismatches: [{ type: 'measure', expected: 'deaths', got: 'injured' }] });
  const wrongValue = scoreArticle('x', [claim({ start: 9, end: 12, value: 5 }), claim({ start: 13, end: 18 })], [gold!]);
  expect(wrongValue.mismatches.map((m) => m.type)).toEqual(['value', 'spurious']);
  expect(ratesOf(wrongValue)).toEqual({ precision: 0, recall: 0, measureAccuracy: 1 });
  const [vague] = placeAnnotations('honderden doden', [{ text: 'honderden', kind: 'count', low: 200, high: 999 }]);
  expect(scoreArticle('x', [claim({ text: 'honderden', start: 0, end: 9, value: 200, low: 200, high: 999, qualifier: 'vague', measure: null })], [vague!]).valueMatches).toBe(1);
});
