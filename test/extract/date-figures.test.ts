import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

/** Every claim of a text as [kind, text, value], with the article date given. */
const claims = (text: string, lang: Lang, date: string) =>
  extractClaims(makeDocument(text, { lang, date })).map((c) => [c.kind, c.text, c.qualifier === 'range' ? `${c.low}..${c.high}` : c.value]);

describe('digits after a month, before a percent, an amount, a unit or a scale word, are that figure and not the day', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Prices rose in Dec. 18 percent of shops closed.', [['date', 'Dec.', '2023-12'], ['percent', '18 percent', 18]]],
    ['en', 'In March 12 percent more homes were sold.', [['date', 'March', '2024-03'], ['percent', '12 percent', 12]]],
    ['en', 'Sales fell in March 12 million dollars short of the plan.', [['date', 'March', '2024-03'], ['money', '12 million dollars', 12_000_000]]],
    ['nl', 'In maart 12 procent meer woningen verkocht.', [['date', 'maart', '2024-03'], ['percent', '12 procent', 12]]],
    ['nl', 'In maart 12 miljoen euro uitgegeven aan herstel.', [['date', 'maart', '2024-03'], ['money', '12 miljoen euro', 12_000_000]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-04-10')).toEqual(want);
  });

  // The day stays where no figure follows it, or where the figure comes after a word.
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'On Dec. 18 prices rose 4 percent.', [['date', 'Dec. 18', '2023-12-18'], ['percent', '4 percent', 4]]],
    ['en', 'On March 12 the ministry said 5 percent were hit.', [['date', 'March 12', '2024-03-12'], ['percent', '5 percent', 5]]],
    ['en', 'It happened on December 18, 2023.', [['date', 'December 18, 2023', '2023-12-18']]],
    ['nl', 'Op 12 maart steeg de prijs 5 procent.', [['date', '12 maart', '2024-03-12'], ['percent', '5 procent', 5]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-04-10')).toEqual(want);
  });
});

describe('slashed fractions before a unit are no dates: "from 1/4 to 3/4 inch"', () => {
  test.for<[Lang, string]>([
    ['en', 'Rain totals ranged from 1/4 to 3/4 inch across the county.'],
    ['nl', 'Er viel van 1/4 tot 3/4 inch regen.'],
  ])('%s: %s', ([lang, text]) => {
    expect(claims(text, lang, '2024-04-10').filter(([kind]) => kind === 'date')).toEqual([]);
  });
  // A range of two days stays a date range.
  test('en: early voting ran from 10/1 to 11/7', () => {
    expect(claims('Early voting ran from 10/1 to 11/7 in most counties.', 'en', '2018-10-24')).toEqual([['date', '10/1 to 11/7', '2018-10-01..2018-11-07']]);
  });
});

describe('a weekday or holiday in the name of an event is no date: "Super Tuesday", "Bloody Sunday", "the Good Friday Agreement"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'Voters in 15 states head to the polls on Super Tuesday.', [['count', '15', 15]]],
    ['en', 'On Bloody Sunday in 1972, 14 people were killed in Derry.', [['date', '1972', '1972'], ['count', '14', 14]]],
    ['en', 'The Good Friday Agreement was signed in 1998.', [['date', '1998', '1998']]],
    ['en', 'The Boxing Day tsunami killed 230,000 people.', [['count', '230,000', 230_000]]],
    ['nl', 'Op Zwarte Zaterdag stonden er 900 kilometer files.', [['quantity', '900 kilometer', 900]]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-03-01')).toEqual(want);
  });
  // The weekday and the holiday alone stay dates.
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'The ministry said on Tuesday that 5 people died.', [['date', 'Tuesday', '2024-02-27'], ['count', '5', 5]]],
    ['en', 'Shops were shut on Good Friday.', [['date', 'Good Friday', '2023-04-07']]],
    ['nl', 'Op Goede Vrijdag zijn de winkels dicht.', [['date', 'Goede Vrijdag', '2023-04-07']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-03-01')).toEqual(want);
  });
});

describe('a weekday with a part of the day is placed as the weekday alone: "On Tuesday evening the toll rose"', () => {
  test.for<[Lang, string, unknown[][]]>([
    // The article is dated Saturday 10 February 2024.
    ['en', 'On Tuesday evening the toll rose to 5,000.', [['date', 'Tuesday evening', '2024-02-06'], ['count', '5,000', 5000]]],
    ['en', 'Two dams burst on Sunday night during the storm.', [['count', 'Two', 2], ['date', 'Sunday night', '2024-02-04']]],
    ['en', 'The minister will speak on Tuesday evening.', [['date', 'Tuesday evening', '2024-02-13']]],
    ['nl', 'Dinsdagavond vielen 5 doden.', [['date', 'Dinsdagavond', '2024-02-06'], ['count', '5', 5]]],
    ['nl', 'De minister zal dinsdagavond spreken.', [['date', 'dinsdagavond', '2024-02-13']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-02-10')).toEqual(want);
  });
});

describe('a number after a comma that ends a day and its part is a count, not the hour: "By Friday morning, 11 passengers"', () => {
  test.for<[Lang, string, unknown[][]]>([
    ['en', 'By Friday morning, 11 passengers were still unaccounted for.', [['date', 'Friday morning', '2024-02-09'], ['count', '11', 11]]],
    ['en', 'On Monday evening, 12 people were hurt.', [['date', 'Monday evening', '2024-02-05'], ['count', '12', 12]]],
    // A clock time stays part of the date: "Monday, 11 am".
    ['en', 'The vote was on Monday, 11 am.', [['date', 'Monday, 11 am', '2024-02-05']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(claims(text, lang, '2024-02-10')).toEqual(want);
  });
});

describe('"uit" after a clock time is the particle of a verb, not "from now": "De brand brak rond 19.30 uur uit"', () => {
  test('nl: no date a day ahead', () => {
    expect(claims('De brand brak rond 19.30 uur uit en was pas donderdagochtend onder controle.', 'nl', '2024-07-18')).toEqual([['date', 'donderdagochtend', '2024-07-18']]);
  });
});
