import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/extract/engine.js';
import { easterSunday } from '../../src/extract/common/holiday-extractor.js';
import { makeDocument } from '../helpers/documents.js';
import { dates, dateTable as table } from '../helpers/date-table.js';

describe('"N units ago" is a date at the grain of its unit, not a duration', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Drie maanden geleden kwam hij terug.', want: [['Drie maanden geleden', '2016-08']] },
    { lang: 'en', date: '2018-10-17', input: 'The typhoon hit Manila two months ago, killing at least 200.', want: [['two months ago', '2018-08']] },
    { lang: 'nl', date: '2016-11-07', input: 'In de komende dagen valt het besluit.', want: [] },
    // Several units: the finest is the grain; after a period chrono joined to the count, the count still is a date.
    { lang: 'en', date: '2016-11-07', input: 'Two weeks and 2 days ago they found a solution.', want: [['Two weeks and 2 days ago', '2016-10-22']] },
    { lang: 'en', date: '2016-11-07', input: 'They worked for the last 3 months and 2 days ago they found a solution.', want: [['2 days ago', '2016-11-05']] },
    { lang: 'en', date: '2016-11-07', input: 'We tried for the past year and 3 months ago it worked.', want: [['past year', '2015'], ['3 months ago', '2016-08']] },
  ]);
});

describe('a day part glued to a day: "vanavond", "gisteravond", "tonight", "this morning"', () => {
  table([
    { lang: 'en', date: '2020-07-01', input: 'See you tonite, honey!', want: [['tonite', '2020-07-01']] },
    { lang: 'nl', date: '2016-11-07', input: 'Gisteravond brak er brand uit.', want: [['Gisteravond', '2016-11-06']] },
    { lang: 'nl', date: '2018-08-16', input: 'Het gebeurde afgelopen nacht in Utrecht.', want: [['afgelopen nacht', '2018-08-15']] },
    { lang: 'nl', date: '2016-11-07', input: 'De minister sprak vanmorgen in Den Haag.', want: [['vanmorgen', '2016-11-07']] },
    { lang: 'en', date: '2016-11-07', input: 'The vote is at 10, tonight.', want: [['10, tonight', '2016-11-07']] },
  ]);
});

describe('lower-case month names are months, except the ones that are also words', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'the treaty of july 4th of 1995', want: [['july 4th of 1995', '1995-07-04']] },
    { lang: 'en', date: '2020-06-03', input: 'Prices may rise in late may, they said.', want: [] },
    { lang: 'en', date: '2020-06-03', input: 'Thousands joined the march on Sunday.', want: [['Sunday', '2020-05-31']] },
    // ... but after "in" they are the month, and so is a lower-case short name ("in dec"), not a name's possessive.
    { lang: 'en', date: '2018-01-07', input: 'It may be in may.', want: [['may', '2017-05']] },
    { lang: 'en', date: '2016-11-07', input: 'In dec the farm opens, and in jan\'s car we went.', want: [['dec', '2015-12']] },
    { lang: 'nl', date: '2016-11-07', input: 'In okt kwam hij terug.', want: [['okt', '2016-10']] },
    { lang: 'en', date: '2018-09-07', input: 'What will happen between august and october?', want: [['august and october', '2018-08-01..2018-10-31']] },
  ]);
});

describe('a weekday with a clock time in words ("wednesday 4 oclock") is the weekday', () => {
  table([
    { lang: 'en', date: '2019-04-15', input: "I'll be there on wednesday 4 oclock.", want: [['wednesday 4 oclock', '2019-04-10']] },
    { lang: 'en', date: '2019-04-15', input: "They met Friday at 6 o'clock.", want: [["Friday at 6 o'clock", '2019-04-12']] },
    // Clock times around one written day are that day, not a range into the next ("3" read as 3 a.m.).
    { lang: 'en', date: '2018-05-31', input: 'It will happen from 10:30 to 3 on 1/1/2015.', want: [['10:30 to 3 on 1/1/2015', '2015-01-01']] },
  ]);
});

