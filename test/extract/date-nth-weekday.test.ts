import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

/** The date claims of a text as [text, value], with the article date given; a range as [text, "low..high"]. */
const dates = (text: string, lang: Lang, date: string) =>
  extractClaims(makeDocument(text, { lang, date }))
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.qualifier === 'range' ? `${c.low}..${c.high}` : c.value]);

type Row = { lang: Lang; date: string; input: string; want: Array<[string, string]> };

const table = (rows: Row[]) =>
  test.for(rows)('$lang $date: $input', ({ lang, date, input, want }) => {
    expect(dates(input, lang, date)).toEqual(want);
  });

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
