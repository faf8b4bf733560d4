import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { dateTable as table } from '../helpers/date-table.js';

describe('a placed weekday opening a range: "from next Monday to Friday", "from next Friday to Oct 1st 2020"', () => {
  table([
    // 2019-09-05 is a Thursday: next Monday is the 9th, and the Friday after it the 13th (read alone, "Friday" was the 30th of August).
    { lang: 'en', date: '2019-09-05', input: 'The plant will close from next Monday to Friday.', want: [['next Monday to Friday', '2019-09-09..2019-09-13']] },
    { lang: 'en', date: '2019-09-05', input: 'Talks run between next Monday and Wednesday.', want: [['next Monday and Wednesday', '2019-09-09..2019-09-11']] },
    { lang: 'en', date: '2019-09-05', input: 'The road is shut from this Friday to Monday.', want: [['this Friday to Monday', '2019-09-06..2019-09-09']] },
    { lang: 'en', date: '2019-07-30', input: 'The exhibition runs from next Friday to Oct 1st 2020.', want: [['next Friday to Oct 1st 2020', '2019-08-09..2020-10-01']] },
    { lang: 'nl', date: '2019-09-05', input: 'De weg is dicht van volgende maandag tot vrijdag.', want: [['volgende maandag tot vrijdag', '2019-09-09..2019-09-13']] },
  ]);
});

describe('a placed weekday does not open a range without an opener, nor before a count', () => {
  table([
    // No opener: a list of days, not a range.
    { lang: 'en', date: '2019-09-05', input: 'Next Monday to Friday are holidays, he said.', want: [['Next Monday', '2019-09-09']] },
    // The end weekday has a date of its own: it is read with it, not as the Friday after Monday.
    { lang: 'en', date: '2019-09-05', input: 'From next Monday to Friday 13 September the plant is shut.', want: [['next Monday', '2019-09-09'], ['13 September', '2018-09-13']] },
    // The end is a count, not a weekday.
    { lang: 'en', date: '2019-09-05', input: 'From next Monday to 300 workers will be laid off.', want: [['next Monday', '2019-09-09']] },
  ]);
});

describe('the article\'s moment and a clock time: "between now and eight o\'clock" is the article\'s day', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: "Officials have between now and eight o'clock to decide.", want: [["now and eight o'clock", '2016-11-07..2016-11-07']] },
    { lang: 'en', date: '2016-11-07', input: "Turnout was low between eight o'clock and now.", want: [["eight o'clock and now", '2016-11-07..2016-11-07']] },
    { lang: 'en', date: '2016-11-07', input: 'Polls are open from now until 8pm.', want: [['now until 8pm', '2016-11-07..2016-11-07']] },
    { lang: 'nl', date: '2016-11-07', input: 'Tussen nu en 20.00 uur is de weg dicht.', want: [['nu en 20.00 uur', '2016-11-07..2016-11-07']] },
  ]);
});

describe('"now" and a number that is no clock time make no day claim', () => {
  table([
    // Not written as a clock time: hours, a count or a bare number.
    { lang: 'en', date: '2016-11-07', input: 'The group grew from now 8 to 12 members.', want: [] },
    { lang: 'en', date: '2016-11-07', input: 'Between now and eight, nobody knows.', want: [] },
    { lang: 'nl', date: '2016-11-07', input: 'Tussen nu en acht uur later is het voorbij.', want: [] },
    // The clock time is another day's: not the article's day.
    { lang: 'en', date: '2016-11-07', input: 'Polls are open from now until 8pm on Friday.', want: [] },
  ]);
});

describe('the leap day in digits without a year: "2/29" is the latest 29 February', () => {
  table([
    { lang: 'en', date: '2019-03-22', input: 'The deadline was 2/29, officials said.', want: [['2/29', '2016-02-29']] },
    { lang: 'nl', date: '2019-03-22', input: 'Hij werd op 29/2 geboren.', want: [['29/2', '2016-02-29']] },
  ]);
});

describe('"2/29" as a share is no date', () => {
  test('"2/29 of the seats" stays a fraction', () => {
    const claims = extractClaims(makeDocument('Only 2/29 of the seats went to women.', { lang: 'en', date: '2019-03-22' }));
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['fraction', '2/29']]);
  });
});