describe('a day of the month as an ordinal word or after the month', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Ik ga de tweede van augustus terug.', want: [['de tweede van augustus', '2016-08-02']] },
    { lang: 'nl', date: '2016-11-07', input: 'Het verdrag is van vierde juli van 1995.', want: [['vierde juli van 1995', '1995-07-04']] },
    { lang: 'nl', date: '2020-07-01', input: 'We komen op de drieëntwintigste dag van september terug.', want: [['de drieëntwintigste dag van september', '2019-09-23']] },
    { lang: 'en', date: '2019-04-25', input: 'They met on February twenty-second.', want: [['February twenty-second', '2019-02-22']] },
    { lang: 'en', date: '2016-11-07', input: 'It was the fourth of July, 1995.', want: [['the fourth of July, 1995', '1995-07-04']] },
    // A comma before a year-like number with no day: a count after the month, not its year.
    { lang: 'en', date: '2020-06-03', input: 'In July, 2000 people fled the city.', want: [['July', '2019-07']] },
  ]);
});

describe('a weekday with a day of the month and no month: the nearest month where they agree', () => {
  table([
    { lang: 'nl', date: '2019-01-25', input: 'Heb je een afspraak op maandag 21!', want: [['maandag 21', '2019-01-21']] },
    { lang: 'nl', date: '2021-03-15', input: 'We spreken af op vrijdag de 26e om 4.', want: [['vrijdag de 26e', '2021-03-26']] },
    { lang: 'nl', date: '2019-06-10', input: 'Koffie op dinsdag de elfde.', want: [['dinsdag de elfde', '2019-06-11']] },
    { lang: 'en', date: '2022-05-01', input: "I'll go back Mon 13th", want: [['Mon 13th', '2022-06-13']] },
    { lang: 'en', date: '2019-02-25', input: 'Any plans on Friday 31!', want: [['Friday 31', '2019-05-31']] },
    // A number after a weekday that counts something is no day of the month. (chrono reads "21" as an
    // hour there, which drops the weekday too: a known gap, but no false date.)
    { lang: 'en', date: '2019-01-25', input: 'On Monday 21 people were killed.', want: [] },
    { lang: 'nl', date: '2019-01-25', input: 'Hij zat de 4e keer in de finale.', want: [] },
  ]);
});

describe('a list of days before a month, and a day alone after "op de" / "on the"', () => {
  table([
    { lang: 'en', date: '2018-08-29', input: 'The summit is on 18 and 19 June.', want: [['18', '2018-06-18'], ['19 June', '2018-06-19']] },
    { lang: 'nl', date: '2018-08-29', input: 'De top is op 18 en 19 juni.', want: [['18', '2018-06-18'], ['19 juni', '2018-06-19']] },
    { lang: 'en', date: '2018-08-07', input: 'The vote was held on the 18th.', want: [['the 18th', '2018-07-18']] },
    { lang: 'nl', date: '2018-10-24', input: 'Ik ga om zeven uur terug op de 15e', want: [['de 15e', '2018-10-15']] },
    { lang: 'en', date: '2018-08-07', input: 'He finished on the 4th hole.', want: [] },
  ]);
});

describe('named days: Easter, Christmas, Koningsdag, Black Friday', () => {
  test('Easter Sunday', () => {
    expect([2016, 2018, 2019, 2020, 2024].map((y) => easterSunday(y))).toEqual([
      { year: 2016, month: 3, day: 27 }, { year: 2018, month: 4, day: 1 }, { year: 2019, month: 4, day: 21 },
      { year: 2020, month: 4, day: 12 }, { year: 2024, month: 3, day: 31 },
    ]);
  });
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Ik zal teruggaan op Pasen 2018', want: [['Pasen 2018', '2018-04-01']] },
    { lang: 'nl', date: '2019-03-12', input: 'Wanneer was de laatste Pasen?', want: [['laatste Pasen', '2018-04-01']] },
    { lang: 'nl', date: '2019-02-12', input: 'Wanneer is de volgende Pasen?', want: [['volgende Pasen', '2019-04-21']] },
    { lang: 'nl', date: '2020-08-17', input: 'Op de vorige koningsdag was het stil.', want: [['vorige koningsdag', '2020-04-27']] },
    { lang: 'nl', date: '2019-08-05', input: 'Wat gebeurde er op Tweede Paasdag om 10.30?', want: [['Tweede Paasdag om 10.30', '2019-04-22']] },
    { lang: 'en', date: '2016-11-07', input: "I'll go back on black friday 2010", want: [['black friday 2010', '2010-11-26']] },
    { lang: 'en', date: '2019-08-05', input: 'What happened on Easter Monday at 10:30 am?', want: [['Easter Monday at 10:30 am', '2019-04-22']] },
    { lang: 'en', date: '2019-08-05', input: 'Films are shown on Christmas Eve.', want: [['Christmas Eve', '2018-12-24']] },
    // A one-word name needs a cue: "Christmas trees" names no day.
    { lang: 'en', date: '2019-08-05', input: 'Christmas trees were sold out.', want: [] },
    { lang: 'nl', date: '2019-08-05', input: 'Met Kerst was het druk.', want: [['Kerst', '2018-12-25']] },
  ]);
});

