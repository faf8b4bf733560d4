import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { dateTable as table } from '../helpers/date-table.js';

describe('a weekday counted in a month: "the first Tuesday of November", "de laatste vrijdag van juni"', () => {
  table([
    { lang: 'en', date: '2018-08-07', input: 'The first vote was held on the first Tuesday of November.', want: [['the first Tuesday of November', '2017-11-07']] },
    { lang: 'en', date: '2018-08-07', input: 'The plant reopened on the first Monday of March 2018.', want: [['the first Monday of March 2018', '2018-03-05']] },
    { lang: 'en', date: '2018-08-07', input: 'He resigned on the second Friday in June.', want: [['the second Friday in June', '2018-06-08']] },
    { lang: 'en', date: '2018-08-07', input: 'Talks will resume on the 3rd Thursday of next month.', want: [['the 3rd Thursday of next month', '2018-09-20']] },
    { lang: 'en', date: '2018-08-07', input: 'The parade was held on the last Monday in May.', want: [['the last Monday in May', '2018-05-28']] },
    // Ahead: that weekday of the coming month, not a week after the one read as past.
    { lang: 'en', date: '2018-08-07', input: 'The parade will be held on the last Monday in May.', want: [['the last Monday in May', '2019-05-27']] },
    { lang: 'en', date: '2018-08-07', input: 'Americans will vote on the first Tuesday of November.', want: [['the first Tuesday of November', '2018-11-06']] },
    { lang: 'en', date: '2018-08-07', input: 'The board will decide on the first Monday of next month.', want: [['the first Monday of next month', '2018-09-03']] },
    // A part of the day or clock times between the weekday and the month stay inside the one claim.
    { lang: 'en', date: '2018-08-01', input: 'The hearing is set for the first Monday evening of next month.', want: [['the first Monday evening of next month', '2018-09-03']] },
    { lang: 'en', date: '2018-08-01', input: 'Voting runs on the first Monday 1pm to 3pm of next month.', want: [['the first Monday 1pm to 3pm of next month', '2018-09-03']] },
    { lang: 'nl', date: '2018-08-07', input: 'De verkiezing is op de eerste dinsdag van november.', want: [['de eerste dinsdag van november', '2017-11-07']] },
    { lang: 'nl', date: '2018-08-07', input: 'Op de laatste vrijdag van juni 2019 brak de hittegolf.', want: [['de laatste vrijdag van juni 2019', '2019-06-28']] },
  ]);
});

describe('a counted weekday does not misread news', () => {
  table([
    // Read alone, "Tuesday" was the Tuesday before the article date: a false date.
    { lang: 'en', date: '2018-08-07', input: 'The council meets on the first Monday of every month.', want: [] },
    { lang: 'en', date: '2018-08-07', input: 'Rent is due on the first Monday of each month.', want: [] },
    { lang: 'nl', date: '2018-08-07', input: 'De raad vergadert de eerste maandag van elke maand.', want: [] },
    // "last Friday" without the article is the Friday before the article date; the month is its own claim.
    { lang: 'en', date: '2018-08-07', input: 'He was seen last Friday in March, police said.', want: [['last Friday', '2018-08-03'], ['March', '2018-03']] },
    // No fifth Friday in February 2018.
    { lang: 'en', date: '2018-08-07', input: 'The fifth Friday of February 2018 never came.', want: [['February 2018', '2018-02']] },
  ]);
});

describe('a weekday with a bare clock range keeps its day: "Wednesday from 10-4"', () => {
  table([
    { lang: 'en', date: '2018-07-30', input: 'Lawyers can meet Tuesday or Wednesday from 10-4.', want: [['Tuesday', '2018-07-24'], ['Wednesday', '2018-07-25']] },
    { lang: 'en', date: '2018-07-30', input: 'The museum was open on Wednesday from 10 to 4.', want: [['Wednesday', '2018-07-25']] },
    { lang: 'nl', date: '2018-07-30', input: 'De winkel was woensdag van 10 tot 4 open.', want: [['woensdag', '2018-07-25']] },
    // With clock words the times were always part of the day's claim.
    { lang: 'en', date: '2018-07-30', input: 'Polls were open on Thursday from 7am to 10pm.', want: [['Thursday from 7am to 10pm', '2018-07-26']] },
  ]);
});

describe('a weekday with a bare clock range does not misread news', () => {
  // Two bare numbers after the weekday stay figures; only the weekday is the date.
  test('a change of a count after a weekday keeps both figures ("rose on Wednesday from 10 to 14")', () => {
    const claims = extractClaims(makeDocument('The death toll rose on Wednesday from 10 to 14.', { lang: 'en', date: '2018-07-30' }));
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['date', 'Wednesday'], ['count', '10'], ['count', '14']]);
  });
  test('a range of percentages after a weekday stays a percentage', () => {
    const claims = extractClaims(makeDocument('Prices rose on Wednesday from 10 to 14 percent.', { lang: 'en', date: '2018-07-30' }));
    expect(claims.filter((c) => c.kind === 'date').map((c) => c.text)).toEqual(['Wednesday']);
    expect(claims.some((c) => c.kind === 'percent' && c.text === '14 percent')).toBe(true);
  });
  table([
    // "from 250 to 300 last year": numbers before the date are no clock times (and, as documented, the
    // reading is dropped whole).
    { lang: 'en', date: '2018-07-30', input: 'Arrests rose from 250 to 300 last year.', want: [] },
    { lang: 'en', date: '2018-07-30', input: 'On Tuesday, 3-2 was the final score.', want: [['Tuesday', '2018-07-24']] },
  ]);
});