describe('a day with its ordinal ending after "on", without "the": "on 29th - meet at 2pm"', () => {
  table([
    { lang: 'en', date: '2020-06-16', input: 'Coffee at Starbucks on 29th - meet at 2pm.', want: [['29th', '2020-05-29']] },
    { lang: 'en', date: '2020-06-16', input: 'They met on 12th at 4pm.', want: [['12th', '2020-06-12']] },
  ]);
});

describe('an ordinal after "on" before a word is no day', () => {
  table([
    { lang: 'en', date: '2020-06-16', input: 'He lives on 5th Avenue.', want: [] },
    { lang: 'en', date: '2020-06-16', input: 'The bill passed on 2nd reading.', want: [] },
  ]);
});

describe('the Eids, days of the Islamic calendar: "Eid al-Fitr", "het Offerfeest"', () => {
  table([
    { lang: 'en', date: '2022-06-17', input: 'Markets were busy on Eid al-Fitr.', want: [['Eid al-Fitr', '2022-05-02']] },
    { lang: 'en', date: '2022-06-17', input: 'Eid al-Adha 2023 fell on a Wednesday.', want: [['Eid al-Adha 2023', '2023-06-28'], ['Wednesday', '2022-06-15']] },
    { lang: 'en', date: '2022-06-17', input: 'Families gathered for Eid al-Fitr last year.', want: [['Eid al-Fitr last year', '2021-05-13']] },
    { lang: 'en', date: '2022-06-17', input: 'Muslims will celebrate Eid al-Adha.', want: [['Eid al-Adha', '2022-07-09']] },
    { lang: 'nl', date: '2023-05-01', input: 'Rond het Suikerfeest 2023 was het druk.', want: [['Suikerfeest 2023', '2023-04-21']] },
  ]);
});

describe('"Eid" alone names no day', () => {
  table([
    { lang: 'en', date: '2022-06-17', input: 'Eid greetings were exchanged at the mosque.', want: [] },
  ]);
});

describe('a named day with a unit word in its name is moved ahead by a future cue: "will … New Year\'s Day"', () => {
  table([
    // "New Year's Day" holds "year" and "day", which once held it in the article's calendar.
    { lang: 'en', date: '2016-11-07', input: "We will meet 5 days before New Year's Day.", want: [["5 days before New Year's Day", '2016-12-27']] },
    { lang: 'en', date: '2016-11-07', input: "The fireworks will start on New Year's Eve.", want: [["New Year's Eve", '2016-12-31']] },
    { lang: 'en', date: '2016-11-07', input: "They met on New Year's Day.", want: [["New Year's Day", '2016-01-01']] },
  ]);
});

describe('"new year" right after a cue is 1 January: "5 days before new year"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'We will meet 5 days before new year.', want: [['5 days before new year', '2016-12-27']] },
    { lang: 'en', date: '2016-11-07', input: 'Fireworks lit the sky at New Year.', want: [['New Year', '2016-01-01']] },
  ]);
});

describe('"the new year" and other new years are no 1 January', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'Prices rise in the new year.', want: [] },
    { lang: 'en', date: '2016-11-07', input: 'He has plans for the new year.', want: [] },
    { lang: 'en', date: '2016-11-07', input: 'Markets closed for Lunar New Year.', want: [] },
    { lang: 'en', date: '2016-11-07', input: 'Happy New Year to all.', want: [] },
  ]);
});

describe('a clock time up to "tomorrow" is the range from the article\'s day: "from 2pm till tomorrow 4:30pm"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: "I'll be away from 2pm till tomorrow 4:30pm.", want: [['2pm till tomorrow 4:30pm', '2016-11-07..2016-11-08']] },
    { lang: 'en', date: '2016-11-07', input: 'The road is closed from 8pm until tomorrow.', want: [['8pm until tomorrow', '2016-11-07..2016-11-08']] },
  ]);
});

describe('a bare number up to "tomorrow" is no clock time', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'He worked from 9 until tomorrow.', want: [['tomorrow', '2016-11-08']] },
  ]);
});

describe('a day and month, "of" and two digits ending the clause: "born on 15 April of 87"', () => {
  table([
    { lang: 'en', date: '2018-01-07', input: 'He was born on 15 April of 87.', want: [['15 April of 87', '1987-04-15']] },
  ]);
});

