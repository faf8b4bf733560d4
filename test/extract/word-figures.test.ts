import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

/** The claims of a text as [kind, text, low, high]. */
const claims = (text: string, lang: Lang) =>
  extractClaims(makeDocument(text, { lang, date: '2024-04-10' })).map((c) => [c.kind, c.text, c.low, c.high]);

describe('"one" that opens a range is its low end: "one to two million", "een tot twee miljoen", "between one and three"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'One to two million people have fled the fighting.', [['count', 'One to two million', 1_000_000, 2_000_000]]],
    ['en', 'The storm left one to three billion dollars in damage.', [['money', 'one to three billion dollars', 1e9, 3e9]]],
    ['en', 'Between one and three people died in each village.', [['count', 'one and three', 1, 3]]],
    ['nl', 'Een tot twee miljoen mensen zijn op de vlucht.', [['count', 'Een tot twee miljoen', 1_000_000, 2_000_000]]],
    ['nl', 'Per dorp vielen tussen een en drie doden.', [['count', 'een en drie', 1, 3]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });

  // A year or a large number after "een tot" is no range of one: "een tot 2030 lopend plan".
  test.for<[Lang, string, unknown[][]]>([
    ['nl', 'Het kabinet presenteerde een tot 2030 lopend plan.', [['date', '2030', '2030-01-01', '2030-12-31']]],
    ['en', 'It was one of the three largest floods.', [['count', 'one', 1, 1], ['count', 'three', 3, 3]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });
});

describe('"scores" counts only as "scores of" or "scores more"; "Messi scores twice" is the verb', () => {
  test.for<[string, unknown[][]]>([
    ['Messi scores twice as Miami win the final.', []],
    ['She scores 20 points a game.', [['count', '20', 20, 20]]],
    ['Scores of people were killed in the blast.', [['count', 'Scores', 40, 199]]],
    ['Thousands fled and scores more were injured.', [['count', 'Thousands', 2000, 9999], ['count', 'scores', 40, 199]]],
  ])('%s', ([text, want]) => {
    expect(claims(text, 'en')).toEqual(want);
  });
});

describe('a number in a name is no count: "Resolution 2334", "Channel 4", "a Boeing 737", "Apollo 11", "a Category 5 storm"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Security Council Resolution 2334 was adopted in December.', [['date', 'December', '2023-12-01', '2023-12-31']]],
    ['en', 'A Boeing 787 with 240 passengers landed safely.', [['count', '240', 240, 240]]],
    ['en', 'The Apollo 11 crew returned to Earth.', []],
    ['en', 'A Category 5 hurricane destroyed 300 homes.', [['count', '300', 300, 300]]],
    ['en', 'Phase 3 trials enrolled 30,000 volunteers.', [['count', '30,000', 30_000, 30_000]]],
    ['nl', 'Een Boeing 737 van Transavia met 180 passagiers maakte een noodlanding.', [['count', '180', 180, 180]]],
    ['nl', 'Tram 5 reed niet door de storm.', []],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });
  // The words are labels only before the number: "the bus carried 40 passengers" counts.
  test('en: the bus carried 40 passengers', () => {
    expect(claims('The bus carried 40 passengers.', 'en')).toEqual([['count', '40', 40, 40]]);
  });
});

describe('degrees as British and climate copy write them: "41C", "105F", "1.5C", near a word of weather', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Temperatures hit 41C in Seville on Tuesday.', [['quantity', '41C', 41, 41], ['date', 'Tuesday', '2024-04-09', '2024-04-09']]],
    ['en', 'Phoenix recorded 105F, its hottest day.', [['quantity', '105F', 105, 105]]],
    ['en', 'The accord aims to limit warming to 1.5C.', [['quantity', '1.5C', 1.5, 1.5]]],
    ['en', 'Overnight lows of -5C are expected.', [['quantity', '-5C', -5, -5]]],
    ['nl', 'De temperatuur liep op tot 38C in Limburg.', [['quantity', '38C', 38, 38]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });
  // No weather word, a slash after it, or no temperature a place has: no degrees.
  test.for<[Lang, string]>([
    ['en', 'The 13F filing shows the fund sold its stake.'],
    ['en', 'Funds from operations were 14.7C/ per security.'],
    ['en', 'The exam is held in Room 101C of the main hall.'],
  ])('%s: %s', ([lang, text]) => {
    expect(claims(text, lang).filter(([kind]) => kind === 'quantity')).toEqual([]);
  });
});

describe('a bound after people is an age: "children under 10", "people over 65", "kinderen onder de 12"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'About 60 per cent of cases were in children under 10.', [['percent', '60 per cent', 54, 66], ['quantity', '10', 0, 10]]],
    ['en', 'People over 65 can get a booster.', [['quantity', '65', 65, Infinity]]],
    ['nl', 'Kinderen onder de 12 krijgen geen prik.', [['quantity', '12', 0, 12]]],
    // A percent after the bound is no age.
    ['en', 'Children under 5 percent of the budget went to schools.', [['percent', '5 percent', 0, 5]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });
  test('en: no conflict between a toll of cases and the age of the children among them', async () => {
    const { checkDocuments } = await import('../../src/pipeline.js');
    const doc = makeDocument('England recorded 1,500 measles cases between October and February. About 60 per cent of cases were in children under 10.', { lang: 'en', date: '2024-03-14' });
    expect(checkDocuments([doc]).findings).toEqual([]);
  });
});

describe('victims with a bound are an age too: "victims over 80", "slachtoffers boven de 80"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Most victims over 80 lived alone.', [['quantity', '80', 80, Infinity]]],
    ['nl', 'De meeste slachtoffers boven de 80 woonden alleen.', [['quantity', '80', 80, Infinity]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang)).toEqual(want);
  });
});