describe('British English (lang: en-GB) writes digit dates day first', () => {
  const british = (input: string, date: string) =>
    extractClaims(makeDocument(input, { lang: 'en', date, dayFirst: true }))
      .filter((c) => c.kind === 'date')
      .map((c) => [c.text, c.qualifier === 'range' ? `${c.low}..${c.high}` : c.value]);
  test.for([
    { input: "I'll go back 5/3/18 @ 17:49:19", date: '2018-05-01', want: [['5/3/18', '2018-03-05']] },
    { input: 'My vacation is from 10/1/2018 - 10/7/2018', date: '2018-10-24', want: [['10/1/2018 - 10/7/2018', '2018-01-10..2018-07-10']] },
    { input: 'I will leave from 5/1-5/7/2020', date: '2018-10-24', want: [['5/1-5/7/2020', '2020-01-05..2020-07-05']] },
    { input: 'The vote was on Wednesday 4/12.', date: '2019-12-10', want: [['Wednesday 4/12', '2019-12-04']] },
    // Month names keep either order.
    { input: 'It opened on July 4 and closed on 5 August.', date: '2019-11-20', want: [['July 4', '2019-07-04'], ['5 August', '2019-08-05']] },
  ])('$input', ({ input, date, want }) => {
    expect(british(input, date)).toEqual(want);
  });
  test('American English keeps month first', () => {
    expect(dates("I'll go back 5/3/18", 'en', '2018-05-01')).toEqual([['5/3/18', '2018-05-03']]);
  });
});

describe('two days in digits with a month in words: "from 4-23 in next month", "volgende maand van 4-23"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: "I'll be out from 4-23 in next month.", want: [['from 4-23 in next month', '2016-12-04..2016-12-23']] },
    { lang: 'nl', date: '2016-11-07', input: 'Ik ben volgende maand van 4-23 weg.', want: [['volgende maand van 4-23', '2016-12-04..2016-12-23']] },
    // A score is no range of days: the second number is the smaller.
    { lang: 'nl', date: '2016-11-07', input: 'In mei van 3-2 won Ajax.', want: [['mei', '2016-05']] },
  ]);
});

describe('a weekday placed by a week before or after it: "next week Mon", "Wednesday evening next week", "woensdag volgende week"', () => {
  table([
    { lang: 'en', date: '2017-12-04', input: 'Schedule a meeting next week Mon 9 am.', want: [['next week Mon', '2017-12-11']] },
    { lang: 'en', date: '2017-12-04', input: 'Set something up for Wednesday evening next week.', want: [['Wednesday evening next week', '2017-12-13']] },
    { lang: 'en', date: '2017-12-04', input: 'The vote is on Monday next week, after Tuesday of last week.', want: [['Monday next week', '2017-12-11'], ['Tuesday of last week', '2017-11-28']] },
    { lang: 'nl', date: '2017-12-04', input: 'De stemming is woensdag volgende week.', want: [['woensdag volgende week', '2017-12-13']] },
    // An abbreviation that is also a word, or in lower case, is no weekday.
    { lang: 'en', date: '2017-12-04', input: 'The man who last week sat in the chair left.', want: [['last week', '2017-W48']] },
    { lang: 'nl', date: '2017-12-04', input: 'Hij is volgende week vrij.', want: [] },
  ]);
});

describe('a bare hour after a date ("next year at 6") leaves the date; a bare number read as an hour is no date', () => {
  table([
    { lang: 'en', date: '2022-04-29', input: 'Meet me next year at 6.', want: [['next year', '2023']] },
    { lang: 'en', date: '2022-04-29', input: 'The board meets next month at 6.', want: [['next month', '2022-05']] },
    { lang: 'en', date: '2016-11-07', input: 'Numbers rose from 250 to 300 last year.', want: [] },
    { lang: 'nl', date: '2019-08-07', input: 'Ik zal vrijdag 23 om 4 teruggaan', want: [['vrijdag 23', '2019-08-23']] },
  ]);
});

