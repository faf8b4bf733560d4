import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind value [unit]" per duration claim, in order. */
  durations: string[];
}

const rows: Row[] = [
  // A time word that is a multiple of a unit: "a decade" is 10 years, "a fortnight" 2 weeks.
  { lang: 'en', input: 'Uptake fell to its lowest level in more than a decade.', durations: ['a decade duration 10 year'] },
  { lang: 'en', input: 'The dispute has lasted two decades and a fortnight.', durations: ['two decades duration 20 year', 'a fortnight duration 2 week'] },
  { lang: 'nl', input: 'De vaccinatiegraad is de laagste in meer dan een decennium.', durations: ['een decennium duration 10 year'] },
  { lang: 'nl', input: 'De brug staat er al twee eeuwen.', durations: ['twee eeuwen duration 200 year'] },
  // Not in English: a "century" is also 100 in snooker and cricket.
  { lang: 'en', input: 'The tournament produced a record 86 century breaks, and Root scored a century.', durations: [] },
  // "a year earlier" after a figure is a span back, not a rate.
  { lang: 'en', input: 'Petrol stood at £1.62 a litre, down from £1.62 a year earlier.', durations: ['a year duration 1 year'] },
  { lang: 'nl', input: 'Er kwamen 94 patiënten, tegen 71 een week eerder.', durations: ['een week duration 1 week'] },
  // ... while after a figure without such a word it stays a rate.
  { lang: 'en', input: 'The army spends €40 million a day on fuel; he earns £30,000 a year before tax.', durations: [] },
  { lang: 'nl', input: 'De staking kost €40 miljoen per dag en 2 miljoen een week.', durations: [] },
  // A time unit joined by a hyphen: "a 16-year high", "a two-day visit"; an age stays an age.
  { lang: 'en', input: 'Rates are at a 16-year high after a two-day meeting and a 24-hour strike.', durations: ['16-year duration 16 year', 'two-day duration 2 day', '24-hour duration 24 hour'] },
  { lang: 'en', input: 'A 16-year-old boy was among the Six-Day War veterans.', durations: [] },
  // "14 years of Conservative government": a period, not an event name; "24 uur van Le Mans" still is one.
  { lang: 'en', input: 'Labour won, ending 14 years of Conservative government.', durations: ['14 years duration 14 year'] },
  { lang: 'nl', input: 'Na veertien jaar van Rutte komt er een nieuwe premier.', durations: ['veertien jaar duration 14 year'] },
  { lang: 'nl', input: 'De 24 uur van Le Mans wordt zonder publiek verreden.', durations: [] },
  { lang: 'en', input: 'The 24 Hours of Le Mans will be held without spectators.', durations: [] },
  // Nights count as days: "twee nachten in de cel", "for 2 nights".
  { lang: 'nl', input: 'Hij bracht twee nachten door in de cel en boekte een kamer voor 1 nacht.', durations: ['twee nachten duration 2 day', '1 nacht duration 1 day'] },
  { lang: 'en', input: 'Can I book the 9th of May for 2 nights?', durations: ['2 nights duration 2 day'] },
  { lang: 'en', input: 'Protests continued on Saturday night and last night.', durations: [] },
  // A fraction of the unit after it: "one hour and a half" is 1.5 hours, not an hour and a fraction.
  { lang: 'en', input: 'The talks took one hour and a half, after a year and a quarter of delays.', durations: ['one hour and a half duration 1.5 hour', 'a year and a quarter duration 1.25 year'] },
  { lang: 'en', input: 'It took a decade and a half; he said one hour and half is enough.', durations: ['a decade and a half duration 15 year', 'one hour and half duration 1.5 hour'] },
  // The article before "one" and a time unit is no part of the number: "a one year gap" is one year, and the
  // quarter after it part of the duration, not a fraction of its own.
  { lang: 'en', input: 'He will take a one year and a quarter gap, after a one-month delay and a one-off payment.', durations: ['one year and a quarter duration 1.25 year', 'one-month duration 1 month'] },
  // Minutes after hours are part of them: "2 hours and 15 minutes" is 2.25 hours (minutes alone are no claim).
  { lang: 'en', input: 'The surgery lasted 2 hours and 15 minutes, the recovery 40 minutes.', durations: ['2 hours and 15 minutes duration 2.25 hour'] },
  { lang: 'en', input: 'Records longer than 1 hour and 30 minutes were kept.', durations: ['1 hour and 30 minutes duration 1.5 hour'] },
  { lang: 'nl', input: 'De operatie duurde 2 uur en 45 minuten.', durations: ['2 uur en 45 minuten duration 2.75 hour'] },
  // ... not minutes that start a clause of their own, nor 60 or more.
  { lang: 'en', input: 'It took 4 hours, and 20 minutes of that was spent in traffic.', durations: ['4 hours duration 4 hour'] },
  { lang: 'en', input: 'The delay was 3 hours and 75 minutes more than planned.', durations: ['3 hours duration 3 hour'] },
  { lang: 'nl', input: 'Het duurde een jaar en een half.', durations: ['een jaar en een half duration 1.5 year'] },
  // One whole unit: "all day", "de hele maand"; not "all-day", nor "all year round" (always).
  { lang: 'en', input: 'Talks went on all week, and an all-day event is open all year round.', durations: ['all week duration 1 week'] },
  { lang: 'nl', input: 'Het regende de hele maand en hele dag.', durations: ['de hele maand duration 1 month', 'hele dag duration 1 day'] },
  // A vague number of units is a vague duration (the value its low end): "several weeks" 3..9, "een paar uur" 2..5.
  { lang: 'en', input: 'The talks lasted several weeks; a few days later, some days were calm.', durations: ['several weeks duration 3 week', 'a few days duration 2 day'] },
  { lang: 'nl', input: 'Het duurde een paar uur, binnen enkele weken volgt meer.', durations: ['een paar uur duration 2 hour'] },
  // An "h" glued to digits is hours ("for 3h", "a 24h strike"); not a clock time after "at" / "from" / "to",
  // nor "5h30", a code ("A3h") or a capital ("3H"); Dutch "15h" is a clock time.
  { lang: 'en', input: 'He left for 3h, then a 24h strike and 1.5h of talks.', durations: ['3h duration 3 hour', '24h duration 24 hour', '1.5h duration 1.5 hour'] },
  { lang: 'en', input: 'Doors open at 9h, from 9h to 17h, at 5h30; the A3h and 3H models.', durations: [] },
  { lang: 'nl', input: 'De winkel gaat open om 9h en sluit 17h.', durations: [] },
  // Durations in falling units joined by "and" are one, in the finest unit when the parts convert exactly;
  // not units that rise, nor a chain that runs on into another figure.
  { lang: 'en', input: 'He was jailed for six years and eight months; the trial took 3 weeks and 2 days.', durations: ['six years and eight months duration 80 month', '3 weeks and 2 days duration 23 day'] },
  { lang: 'nl', input: 'Hij kreeg 2 jaar en 3 maanden cel.', durations: ['2 jaar en 3 maanden duration 27 month'] },
  { lang: 'en', input: 'The talks lasted 2 days and 3 weeks; he served 3 years and 2 months, and 5 days later left.', durations: ['2 days duration 2 day', '3 weeks duration 3 week', '3 years duration 3 year', '2 months duration 2 month', '5 days duration 5 day'] },
  // Months with weeks or days convert to no one unit: apart, unless tied to the article date (below).
  { lang: 'en', input: 'It took 3 months and 2 weeks.', durations: ['3 months duration 3 month', '2 weeks duration 2 week'] },
  // "hr", "hrs": hours, not a count.
  { lang: 'en', input: 'Meet at 2pm for 1 hr; the strike ended 2 hrs early.', durations: ['1 hr duration 1 hour', '2 hrs duration 2 hour'] },
  { lang: 'nl', input: 'Hij neemt een jaar en een kwart vrij.', durations: ['een jaar en een kwart duration 1.25 year'] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.filter((c) => c.kind === 'duration').map((c) => `${c.text} ${c.kind} ${c.value} ${c.unit}`)).toEqual(row.durations);
  // A part of a duration ("and a quarter", "and a half") is never a fraction of its own.
  expect(claims.filter((c) => c.kind === 'fraction' && claims.some((d) => d.kind === 'duration' && d.start <= c.start && c.end <= d.end))).toEqual([]);
});

