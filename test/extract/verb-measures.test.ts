import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

/** The counts of a text as [text, measure]. */
const measures = (text: string, lang: Lang) =>
  extractClaims(makeDocument(text, { lang, date: '2024-02-10' }))
    .filter((c) => c.kind === 'count')
    .map((c) => [c.text, c.measure]);

describe('the verb whose object a figure is says what it counts: "killed at least 40 and injured 100"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Floods killed at least 40 and injured 100.', [['40', 'deaths'], ['100', 'injured']]],
    ['en', 'The blast killed 12 people and injured 30 others.', [['12', 'deaths'], ['30', 'injured']]],
    ['en', 'Floods killed 40 people and displaced 10,000.', [['40', 'deaths'], ['10,000', 'displaced']]],
    ['en', 'Police arrested 12 and injured 3.', [['12', 'arrested'], ['3', 'injured']]],
    ['en', 'The fire injured 20 people, killing 3.', [['20', 'injured'], ['3', 'deaths']]],
    ['en', 'The storm hit the coast, killing at least seven people.', [['seven', 'deaths']]],
    ['en', 'A bus crash killed 12.', [['12', 'deaths']]],
    ['nl', 'De overstroming doodde 40 en verwondde 100 mensen.', [['40', 'deaths'], ['100', 'injured']]],
    // Coordinated verbs are one phrase: the figure counts both.
    ['en', 'Gang violence killed or injured 2,505 people.', [['2,505', 'casualties']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(measures(text, lang)).toEqual(want);
  });
});

describe('a compound adjective is no verb: "government-held areas" are no arrests', () => {
  test('en: the parts of a toll by who holds the area', () => {
    expect(measures('In Syria, at least 3,162 deaths were reported, including 1,262 in government-held areas and 1,900 in the rebel-held northwest.', 'en')).toEqual([
      ['3,162', 'deaths'],
      ['1,262', 'deaths'],
      ['1,900', 'deaths'],
    ]);
  });
  test('en: "were held" still counts arrests', () => {
    expect(measures('Police said 12 people were held overnight.', 'en')).toEqual([['12', 'arrested']]);
  });
});

/** The claims of a text as [text, interval or value, period]. */
const scoped = (text: string, lang: Lang) =>
  extractClaims(makeDocument(text, { lang, date: '2024-10-30' })).map((c) => [c.text, c.kind === 'date' || c.low === c.high ? c.value : `${c.low}..${c.high}`, c.scope.period ?? null]);

describe('a date right after a figure is its period: "3,5 procent in oktober, tegen 3,3 procent in september"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['nl', 'De inflatie kwam in oktober uit op 3,5 procent, tegen 3,3 procent in september.', [['oktober', '2024-10', null], ['3,5 procent', 3.5, '2024-10'], ['3,3 procent', 3.3, '2024-09'], ['september', '2024-09', null]]],
    ['en', 'Inflation was 3.5 percent in October, against 3.3 percent in September.', [['3.5 percent', 3.5, '2024-10'], ['October', '2024-10', null], ['3.3 percent', 3.3, '2024-09'], ['September', '2024-09', null]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(scoped(text, lang)).toEqual(want);
  });
});

describe('a comparison after a figure is no bound of the span of time after it: "4.000 minder dan een maand eerder"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['nl', 'Er waren 372.000 werklozen, 4.000 minder dan een maand eerder.', [['372.000', 372000, null], ['4.000', 4000, null], ['een maand', 1, null]]],
    ['en', 'There were 372,000 unemployed, 4,000 fewer than a month earlier.', [['372,000', 372000, null], ['4,000', 4000, null], ['a month', 1, null]]],
    // Without a figure before it the comparison bounds the span.
    ['nl', 'Het duurde minder dan een maand.', [['een maand', '0..1', null]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(scoped(text, lang)).toEqual(want);
  });
});

describe('a workforce is employees: "its workforce was halved to 6,000", "het personeelsbestand kromp tot 6.000"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Sales doubled to $4.2bn, while its workforce was halved to 6,000.', [['6,000', 'employees']]],
    // A verb of a rate ("kromp") says nothing of a count; the head before it does.
    ['nl', 'Het personeelsbestand kromp tot 6.000.', [['6.000', 'employees']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(measures(text, lang)).toEqual(want);
  });
});

describe('a figure after "when" is of that time itself: "the lowest since 2001, when 59.4 per cent voted"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Turnout was the lowest since 2001, when 59.4 per cent of the electorate voted.', [['2001', '2001', null], ['59.4 per cent', 59.4, '2001']]],
    ['nl', 'Sinds 2019, toen 300 doden vielen, is het rustig.', [['2019', '2019', null], ['300', 300, '2019']]],
    // Without "when" the period runs since that year.
    ['en', 'Since 2019, 300 people have died.', [['2019', '2019', null], ['300', 300, 'since 2019']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(scoped(text, lang)).toEqual(want);
  });
});