describe('a count of days, weeks or months from a date is one date', () => {
  table([
    { lang: 'nl', date: '2018-05-31', input: 'Ben je twee dagen na vandaag beschikbaar?', want: [['twee dagen na vandaag', '2018-06-02']] },
    { lang: 'nl', date: '2016-11-07', input: 'Ik ga terug vier dagen gerekend vanaf gisteren', want: [['vier dagen gerekend vanaf gisteren', '2016-11-10']] },
    { lang: 'en', date: '2016-11-07', input: 'It happened 2 weeks before May 13 1999.', want: [['2 weeks before May 13 1999', '1999-04-29']] },
    { lang: 'en', date: '2018-05-31', input: 'Where were you two days before yesterday?', want: [['two days before yesterday', '2018-05-28']] },
    // "from now" counts from the article date; a weekday next to the count is that weekday of the moved day's week.
    { lang: 'en', date: '2016-11-09', input: 'Results are due 3 days from now.', want: [['3 days from now', '2016-11-12']] },
    { lang: 'nl', date: '2021-01-02', input: 'De uitslag komt drie weken vanaf nu.', want: [['drie weken vanaf nu', '2021-01-23']] },
    { lang: 'en', date: '2016-11-09', input: "I'll go back Monday two weeks from now.", want: [['Monday two weeks from now', '2016-11-21']] },
    { lang: 'en', date: '2021-01-02', input: "I'll go back Thursday, two year from now.", want: [['Thursday, two year from now', '2023-01-05']] },
    { lang: 'en', date: '2021-01-02', input: "I'll go back 3 weeks after Christmas on Friday.", want: [['3 weeks after Christmas on Friday', '2022-01-14']] },
    { lang: 'en', date: '2021-01-02', input: 'For the first 3 days from now on, it rains.', want: [] },
    // A qualified count is a stretch of days: before the moved day, from it on, or up to it.
    { lang: 'en', date: '2018-06-12', input: 'I finished all my work more than 2 weeks before today.', want: [['more than 2 weeks before today', '2018-05-28']] },
    { lang: 'en', date: '2018-05-29', input: 'This task will start more than 2 weeks after today.', want: [['more than 2 weeks after today', '2018-06-12']] },
    { lang: 'en', date: '2018-05-29', input: 'This task will be done less than 3 days after tomorrow.', want: [['less than 3 days after tomorrow', '2018-05-30..2018-06-01']] },
    { lang: 'nl', date: '2018-05-29', input: 'De taak had meer dan 2 dagen voor gisteren klaar moeten zijn.', want: [['meer dan 2 dagen voor gisteren', '2018-05-25']] },
    // After an article the count is a period: no date is moved.
    { lang: 'en', date: '2016-11-07', input: 'Sales rose in the two weeks before Christmas.', want: [['Christmas', '2015-12-25']] },
  ]);
});

describe('a weekday with a written date keeps the date ("deze vrijdag 12/5"), 29 February finds its leap year', () => {
  table([
    { lang: 'nl', date: '2019-05-20', input: 'Deze taak moet deze vrijdag 12/5 gedaan worden', want: [['deze vrijdag 12/5', '2019-05-12']] },
    { lang: 'nl', date: '2017-03-22', input: 'Het gebeurde op 29 feb.', want: [['29 feb.', '2016-02-29']] },
    { lang: 'nl', date: '2019-04-15', input: 'Ik zal daar op woensdag 4 uur zijn.', want: [['woensdag 4 uur', '2019-04-10']] },
  ]);
});