describe('a month, a comma and its year at the end of a clause: "plans for Dec, 2018"', () => {
  table([
    { lang: 'en', date: '2018-11-01', input: 'The board set out its plans for Dec, 2018.', want: [['Dec, 2018', '2018-12']] },
    { lang: 'en', date: '2018-11-01', input: 'Sales peaked in Dec, 2017, then fell.', want: [['Dec, 2017', '2017-12']] },
  ]);
});

describe('a month, a comma and a number before a word does not misread news', () => {
  table([
    { lang: 'en', date: '2018-11-01', input: 'In July, 2000 people fled the town.', want: [['July', '2018-07']] },
  ]);
});

describe('"the week of the 18th": the week of that day of the latest month that has it', () => {
  table([
    { lang: 'en', date: '2018-08-07', input: 'Talks were set for the week of the 18th.', want: [['the week of the 18th', '2018-W29']] },
    { lang: 'en', date: '2018-11-01', input: 'In the week of the 18th, 300 people died.', want: [['the week of the 18th', '2018-W42']] },
  ]);
});

describe('"the week of the 18th" does not misread news', () => {
  table([
    // An ordinal that ranks or names a century, not a day of the month.
    { lang: 'en', date: '2018-08-07', input: 'It was the best week of the 18th century.', want: [['18th century', '1700-01-01..1799-12-31']] },
    { lang: 'en', date: '2018-08-07', input: 'He finished the week of racing 18th overall.', want: [] },
  ]);
});

describe('a two-digit year more than 20 years past the article year is the last century\'s: "03/18/40"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'The deed is dated 03/18/40.', want: [['03/18/40', '1940-03-18']] },
    { lang: 'en', date: '2024-01-18', input: 'The target date is 03/18/30.', want: [['03/18/30', '2030-03-18']] },
    { lang: 'en', date: '2018-06-01', input: 'The deal closed on 5/3/18.', want: [['5/3/18', '2018-05-03']] },
  ]);
});

describe('two bare digits after a month, before a word, are a count and not a year: "in april 71 burgerdoden"', () => {
  const claims = (text: string, lang: Lang, date: string) =>
    extractClaims(makeDocument(text, { lang, date })).map((c) => [c.kind, c.text, c.value]);
  test('Dutch', () => {
    expect(claims('De VN-missie telde in april 71 burgerdoden in het hele land.', 'nl', '2024-05-14')).toEqual([['date', 'april', '2024-04'], ['count', '71', 71]]);
  });
  test('English', () => {
    expect(claims('In December 50 people died in the floods.', 'en', '2024-01-18')).toEqual([['date', 'December', '2023-12'], ['count', '50', 50]]);
  });
  // A year in four digits stays the year.
  table([{ lang: 'en', date: '2024-01-18', input: 'The plant closed in December 2019 for good.', want: [['December 2019', '2019-12']] }]);
});

describe('two days in digits with slashes and no year, after an opener: "between 10/1-11/7"', () => {
  table([
    { lang: 'en', date: '2018-10-24', input: 'Early voting ran between 10/1-11/7 in most counties.', want: [['10/1-11/7', '2018-10-01..2018-11-07']] },
    { lang: 'en', date: '2018-10-24', input: 'The exhibition was open from 10/1 to 11/7.', want: [['10/1 to 11/7', '2018-10-01..2018-11-07']] },
  ]);
  test('day first in British English', () => {
    const doc = makeDocument('The works ran between 10/1-11/7.', { lang: 'en', date: '2018-10-24' });
    const claims = extractClaims({ ...doc, dayFirst: true }).filter((c) => c.kind === 'date');
    expect(claims.map((c) => [c.text, c.low, c.high])).toEqual([['10/1-11/7', '2018-01-10', '2018-07-11']]);
  });
});

describe('two slashed pairs do not misread news', () => {
  table([
    // No opener: no range.
    { lang: 'en', date: '2018-10-24', input: 'The 10/1-11/7 figures were revised.', want: [] },
  ]);
  test('fractions with small denominators stay no range', () => {
    const claims = extractClaims(makeDocument('Output fell from 1/2-3/4 of capacity.', { lang: 'en', date: '2018-10-24' }));
    expect(claims.some((c) => c.kind === 'date' && c.qualifier === 'range')).toBe(false);
  });
});

describe('a slashed share before "of" is a fraction, not a date: "2/3 of voters"', () => {
  const kinds = (text: string, lang: Lang) =>
    extractClaims(makeDocument(text, { lang, date: '2018-10-24' })).map((c) => [c.kind, c.text]);
  test.for<[Lang, string, string[][]]>([
    ['en', 'Some 2/3 of voters backed the plan.', [['fraction', '2/3']]],
    ['en', 'Between 1/3 and 2/3 of voters backed it.', [['fraction', '1/3'], ['fraction', '2/3']]],
    ['nl', 'Ongeveer 2/3 van de kiezers stemde voor.', [['fraction', '2/3']]],
  ])('%s: %s', ([lang, text, want]) => {
    expect(kinds(text, lang)).toEqual(want);
  });
});

describe('a slashed day stays a date where no share is meant', () => {
  table([
    { lang: 'en', date: '2018-10-24', input: 'The vote on 2/3 was close.', want: [['2/3', '2018-02-03']] },
    { lang: 'nl', date: '2018-10-24', input: 'Op 2/3 stemde de raad.', want: [['2/3', '2018-03-02']] },
    // Day before month, not a proper fraction: still a date.
    { lang: 'en', date: '2018-10-24', input: 'Sales on 10/3 of last year were poor.', want: [['10/3 of last year', '2017-10-03']] },
  ]);
});