describe('"of" and two digits before a word count something: "In April of 87 people died"', () => {
  test.for([
    { input: 'In April of 87 people died.', want: [['date', 'April'], ['count', '87']] },
    { input: 'On 15 April of 87 victims, 3 died.', want: [['date', '15 April'], ['count', '87'], ['count', '3']] },
  ])('$input', ({ input, want }) => {
    const claims = extractClaims(makeDocument(input, { lang: 'en', date: '2018-01-07' }));
    expect(claims.map((c) => [c.kind, c.text])).toEqual(want);
  });
});

describe('a weekday, month and day joined by hyphens: "this Friday-Jun-15"', () => {
  table([
    // 2018-06-20 is a Wednesday: the date states 15 June, not the coming Friday the 22nd.
    { lang: 'en', date: '2018-06-20', input: 'Set up a call sometime this Friday-Jun-15 with Jim.', want: [['this Friday-Jun-15', '2018-06-15']] },
    { lang: 'en', date: '2018-06-20', input: 'The call was on Friday-June-15.', want: [['Friday-June-15', '2018-06-15']] },
  ]);
  test('a wrong weekday is kept for weekday-mismatch', () => {
    const [claim] = extractClaims(makeDocument('The call is on Thursday-Jun-15.', { lang: 'en', date: '2018-06-20' }));
    expect(claim).toMatchObject({ kind: 'date', text: 'Thursday-Jun-15', value: '2018-06-15', weekday: 4 });
  });
});

describe('a year set apart after a dated year: "before 2000 but not 1998"', () => {
  table([
    { lang: 'en', date: '2018-05-31', input: 'Sales rose in 2010 but not 2011.', want: [['2010', '2010'], ['2011', '2011']] },
    { lang: 'nl', date: '2018-05-31', input: 'In 2010 maar niet 2012 werd er gebouwd.', want: [['2010', '2010'], ['2012', '2012']] },
  ]);
});

describe('"but not" and a number that counts is no year', () => {
  test.for([
    { input: 'It grew in 2010, but not 2000 jobs were lost.', want: [['date', '2010'], ['count', '2000']] },
  ])('$input', ({ input, want }) => {
    const claims = extractClaims(makeDocument(input, { lang: 'en', date: '2018-05-31' }));
    expect(claims.map((c) => [c.kind, c.text])).toEqual(want);
  });
});

describe('a duration starting on a day at a clock time covers the day it ends on: "a day starting this Friday at 5 pm"', () => {
  const covers = (input: string) =>
    extractClaims(makeDocument(input, { lang: 'en', date: '2019-10-07' }))
      .filter((c) => c.kind === 'duration')
      .map((c) => [c.text, c.kind === 'duration' && c.covers ? `${c.covers.low}..${c.covers.high}` : null]);
  test.for([
    // Friday 17:00 to Saturday 17:00.
    { input: 'The office is closed for a day starting this Friday at 5 pm.', want: [['a day', '2019-10-11..2019-10-12']] },
    { input: 'The road is closed for 3 days starting this Friday at 5pm.', want: [['3 days', '2019-10-11..2019-10-14']] },
    // Midnight starts the day itself; a number before a word is no clock time.
    { input: 'The road is closed for a day starting this Friday at 12 am.', want: [['a day', '2019-10-11..2019-10-11']] },
    { input: 'Rooms are booked for a day starting this Friday at 5 venues.', want: [['a day', '2019-10-11..2019-10-11']] },
  ])('$input', ({ input, want }) => {
    expect(covers(input)).toEqual(want);
  });
});

describe('a range end placed by its own word keeps its reading: "from 5/12 to next 5/19"', () => {
  table([
    // 2019-05-20: the next 19 May is 2020's; read again with the first end, "next" was lost.
    { lang: 'en', date: '2019-05-20', input: 'The offer runs from this 5/12 to next 5/19.', want: [['5/12 to next 5/19', '2019-05-12..2020-05-19']] },
    { lang: 'en', date: '2019-05-20', input: 'The offer runs from May 12 to next May 19.', want: [['May 12 to next May 19', '2019-05-12..2020-05-19']] },
    // Without the word, the range is the latest to start by the article date.
    { lang: 'en', date: '2019-05-20', input: 'The offer ran from May 12 to May 19.', want: [['May 12 to May 19', '2019-05-12..2019-05-19']] },
  ]);
});