describe('a future cue moves a day of a month or a named day to the coming one, also when counted from', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'It will happen 3 days after January 12th.', want: [['3 days after January 12th', '2017-01-15']] },
    { lang: 'nl', date: '2016-11-07', input: 'Het zal 3 dagen vanaf dinsdag gebeuren', want: [['3 dagen vanaf dinsdag', '2016-11-11']] },
    { lang: 'nl', date: '2016-11-07', input: 'We zullen 5 dagen voor nieuwjaar afspreken', want: [['5 dagen voor nieuwjaar', '2016-12-27']] },
    { lang: 'nl', date: '2016-11-07', input: 'De raad zal op 15 januari beslissen.', want: [['15 januari', '2017-01-15']] },
    { lang: 'en', date: '2016-11-07', input: 'The council will decide at Christmas.', want: [['Christmas', '2016-12-25']] },
    // No cue, or a year: the date stays.
    { lang: 'nl', date: '2016-11-07', input: 'De raad besliste op 15 januari.', want: [['15 januari', '2016-01-15']] },
    { lang: 'en', date: '2016-11-07', input: 'It will be as it was on January 15, 2016.', want: [['January 15, 2016', '2016-01-15']] },
  ]);
});

describe('words before a date that change its day: "de 15e van volgende maand", "volgende 12/5"', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Ik ga 20 ste van de volgende maand terug', want: [['20 ste van de volgende maand', '2016-12-20']] },
    { lang: 'en', date: '2020-07-01', input: 'We will come back on the 15th day of next month', want: [['the 15th day of next month', '2020-08-15']] },
    { lang: 'nl', date: '2019-05-20', input: 'Deze taak moet volgende 12/5 gedaan worden', want: [['volgende 12/5', '2020-05-12']] },
    { lang: 'en', date: '2019-05-20', input: 'This task should be done next 6th of April', want: [['next 6th of April', '2020-04-06']] },
    { lang: 'en', date: '2019-05-20', input: 'The next 10 days matter.', want: [] },
    // Without "of" only after the article: "the 21st this month", not a placing ("finished 3rd this month").
    { lang: 'en', date: '2018-08-08', input: 'Set something up around the 21st this month.', want: [['the 21st this month', '2018-08-21']] },
    { lang: 'en', date: '2018-08-16', input: 'He finished 3rd this month.', want: [['this month', '2018-08']] },
  ]);
});

describe('a weekday with a day and month in digits keeps both; a score after a weekday is no date', () => {
  table([
    { lang: 'nl', date: '2018-05-16', input: 'Het overleg is op maandag 12/4.', want: [['maandag 12/4', '2018-04-12']] },
    { lang: 'nl', date: '2018-05-16', input: 'Ajax won zondag 2-1.', want: [['zondag', '2018-05-13']] },
  ]);
});

describe('a number glued to a currency sign or a clock time is not the day of the month after it', () => {
  table([
    { lang: 'en', date: '2019-07-04', input: 'I bought it for $12 December 27', want: [['December 27', '2018-12-27']] },
    { lang: 'en', date: '2019-07-04', input: "Let's have a meeting in 12:30 december 27th", want: [['december 27th', '2018-12-27']] },
  ]);
});

describe('a date range is one claim: qualifier range, its first and last day', () => {
  table([
    { lang: 'nl', date: '2018-06-01', input: 'Ik ben weg van mei tot okt 2020.', want: [['mei tot okt 2020', '2020-05-01..2020-10-31']] },
    { lang: 'nl', date: '2018-06-01', input: 'APEC vond plaats nov-feb 2017.', want: [['nov-feb 2017', '2016-11-01..2017-02-28']] },
    { lang: 'en', date: '2018-06-01', input: 'APEC was held Nov 18-Dec 19, 2015.', want: [['Nov 18-Dec 19, 2015', '2015-11-18..2015-12-19']] },
    { lang: 'en', date: '2018-06-01', input: 'APEC was held jan-feb 2017.', want: [['jan-feb 2017', '2017-01-01..2017-02-28']] },
    { lang: 'nl', date: '2018-06-01', input: 'Wat gebeurde er tussen augustus en oktober?', want: [['augustus en oktober', '2017-08-01..2017-10-31']] },
    { lang: 'nl', date: '2018-06-01', input: 'Ik ben tussen 3 en 12 sept weg.', want: [['3 en 12 sept', '2017-09-03..2017-09-12']] },
    { lang: 'nl', date: '2018-06-01', input: 'Het bereik is van 2014 tot 2018.', want: [['2014 tot 2018', '2014-01-01..2018-12-31']] },
    { lang: 'en', date: '2018-06-01', input: 'Sales rose in 2014-2018.', want: [['2014-2018', '2014-01-01..2018-12-31']] },
    // Not ranges: a reference period before a noun, days named by their weekday.
    { lang: 'en', date: '2018-06-01', input: 'It was 1.5 degrees above the 1991-2020 average.', want: [] },
    { lang: 'nl', date: '2023-11-02', input: 'De brandweer rukte tussen woensdagavond en donderdagmiddag 350 keer uit.', want: [['woensdagavond', '2023-11-01'], ['donderdagmiddag', '2023-11-02']] },
  ]);
  test('the range spans both ends', () => {
    const [claim] = extractClaims(makeDocument('Ik ben weg van mei tot okt 2020.', { lang: 'nl', date: '2018-06-01' }));
    expect(claim).toMatchObject({ kind: 'date', qualifier: 'range', value: '2020-05', low: '2020-05-01', high: '2020-10-31', grain: 'month' });
  });
});