interface AnchorRow {
  lang: Lang;
  input: string;
  date?: string;
  /** "text value unit anchor [low..high]" per duration claim, in order. */
  durations: string[];
}

/** A duration tied to the article date by the words before it: its anchor and, on a day-grain date, the days it covers. */
const anchorRows: AnchorRow[] = [
  { lang: 'nl', input: 'Wat is er in de afgelopen 5 jaren gebeurd?', date: '2018-08-30', durations: ['5 jaren 5 year before 2013-08-30..2018-08-29'] },
  { lang: 'nl', input: 'De huizenprijzen stegen de afgelopen twaalf maanden fors.', date: '2020-06-03', durations: ['twaalf maanden 12 month before 2019-06-03..2020-06-02'] },
  { lang: 'nl', input: 'Het KNMI verwacht de komende drie dagen veel regen.', date: '2018-03-23', durations: ['drie dagen 3 day after 2018-03-24..2018-03-26'] },
  { lang: 'nl', input: 'Wat zal er in de 2 aankomende maanden gebeuren?', date: '2018-08-30', durations: ['2 aankomende maanden 2 month after 2018-08-31..2018-10-30'] },
  { lang: 'nl', input: 'De werkloosheid daalde voor het eerst in drie maanden.', date: '2020-06', durations: ['drie maanden 3 month before'] },
  { lang: 'en', input: 'What happened in the last 3 months?', date: '2016-11-07', durations: ['3 months 3 month before 2016-08-07..2016-11-06'] },
  { lang: 'en', input: 'Prices have risen over the past 10 weeks.', date: '2018-08-30', durations: ['10 weeks 10 week before 2018-06-21..2018-08-29'] },
  { lang: 'en', input: 'What will happen in the 5 upcoming years?', date: '2018-08-30', durations: ['5 upcoming years 5 year after 2018-08-31..2023-08-30'] },
  // A multiple alone after an anchor word is one of it: "the past decade" is 10 years, "the past fortnight" 2 weeks.
  { lang: 'en', input: 'Growth over the past decade was slow, and cases rose over the last fortnight.', date: '2021-05-20', durations: ['decade 10 year before 2011-05-20..2021-05-19', 'fortnight 2 week before 2021-05-06..2021-05-19'] },
  { lang: 'nl', input: 'In het afgelopen decennium groeide de stad.', date: '2021-05-20', durations: ['decennium 10 year before 2011-05-20..2021-05-19'] },
  { lang: 'en', input: 'It was the last decade of the century; decades passed.', date: '2021-05-20', durations: [] },
  // "binnen" / "within": from the article date itself.
  { lang: 'nl', input: 'Ik zal terug zijn binnen de komende 10 maanden.', date: '2018-03-23', durations: ['10 maanden 10 month after 2018-03-23..2019-01-22'] },
  // A unit after "within" and an anchor word is a span of one unit from the article date, not next week, month or
  // day as a date; "next week" alone stays the date.
  { lang: 'en', input: 'They will respond within the next month, and talks resume next week.', date: '2018-08-30', durations: ['month 1 month after 2018-08-30..2018-09-29'] },
  { lang: 'en', input: 'He replied within the next day; prices fell within the past year.', date: '2018-08-30', durations: ['day 1 day', 'year 1 year before 2017-08-30..2018-08-29'] },
  { lang: 'nl', input: 'Een besluit volgt binnen de komende week.', date: '2018-08-30', durations: ['week 1 week after 2018-08-30..2018-09-05'] },
  // "next" counts from the article date only with a future cue: in a story told in the past it counts from the story's day.
  { lang: 'en', input: 'Forecasters say it will rain for the next five days.', date: '2018-03-23', durations: ['five days 5 day after 2018-03-24..2018-03-28'] },
  { lang: 'en', input: 'Over the next three days, the troops advanced.', date: '2018-03-23', durations: ['three days 3 day'] },
  { lang: 'nl', input: 'De volgende drie dagen bleef hij binnen.', date: '2018-03-23', durations: ['drie dagen 3 day'] },
  // Followed by "of" / "van", the period belongs to what follows: the first or last units of a written period.
  { lang: 'en', input: 'Maintenance is scheduled for the last 3 weeks of this year.', date: '2019-06-01', durations: ['3 weeks 3 week to 2019-12-11..2019-12-31'] },
  { lang: 'en', input: 'The results for the last four months of 2021 have been listed.', date: '2022-06-01', durations: ['four months 4 month to 2021-09-01..2021-12-31'] },
  { lang: 'nl', input: 'In de eerste drie maanden van dit jaar kromp de economie.', date: '2020-06-03', durations: ['drie maanden 3 month from 2020-01-01..2020-03-31'] },
  { lang: 'en', input: 'In the first 14 months of 2020 nothing happened.', date: '2022-06-01', durations: ['14 months 14 month'] },
  { lang: 'nl', input: 'In de laatste twee weken van de campagne viel hij terug.', date: '2019-06-01', durations: ['twee weken 2 week'] },
  // A qualifier keeps the anchor but not the days: "ruim vijf jaar" is no exact span.
  { lang: 'nl', input: 'De afgelopen ruim vijf jaar verdubbelde het aantal.', date: '2019-06-01', durations: ['vijf jaar 5 year before'] },
  // A duration starting on the day written after it.
  { lang: 'en', input: 'Schedule replies for 3 days starting from next Monday.', date: '2019-10-07', durations: ['3 days 3 day from 2019-10-14..2019-10-16'] },
  { lang: 'en', input: 'Set out of office for a week starting tomorrow.', date: '2019-10-07', durations: ['a week 1 week from 2019-10-08..2019-10-14'] },
  { lang: 'en', input: 'Set out of office for 3 days, from today.', date: '2018-05-23', durations: ['3 days 3 day from 2018-05-23..2018-05-25'] },
  { lang: 'en', input: 'The curfew will last for two weeks from Monday.', date: '2018-05-23', durations: ['two weeks 2 week from 2018-05-21..2018-06-03'] },
  { lang: 'nl', input: 'De staking duurt twee weken, met ingang van 1 mei.', date: '2019-10-07', durations: ['twee weken 2 week from 2019-05-01..2019-05-14'] },
  // A word between number and unit that ties the span to no date ("more", "further"): still one duration, not a
  // count, with no anchor. "the two previous months" counts months (test/articles/en/09).
  { lang: 'en', input: 'It needs two further years of work, 3 more days and 2 additional weeks.', date: '2018-08-30', durations: ['two further years 2 year', '3 more days 3 day', '2 additional weeks 2 week'] },
  { lang: 'en', input: 'Figures for the two previous months were revised.', date: '2018-08-30', durations: [] },
  // Months, weeks and days tied to the article date are one span, the days they cover; not when the last part is
  // a date of its own ("and 2 days ago").
  { lang: 'en', input: 'They worked on the problem for the last 3 months and 2 weeks and 2 days.', date: '2016-11-07', durations: ['3 months and 2 weeks and 2 days 108 day before 2016-07-22..2016-11-06'] },
  { lang: 'en', input: 'They worked on the problem for the last 3 months and 2 weeks and 2 days ago they found a solution', date: '2016-11-07', durations: ['3 months 3 month before 2016-08-07..2016-11-06', '2 weeks 2 week'] },
  { lang: 'en', input: 'Over the past 2 years and 6 months prices rose.', date: '2016-11-07', durations: ['2 years and 6 months 30 month before 2014-05-07..2016-11-06'] },
  // "3 next week" is three of something next week, not a duration.
  { lang: 'en', input: 'We will be only 3 next week.', date: '2019-06-01', durations: [] },
];

test.for(anchorRows)('anchored, $lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: row.date ?? '2024-06-19' });
  const claims = extractClaims(doc);
  const show = (c: (typeof claims)[number]) =>
    c.kind !== 'duration' ? '' : [c.text, c.value, c.unit, c.anchor, c.covers ? `${c.covers.low}..${c.covers.high}` : undefined].filter((x) => x !== undefined).join(' ');
  expect(claims.filter((c) => c.kind === 'duration').map(show)).toEqual(row.durations);
});

test('a number before "more" or "further" and a time unit is no count', () => {
  const doc = makeDocument('It needs two further years of work, 3 more days and 2 additional weeks.', { lang: 'en', date: '2018-08-30' });
  expect(extractClaims(doc).filter((c) => c.kind === 'count')).toEqual([]);
});

test('"within the next day", "binnen de komende week" make no date of the next day or week', () => {
  for (const [lang, input] of [['en', 'He replied within the next day and will decide within the next week.'], ['nl', 'Een besluit volgt binnen de komende week.']] as const) {
    const claims = extractClaims(makeDocument(input, { lang, date: '2018-08-30' }));
    expect(claims.filter((c) => c.kind === 'date')).toEqual([]);
  }
});
