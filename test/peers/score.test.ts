import { describe, expect, test } from 'vitest';
import { hasPeerSuites, loadCases, loadExclusions } from '../../scripts/peers/load.mjs';
import { chronoClaims, dayFirstCase, exclusionOf, PATTERNS, refDay, scoreAll, scoreCase, type PeerCase } from '../../scripts/peers/score.mjs';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

const factlint = (c: PeerCase) => {
  const date = refDay(c);
  return extractClaims(makeDocument(c.input, { lang: c.lang, ...(date ? { date } : {}), ...(dayFirstCase(c) ? { dayFirst: true } : {}) }));
};

/**
 * Pass rates (per cent, after the reviewed exclusions) that must hold: the issue 3 targets where
 * they are reached, else the current level, so that a regression fails. Raise a floor when it rises.
 */
const FLOORS: Record<string, Partial<Record<'nl' | 'en', number>>> = {
  number: { nl: 95, en: 95 },
  percent: { nl: 95, en: 95 },
  currency: { nl: 95, en: 95 },
  dimension: { nl: 95, en: 95 },
  numberrange: { nl: 30, en: 35 },
  datetime: { nl: 93, en: 96 },
};
/** Plain-date subset of the datetime suite (issue 3 target: 90). */
const PLAIN_DATE_FLOOR = { nl: 98.5, en: 98.5 };
/** factlint's whole-suite datetime passes over plain chrono's, on the raw suite. */
const CHRONO_RATIO_FLOOR = 1.6;
/** The same after the reviewed exclusions (issue 3 target: 2; met in Dutch, English at 1.94). */
const KEPT_CHRONO_RATIO_FLOOR = { nl: 2.08, en: 1.93 };