describe('month abbreviations at both ends of a range, and a range ahead after a future cue', () => {
  table([
    { lang: 'en', date: '2018-06-01', input: 'What will happen from Sep to Nov', want: [['Sep to Nov', '2018-09-01..2018-11-30']] },
    { lang: 'en', date: '2018-06-01', input: 'It ran from Nov to March.', want: [['Nov to March', '2017-11-01..2018-03-31']] },
    { lang: 'en', date: '2018-06-01', input: 'What will happen between August and October', want: [['August and October', '2018-08-01..2018-10-31']] },
    // An abbreviation alone is still no month ("Jan Peeters").
    { lang: 'nl', date: '2018-06-01', input: 'Jan Peeters kwam in maart terug.', want: [['maart', '2018-03']] },
  ]);
});

describe('decades and centuries are ranges of years', () => {
  table([
    { lang: 'nl', date: '2018-06-01', input: "Wie waren presidenten in de jaren '90?", want: [["jaren '90", '1990-01-01..1999-12-31']] },
    { lang: 'nl', date: '2018-06-01', input: 'Het kasteel stamt uit de 15e eeuw.', want: [['15e eeuw', '1400-01-01..1499-12-31']] },
    { lang: 'en', date: '2018-06-01', input: 'Growth was faster in the 1990s.', want: [['1990s', '1990-01-01..1999-12-31']] },
    { lang: 'en', date: '2018-06-01', input: 'It is the twentieth century all over again.', want: [['twentieth century', '1900-01-01..1999-12-31']] },
    { lang: 'en', date: '2018-06-01', input: 'He is in his 90s; temperatures were in the 90s.', want: [] },
    // A decade's "s" split off the year before punctuation ("in 1990 s."); a two-digit "90 s" may be seconds, and a
    // year with an "s" before more words is the year.
    { lang: 'en', date: '2016-11-07', input: 'Who were US presidents in 1990 s.', want: [['1990 s', '1990-01-01..1999-12-31']] },
    { lang: 'en', date: '2016-11-07', input: 'He finished in 90 s. The record set in 2000 s and more.', want: [['2000', '2000']] },
  ]);
});

describe('"deze week" / "this week" is the article\'s week; "aanstaande september" / "last November" move past its month', () => {
  table([
    { lang: 'nl', date: '2018-05-20', input: 'Elke week en een ander ding deze week', want: [['deze week', '2018-W20']] },
    { lang: 'en', date: '2018-05-20', input: 'I am there this week.', want: [['this week', '2018-W20']] },
    { lang: 'nl', date: '2016-11-07', input: 'Ik ben aanstaande september weg', want: [['aanstaande september', '2017-09']] },
    { lang: 'en', date: '2016-11-07', input: 'It happened last November.', want: [['last November', '2015-11']] },
  ]);
});

describe('no date in "May I ask", in a decimal or in a code', () => {
  table([
    { lang: 'en', date: '2018-01-07', input: 'Yes. May I ask why?', want: [] },
    { lang: 'en', date: '2018-01-07', input: 'In May we counted 300 cases.', want: [['May', '2017-05']] },
    { lang: 'en', date: '2016-11-07', input: 'Labs were notable for a BUN/Cr of 30/4.85, troponin 0.182', want: [] },
    { lang: 'nl', date: '2020-05-14', input: 'De code van dit object is 133-03-03-2020', want: [] },
    { lang: 'nl', date: '2019-09-05', input: '0.8/15 ziet eruit als een formule', want: [] },
  ]);
});
