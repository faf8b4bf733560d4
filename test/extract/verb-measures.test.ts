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