describe('a range between parts of months keeps the parts: "from the end of March to the middle of September"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'Prices rose from the end of March to the middle of September.', want: [['the end of March to the middle of September', '2016-03-21..2016-09-20']] },
    { lang: 'en', date: '2016-11-07', input: 'Prices rose between the middle of March and the end of September.', want: [['the middle of March and the end of September', '2016-03-11..2016-09-30']] },
    { lang: 'en', date: '2016-11-07', input: 'It grew from mid-March to late September.', want: [['mid-March to late September', '2016-03-11..2016-09-30']] },
    { lang: 'en', date: '2016-11-07', input: 'It grew from March to September.', want: [['March to September', '2016-03-01..2016-09-30']] },
  ]);
});

describe('"Juneteenth" is 19 June, with a cue or a year as any one-word holiday', () => {
  table([
    { lang: 'en', date: '2020-06-12', input: 'Offices will close on Juneteenth.', want: [['Juneteenth', '2020-06-19']] },
    { lang: 'en', date: '2020-06-12', input: 'Juneteenth 2021 was the first federal holiday.', want: [['Juneteenth 2021', '2021-06-19']] },
    { lang: 'en', date: '2020-06-12', input: 'Juneteenth celebrations spread.', want: [] },
  ]);
});

describe('two days chrono places against the article date are a range: "from today until noon tomorrow"', () => {
  table([
    { lang: 'en', date: '2018-07-31', input: 'The door is open from today until noon tomorrow.', want: [['today until noon tomorrow', '2018-07-31..2018-08-01']] },
    { lang: 'en', date: '2018-07-31', input: 'The door is open from noon today until noon tomorrow.', want: [['noon today until noon tomorrow', '2018-07-31..2018-08-01']] },
    { lang: 'nl', date: '2018-07-31', input: 'De deur is open van vandaag tot morgen.', want: [['vandaag tot morgen', '2018-07-31..2018-08-01']] },
    { lang: 'nl', date: '2018-07-31', input: 'De deur is open vanaf het middaguur vandaag tot het middaguur morgen.', want: [['vandaag tot het middaguur morgen', '2018-07-31..2018-08-01']] },
  ]);
});

describe('a clock range past midnight on one day stays that day: "tomorrow from 10am-12am"', () => {
  table([
    { lang: 'en', date: '2018-08-31', input: 'The room is booked tomorrow from 10am-12am.', want: [['tomorrow from 10am-12am', '2018-09-01']] },
  ]);
});

describe('a coordinated closing year coordinates the next: "na 2010 en voor 2018 of voor 2000, maar niet 1998"', () => {
  test('each year with its period', () => {
    const claims = extractClaims(makeDocument('De verkoop van na 2010 en voor 2018 of voor 2000, maar niet 1998.', { lang: 'nl', date: '2018-05-31' }));
    expect(claims.map((c) => [c.text, c.value, c.kind === 'date' ? (c.since ? 'since' : c.until ? 'until' : '') : ''])).toEqual([
      ['2010', '2011', 'since'], ['2018', '2017', 'until'], ['2000', '1999', 'until'], ['1998', '1998', ''],
    ]);
  });
  // Bare "voor" is also "for": no coordination without an open or closing year first.
  table([
    { lang: 'nl', date: '2018-05-31', input: 'De begroting voor 2025 en voor 2026 is rond.', want: [] },
  ]);
});

describe('a week chrono joins to a day of a month is a claim of its own: "March 3 this week"', () => {
  table([
    { lang: 'en', date: '2019-08-08', input: 'He met her on March 3 this week.', want: [['March 3', '2019-03-03'], ['this week', '2019-W32']] },
    { lang: 'nl', date: '2019-08-08', input: 'Het was op 3 maart deze week.', want: [['3 maart', '2019-03-03'], ['deze week', '2019-W32']] },
    // A year stays the day's: "this year" is no week.
    { lang: 'en', date: '2019-08-08', input: 'The vote on March 3 this year passed.', want: [['March 3 this year', '2019-03-03']] },
  ]);
});

describe('a weekday after "N units from today" is that weekday of the moved day\'s week', () => {
  table([
    // 2016-07-01 + two months = Thursday 2016-09-01; the Tuesday of its week is 30 August (read alone, "Tuesday" was 5 July).
    { lang: 'en', date: '2016-07-01', input: "I'll go back two months from today on Tuesday.", want: [['two months from today on Tuesday', '2016-08-30']] },
    { lang: 'nl', date: '2016-07-01', input: 'Ik ga twee weken vanaf vandaag op dinsdag terug.', want: [['twee weken vanaf vandaag op dinsdag', '2016-07-12']] },
  ]);
});