describe.skipIf(!hasPeerSuites())('peer suites (Recognizers-Text)', () => {
  const cases = hasPeerSuites() ? loadCases() : [];
  const exclusions = hasPeerSuites() ? loadExclusions() : { patterns: {}, cases: {} };

  test('every exclusion names a known pattern or an existing case', () => {
    for (const name of Object.keys(exclusions.patterns)) expect(Object.keys(PATTERNS)).toContain(name);
    const ids = new Set(cases.map((c) => c.id));
    for (const id of Object.keys(exclusions.cases)) expect(ids.has(id), id).toBe(true);
  });

  test('scoring compares values and spans, and negatives pass only when nothing is found', () => {
    const c: PeerCase = {
      id: 't/NumberModel/0', lang: 'nl', culture: 'nl-nl', kind: 'number', model: 'NumberModel', input: 'ruim 1.500 mensen',
      expected: [{ text: '1.500', start: 5, end: 10, value: 1500 }],
    };
    const claim = { kind: 'count', start: 5, end: 10, text: '1.500', value: 1500, qualifier: 'more-than' };
    expect(scoreCase(c, [claim]).pass).toBe(true);
    expect(scoreCase(c, [{ ...claim, value: 1.5 }]).pass).toBe(false);
    expect(scoreCase(c, [{ ...claim, start: 11, end: 17 }]).pass).toBe(false);
    expect(scoreCase({ ...c, expected: [] }, [claim]).pass).toBe(false);
    expect(scoreCase({ ...c, expected: [] }, []).pass).toBe(true);
    expect(exclusionOf({ ...c, expected: [{ text: 'dollar', start: 0, end: 6, value: null }] }, { patterns: { 'no-number': 'a reason given' } })).toMatch(/^no-number/);
    // A NumberModel negative ("180ml vloeistof") asks for no plain number: a quantity with a unit is no plain number.
    const negative = { ...c, input: '180ml vloeistof', expected: [] };
    const ml = { kind: 'quantity', start: 0, end: 5, text: '180ml', value: 180, qualifier: 'exact', unit: 'mL' };
    expect(scoreCase(negative, [ml]).pass).toBe(true);
    expect(scoreCase(negative, [{ ...ml, kind: 'count', unit: null }]).pass).toBe(false);
    expect(scoreCase({ ...negative, model: 'DimensionModel' }, [ml]).pass).toBe(false);
  });

  test('a date range passes with its named end read as included or excluded, never with another end', () => {
    const c: PeerCase = {
      id: 't/DateTimeModel/0', lang: 'nl', culture: 'nl-nl', kind: 'datetime', model: 'DateTimeModel', input: 'van mei tot september',
      expected: [{ text: 'mei tot september', start: 4, end: 21, value: [{ timex: '(XXXX-05-01,XXXX-09-01,P4M)', type: 'daterange', start: '2018-05-01', end: '2018-09-01' }] }],
    };
    const claim = { kind: 'date', start: 4, end: 21, text: 'mei tot september', value: '2018-05/2018-09', low: '2018-05-01', high: '2018-09-30', grain: 'month', qualifier: 'range' };
    expect(scoreCase(c, [claim]).pass).toBe(true); // September included, as news reads it
    expect(scoreCase(c, [{ ...claim, high: '2018-08-31' }]).pass).toBe(true); // the spec's exclusive end
    expect(scoreCase(c, [{ ...claim, high: '2018-09-15' }]).pass).toBe(false);
    expect(scoreCase(c, [{ ...claim, low: '2018-04-01' }]).pass).toBe(false);
  });

  test('a duration tied to the article date passes for a range by the days it covers; a quarter end read as included', () => {
    const c: PeerCase = {
      id: 't/DateTimeModel/1', lang: 'nl', culture: 'nl-nl', kind: 'datetime', model: 'DateTimeModel', input: 'de komende drie dagen',
      expected: [{ text: 'komende drie dagen', start: 3, end: 21, value: [{ timex: '(2016-11-08,2016-11-11,P3D)', type: 'daterange', start: '2016-11-08', end: '2016-11-11' }] }],
    };
    const duration = { kind: 'duration', start: 11, end: 21, text: 'drie dagen', value: 3, unit: 'day', qualifier: 'exact', anchor: 'after', covers: { low: '2016-11-08', high: '2016-11-10' } };
    expect(scoreCase(c, [duration]).pass).toBe(true);
    expect(scoreCase(c, [{ ...duration, covers: undefined }]).pass).toBe(false);
    expect(scoreCase(c, [{ ...duration, covers: { low: '2016-11-07', high: '2016-11-10' } }]).pass).toBe(false);
    const q: PeerCase = {
      ...c, input: 'van Q1 2017 tot Q1 2018',
      expected: [{ text: 'van Q1 2017 tot Q1 2018', start: 0, end: 23, value: [{ timex: '(2017-01-01,2018-01-01,P12M)', type: 'daterange', start: '2017-01-01', end: '2018-01-01' }] }],
    };
    const range = { kind: 'date', start: 4, end: 23, text: 'Q1 2017 tot Q1 2018', value: '2017-01', low: '2017-01-01', high: '2018-03-31', grain: 'month', qualifier: 'range' };
    expect(scoreCase(q, [range]).pass).toBe(true);
    expect(scoreCase(q, [{ ...range, text: '2017 tot 2018' }]).pass).toBe(false);
  });

  test('an approximate datetime range given as a point ("around tomorrow 10am") is judged as that datetime', () => {
    const c: PeerCase = {
      id: 't/DateTimeModel/2', lang: 'en', culture: 'en-us', kind: 'datetime', model: 'DateTimeModel', input: 'around tomorrow 10am',
      expected: [{ text: 'around tomorrow 10am', start: 0, end: 20, value: [{ timex: '2018-08-17T10', Mod: 'approx', type: 'datetimerange', value: '2018-08-17 10:00:00' }] }],
    };
    const claim = { kind: 'date', start: 7, end: 20, text: 'tomorrow 10am', value: '2018-08-17', low: '2018-08-17', high: '2018-08-17', grain: 'day', qualifier: 'exact' };
    expect(scoreCase(c, [claim]).pass).toBe(true);
    expect(scoreCase(c, [{ ...claim, time: '10:00:00' }]).pass).toBe(true);
    expect(scoreCase(c, [{ ...claim, time: '11:00:00' }]).pass).toBe(false);
    expect(scoreCase(c, [{ ...claim, low: '2018-08-18', high: '2018-08-18', value: '2018-08-18' }]).pass).toBe(false);
  });

  test('hours with a fraction match the spec in hours and minutes ("PT1H30M") as in hours ("PT1.5H")', () => {
    const c: PeerCase = {
      id: 't/DateTimeModel/3', lang: 'en', culture: 'en-us', kind: 'datetime', model: 'DateTimeModel', input: '1 hour and 30 minutes',
      expected: [{ text: '1 hour and 30 minutes', start: 0, end: 21, value: [{ timex: 'PT1H30M', type: 'duration', value: '5400' }] }],
    };
    const claim = { kind: 'duration', start: 0, end: 21, text: '1 hour and 30 minutes', value: 1.5, unit: 'hour', qualifier: 'exact' };
    expect(scoreCase(c, [claim]).pass).toBe(true);
    expect(scoreCase({ ...c, expected: [{ ...c.expected[0]!, value: [{ timex: 'PT1.5H', type: 'duration', value: '5400' }] }] }, [claim]).pass).toBe(true);
    expect(scoreCase(c, [{ ...claim, value: 1.25 }]).pass).toBe(false);
  });

  test('duration-under-an-hour also rules out a span of minutes from now, not a day with clock times', () => {
    const rule = PATTERNS['duration-under-an-hour']!.entity;
    const span = (text: string, timex: string) => ({ text, start: 0, end: 1, value: [{ timex, type: 'datetimerange', start: 'x', end: 'y' }] });
    expect(rule(span('afgelopen 5 minuten', '(2018-08-30T09:55:00,2018-08-30T10:00:00,PT5M)'))).toBe(true);
    expect(rule(span('dinsdag van 14.00 tot 14.30', '(XXXX-WXX-2T14:00,XXXX-WXX-2T14:30,PT30M)'))).toBe(false);
    expect(rule(span('afgelopen 5 uur', '(2018-08-30T05:00:00,2018-08-30T10:00:00,PT5H)'))).toBe(false);
  });

  test('duration-under-an-hour rules out minutes and seconds, never hours or days', () => {
    const rule = PATTERNS['duration-under-an-hour']!.entity;
    const entity = (timex: string) => ({ text: 'x', start: 0, end: 1, value: [{ timex, type: 'duration', value: '1' }] });
    expect(['PT30M', 'PT3M', 'PT123.45S', 'PT1S', 'PT1M30S'].map((t) => rule(entity(t)))).toEqual([true, true, true, true, true]);
    expect(['PT1H', 'PT1H30M', 'PT1.5H', 'P1D', 'PT'].map((t) => rule(entity(t)))).toEqual([false, false, false, false, false]);
  });

  test('pass rates hold their floors', () => {
    const { tallies } = scoreAll(cases, factlint, exclusions);
    for (const t of tallies) {
      const floor = FLOORS[t.suite]?.[t.lang as 'nl' | 'en'];
      if (floor === undefined) continue;
      expect((100 * t.keptPass) / t.kept, `${t.suite} ${t.lang}`).toBeGreaterThanOrEqual(floor);
    }
    for (const t of tallies.filter((x) => x.suite === 'datetime')) {
      expect((100 * t.plainKeptPass) / t.plainKept, `plain-date ${t.lang}`).toBeGreaterThanOrEqual(PLAIN_DATE_FLOOR[t.lang as 'nl' | 'en']);
    }
  });

  test('datetime: factlint against plain chrono on the whole suite', () => {
    const dates = cases.filter((c) => c.model === 'DateTimeModel');
    const ours = scoreAll(dates, factlint, exclusions).tallies;
    const chrono = scoreAll(dates, chronoClaims, exclusions).tallies;
    for (const t of ours) {
      const c = chrono.find((x) => x.lang === t.lang)!;
      expect(t.pass / t.total, t.lang).toBeGreaterThanOrEqual(CHRONO_RATIO_FLOOR * (c.pass / c.total));
      expect(t.keptPass / t.kept, `${t.lang} after exclusions`).toBeGreaterThanOrEqual(KEPT_CHRONO_RATIO_FLOOR[t.lang as 'nl' | 'en'] * (c.keptPass / c.kept));
    }
  });
});
