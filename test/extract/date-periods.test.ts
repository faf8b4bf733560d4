import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { dateTable as table } from '../helpers/date-table.js';

describe('a quarter or a half of a year is a range of months', () => {
  table([
    { lang: 'nl', date: '2020-06-12', input: 'In het derde kwartaal van 2019 groeide de economie met 0,5 procent.', want: [['het derde kwartaal van 2019', '2019-07-01..2019-09-30']] },
    { lang: 'nl', date: '2020-06-12', input: 'Het eerste kwartaal van het jaar is doorgaans rustiger.', want: [['Het eerste kwartaal van het jaar', '2020-01-01..2020-03-31']] },
    // Without a year: the latest such quarter to start by the article date.
    { lang: 'nl', date: '2020-06-12', input: 'Over het derde kwartaal meldt het bedrijf een verlies.', want: [['het derde kwartaal', '2019-07-01..2019-09-30']] },
    { lang: 'nl', date: '2019-07-04', input: 'Het bedrijf boekte vorig kwartaal verlies, in Q1 2019 nog winst.', want: [['vorig kwartaal', '2019-04-01..2019-06-30'], ['Q1 2019', '2019-01-01..2019-03-31']] },
    { lang: 'nl', date: '2019-12-28', input: 'De omzet moet het volgende kwartaal herstellen.', want: [['het volgende kwartaal', '2020-01-01..2020-03-31']] },
    { lang: 'nl', date: '2019-06-11', input: 'H2-2019 zal uitdagingen brengen.', want: [['H2-2019', '2019-07-01..2019-12-31']] },
    { lang: 'en', date: '2019-06-11', input: 'Sales went up during 2017-Q1 and Q3 of 2018.', want: [['2017-Q1', '2017-01-01..2017-03-31'], ['Q3 of 2018', '2018-07-01..2018-09-30']] },
    { lang: 'en', date: '2019-07-04', input: 'Revenue fell last quarter and over the past two quarters.', want: [['last quarter', '2019-04-01..2019-06-30'], ['the past two quarters', '2019-01-01..2019-06-30']] },
    { lang: 'en', date: '2020-06-12', input: 'Winter, and more so the whole 1st quarter of 2013, was very polluted.', want: [['1st quarter of 2013', '2013-01-01..2013-03-31']] },
    // A game's quarters are no dates: English needs a year, or "last quarter" without an article.
    { lang: 'en', date: '2020-06-12', input: 'In the fourth quarter, the Lakers scored 30 points.', want: [] },
    { lang: 'en', date: '2020-06-12', input: 'In the last quarter, the Celtics pulled away.', want: [] },
  ]);
});

describe('a week: "week 31", "de eerste week van 2015", "the last week of July", "de week van 10 april"', () => {
  table([
    { lang: 'nl', date: '2018-07-02', input: 'In week 31 vielen twaalf doden.', want: [['week 31', '2018-W31']] },
    { lang: 'en', date: '2018-07-02', input: 'Sales dropped in week 3 of 2027.', want: [['week 3 of 2027', '2027-W03']] },
    { lang: 'nl', date: '2018-11-29', input: 'De eerste week van 2015 was koud.', want: [['De eerste week van 2015', '2015-W01']] },
    { lang: 'nl', date: '2018-11-29', input: 'Dat gebeurde in de laatste week van dec 2016.', want: [['de laatste week van dec 2016', '2016-W52']] },
    { lang: 'en', date: '2016-11-07', input: 'The talks were held the last week of july.', want: [['the last week of july', '2016-W30']] },
    { lang: 'en', date: '2016-11-07', input: 'The talks will be held the last week of July.', want: [['the last week of July', '2017-W30']] },
    { lang: 'en', date: '2019-03-02', input: 'The last week of 2019 is a holiday.', want: [['The last week of 2019', '2019-W52']] },
    { lang: 'nl', date: '2018-03-14', input: 'In de week van 10 april werden 50 mensen opgepakt.', want: [['de week van 10 april', '2017-W15']] },
    { lang: 'en', date: '2019-11-07', input: 'The talks are set for the week beginning February 4.', want: [['the week beginning February 4', '2019-W06']] },
    // A numbered week of something else, and English "week 3" without a year, are no dates.
    { lang: 'nl', date: '2018-07-02', input: 'Ajax won in week 2 van de competitie met 3-1.', want: [] },
    { lang: 'en', date: '2018-07-02', input: 'In week 3 of the trial, two witnesses spoke.', want: [] },
    // A weekday written after a week is that day of the week; an abbreviation's full stop makes "Oct." the month.
    { lang: 'en', date: '2019-11-07', input: '1st week of Oct. on Friday.', want: [['1st week of Oct. on Friday', '2019-10-04']] },
    { lang: 'en', date: '2019-10-20', input: 'The first week of October on Friday it rained.', want: [['The first week of October on Friday', '2019-10-04']] },
    { lang: 'nl', date: '2019-11-07', input: '1e week van okt. op vrijdag.', want: [['1e week van okt. op vrijdag', '2019-10-04']] },
    { lang: 'en', date: '2019-11-07', input: 'It was the first week of Jan Peeters in office.', want: [] },
    // ... but before anything other than a capitalised word, "Jan" after "week of" is the month.
    { lang: 'en', date: '2018-11-29', input: 'How about 3rd week of Jan', want: [['3rd week of Jan', '2018-W03']] },
    { lang: 'en', date: '2018-11-29', input: 'Talks resume in the second week of Jan, officials said.', want: [['the second week of Jan', '2018-W02']] },
    // The week of a month or year placed against the article's, not "last week" and "this month" apart.
    { lang: 'en', date: '2021-10-10', input: 'Show statistics from the last week of this month.', want: [['the last week of this month', '2021-W43']] },
    { lang: 'nl', date: '2021-10-20', input: 'De eerste week van volgend jaar is vrij.', want: [['De eerste week van volgend jaar', '2022-W01']] },
    // English "week 31" is a calendar week with a relative year, after "the" or a weekday at the end of its clause.
    { lang: 'en', date: '2018-07-02', input: 'Sales fell in the week 27 of last year.', want: [['week 27 of last year', '2017-W27']] },
    { lang: 'nl', date: '2018-07-02', input: 'De verkoop daalde in week 27 van vorig jaar.', want: [['week 27 van vorig jaar', '2017-W27']] },
    { lang: 'en', date: '2019-03-02', input: 'Show sales in the week 1', want: [['week 1', '2019-W01']] },
    { lang: 'en', date: '2018-07-02', input: "Let's meet on Thursday, week 23.", want: [['Thursday', '2018-06-28'], ['week 23', '2018-W23']] },
    { lang: 'en', date: '2018-07-02', input: 'The Chiefs won in Week 10 and lost the week 10 rematch.', want: [] },
  ]);
});

describe('a year range pairs "tussen … en"; "in 2007 en 2009" names two years', () => {
  table([
    { lang: 'nl', date: '2020-06-01', input: 'In 2007 en 2009 vielen 12 doden.', want: [['2007', '2007'], ['2009', '2009']] },
    { lang: 'en', date: '2020-06-01', input: 'Sales fell in 2007 and 2009.', want: [['2007', '2007'], ['2009', '2009']] },
    { lang: 'nl', date: '2020-06-01', input: 'Tussen 2014 en 2018 steeg het aantal.', want: [['2014 en 2018', '2014-01-01..2018-12-31']] },
    { lang: 'en', date: '2020-06-01', input: 'The range is from 2014~2018.', want: [['2014~2018', '2014-01-01..2018-12-31']] },
    // The number after "en" counts people: no year.
    { lang: 'nl', date: '2020-06-01', input: 'In 2019 en 2000 mensen moesten vluchten.', want: [['2019', '2019']] },
  ]);
});

describe('a day, month or range without a year takes the year after "in": "28 juni in 2020"', () => {
  table([
    { lang: 'nl', date: '2019-05-30', input: 'Op 28 juni in 2020 stierf hij.', want: [['28 juni in 2020', '2020-06-28']] },
    { lang: 'nl', date: '2019-05-30', input: 'Hij reist van 26 juni tot 28 juni in 2020 door Japan.', want: [['26 juni tot 28 juni in 2020', '2020-06-26..2020-06-28']] },
    { lang: 'en', date: '2019-05-16', input: 'Total sales from April in 2016 to June in 2017 were below expectations.', want: [['April in 2016 to June in 2017', '2016-04-01..2017-06-30']] },
    // Only a date that names its month: "next month in 2020" keeps its own reading.
    { lang: 'en', date: '2019-05-16', input: 'Prices rose next month in 2020.', want: [['next month', '2019-06'], ['2020', '2020']] },
  ]);
});

describe('a date and the article date as a range: "van maart tot nu", "between Jan 2019 and now"', () => {
  table([
    { lang: 'nl', date: '2019-10-14', input: 'Van maart tot nu toe vielen 300 doden.', want: [['maart tot nu toe', '2019-03-01..2019-10-14']] },
    { lang: 'nl', date: '2019-10-14', input: 'Hij verbleef in China van 01-aug-2019 tot vandaag.', want: [['01-aug-2019 tot vandaag', '2019-08-01..2019-10-14']] },
    { lang: 'en', date: '2020-04-26', input: 'How many clusters docked between Jan 2019 and now?', want: [['Jan 2019 and now', '2019-01-01..2020-04-26']] },
    { lang: 'en', date: '2016-11-07', input: 'How many clusters docked from March to date?', want: [['March to date', '2016-03-01..2016-11-07']] },
    { lang: 'en', date: '2019-04-23', input: 'I will do my work between now and November 15th.', want: [['now and November 15th', '2019-04-23..2019-11-15']] },
    // "and now" without its opener joins nothing: "in March, and now in May".
    { lang: 'en', date: '2019-06-20', input: 'Prices rose in March and now fell.', want: [['March', '2019-03']] },
  ]);
});

describe('years to 2199, after "the year" / "kalenderjaar"; a number before a measure word is no year', () => {
  table([
    { lang: 'nl', date: '2020-06-01', input: 'In 2100 staat de zeespiegel een meter hoger.', want: [['2100', '2100']] },
    { lang: 'en', date: '2020-06-01', input: 'Sales peaked in the year 2008.', want: [['2008', '2008']] },
    { lang: 'nl', date: '2020-06-01', input: 'De omzet in het kalenderjaar 2008 daalde.', want: [['2008', '2008']] },
    { lang: 'nl', date: '2020-06-01', input: 'Er werden in 2000 huizen verwoest.', want: [] },
    { lang: 'en', date: '2020-06-01', input: 'In the year 2000 people died on the roads.', want: [] },
  ]);
});

describe('a year range after "is" or "periode" / "period"', () => {
  table([
    { lang: 'nl', date: '2020-06-01', input: 'In de periode 2014-2018 vielen 300 doden.', want: [['2014-2018', '2014-01-01..2018-12-31']] },
    { lang: 'en', date: '2020-06-01', input: 'The range is 2014 to 2018.', want: [['2014 to 2018', '2014-01-01..2018-12-31']] },
    // Before a measure word it counts: no range of years.
    { lang: 'nl', date: '2020-06-01', input: 'De uitslag was 2014-2018 stemmen.', want: [] },
  ]);
});

describe('days of a month with one end a day alone: "April 9th through 17th", "between the ninth and the seventeenth of April"', () => {
  table([
    { lang: 'en', date: '2016-11-07', input: 'The embassy is closed April 9th through 17th.', want: [['April 9th through 17th', '2016-04-09..2016-04-17']] },
    { lang: 'en', date: '2016-11-07', input: 'Talks ran between the ninth and the seventeenth of April.', want: [['the ninth and the seventeenth of April', '2016-04-09..2016-04-17']] },
    { lang: 'en', date: '2016-11-07', input: 'The strike lasted from April twenty-seventh to the third.', want: [['April twenty-seventh to the third', '2016-04-27..2016-05-03']] },
    { lang: 'nl', date: '2016-11-07', input: 'Tussen de negende en de zeventiende april staakten de artsen.', want: [['de negende en de zeventiende april', '2016-04-09..2016-04-17']] },
    // Numbers before a noun and a date are a count, not the first day.
    { lang: 'en', date: '2016-11-07', input: 'Between 3 and 12 people died on 15 September.', want: [['15 September', '2016-09-15']] },
  ]);
});

describe('a placed weekday with a part of the day: "komende maandagmiddag"', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'De minister komt komende maandagmiddag terug.', want: [['komende maandagmiddag', '2016-11-14']] },
    { lang: 'nl', date: '2016-11-07', input: 'Afgelopen dinsdagavond brak brand uit.', want: [['Afgelopen dinsdagavond', '2016-11-01']] },
    // A part of the day glued to something else is no weekday: "zondagsrust".
    { lang: 'nl', date: '2016-11-07', input: 'De afgelopen zondagsrust bleef uit.', want: [] },
  ]);
});

describe('a work week placed against the article, the week after next, "eerder in de week"', () => {
  table([
    { lang: 'nl', date: '2018-06-26', input: 'Het kabinet beslist volgende werkweek.', want: [['volgende werkweek', '2018-W27']] },
    { lang: 'en', date: '2018-06-26', input: 'It will happen this working week.', want: [['this working week', '2018-W26']] },
    { lang: 'en', date: '2018-07-02', input: 'The vote is the week after next.', want: [['the week after next', '2018-W29']] },
    { lang: 'en', date: '2018-05-31', input: 'Earlier in the week, the minister had resigned.', want: [['Earlier in the week', '2018-W22']] },
    { lang: 'nl', date: '2018-05-31', input: 'Later in de week beslist het kabinet.', want: [['Later in de week', '2018-W22']] },
    // "later in the year" is the article's year, as "later in the week" is its week; not after a year the sentence
    // names before it, whose later part it then is.
    { lang: 'en', date: '2018-05-28', input: 'Please find us a time to meet later in the year', want: [['later in the year', '2018']] },
    { lang: 'nl', date: '2018-05-28', input: 'Eerder in het jaar schrapte het bedrijf 500 banen.', want: [['Eerder in het jaar', '2018']] },
    { lang: 'en', date: '2018-05-28', input: 'In 2015 he moved to Paris, and later in the year he left.', want: [['2015', '2015']] },
    { lang: 'en', date: '2018-05-28', input: 'Last year sales fell; later in the year they rose.', want: [['Last year', '2017']] },
    // A work week with nothing that places it is a length of time, no date.
    { lang: 'nl', date: '2018-06-26', input: 'De vakbond wil een kortere werkweek.', want: [] },
  ]);
});

describe("a holiday's weekend: the Saturday and Sunday nearest it, with the holiday", () => {
  table([
    { lang: 'en', date: '2021-11-09', input: 'Traffic deaths rose over the Labor Day weekend.', want: [['Labor Day weekend', '2021-09-04..2021-09-06']] },
    { lang: 'en', date: '2021-11-09', input: 'Flights were cancelled the weekend of Thanksgiving 2023.', want: [['the weekend of Thanksgiving 2023', '2023-11-23..2023-11-26']] },
    { lang: 'nl', date: '2024-04-10', input: 'Tijdens het paasweekend vielen 3 verkeersdoden.', want: [['paasweekend', '2024-03-30..2024-04-01']] },
    // A weekend that is no holiday's stays unread here.
    { lang: 'en', date: '2021-11-09', input: 'Labor leaders met on a weekend.', want: [] },
  ]);
});

describe('a shift word before the first month of a range places it: "from this May to Oct 2020"', () => {
  table([
    { lang: 'en', date: '2018-10-24', input: 'The works run from this May to Oct 2020.', want: [['this May to Oct 2020', '2018-05-01..2020-10-31']] },
    { lang: 'nl', date: '2018-10-24', input: 'De weg is dicht van aanstaande mei tot okt 2020.', want: [['aanstaande mei tot okt 2020', '2019-05-01..2020-10-31']] },
    // Without one, the first month takes the year of the other end.
    { lang: 'nl', date: '2018-10-24', input: 'De weg is dicht van mei tot okt 2020.', want: [['mei tot okt 2020', '2020-05-01..2020-10-31']] },
  ]);
});

describe('a month or a part of one opens or closes a period: "after Feb" since March, "voor begin september" until 31 August', () => {
  const open = (text: string, lang: Lang, date: string) =>
    extractClaims(makeDocument(text, { lang, date }))
      .filter((c) => c.kind === 'date')
      .map((c) => [c.text, c.value, c.kind === 'date' ? (c.since ? 'since' : c.until ? 'until' : '') : '']);
  test.for([
    { lang: 'en' as Lang, date: '2018-05-29', input: 'Maybe we can leave after Feb.', want: [['Feb.', '2018-03', 'since']] },
    { lang: 'nl' as Lang, date: '2018-05-29', input: 'Misschien kunnen we na feb vertrekken.', want: [['feb', '2018-03', 'since']] },
    { lang: 'en' as Lang, date: '2019-02-25', input: 'Do you have any plan after mid May?', want: [['mid May', '2018-05-21', 'since']] },
    { lang: 'en' as Lang, date: '2019-02-25', input: 'What happened before early September?', want: [['early September', '2018-08-31', 'until']] },
    { lang: 'en' as Lang, date: '2018-06-12', input: 'Sales fell before June.', want: [['June', '2018-05', 'until']] },
    { lang: 'nl' as Lang, date: '2019-02-25', input: 'Wat gebeurde er voor begin september?', want: [['begin september', '2018-08-31', 'until']] },
    // A point: "after the beginning of March" is from 1 March, "before the end of December" up to the 31st.
    { lang: 'en' as Lang, date: '2016-11-07', input: "I'll go back after the beginning of March.", want: [['the beginning of March', '2017-03-01', 'since']] },
    { lang: 'en' as Lang, date: '2016-11-07', input: "I'll go back before the end of December.", want: [['the end of December', '2016-12-31', 'until']] },
    // A future cue takes the coming month before the period opens; without one, the latest.
    { lang: 'en' as Lang, date: '2016-11-07', input: 'It rained after mid May.', want: [['mid May', '2016-05-21', 'since']] },
    // Bare Dutch "voor" before a whole month is "for"; "Jan" before a verb is a name.
    { lang: 'nl' as Lang, date: '2019-02-25', input: 'De plannen voor september zijn klaar.', want: [['september', '2018-09', '']] },
    { lang: 'en' as Lang, date: '2019-02-25', input: 'After Jan left, we ate.', want: [] },
  ])('$lang: $input', ({ lang, date, input, want }) => {
    expect(open(input, lang, date)).toEqual(want);
  });
});

describe('a month counted in a year: "the third month of 2021", "de eerste maand van volgend jaar"', () => {
  table([
    { lang: 'en', date: '2018-11-29', input: 'They will leave the third month of 2021.', want: [['the third month of 2021', '2021-03']] },
    { lang: 'en', date: '2021-11-29', input: 'The 9th month of next year we will review it.', want: [['The 9th month of next year', '2022-09']] },
    { lang: 'nl', date: '2021-06-01', input: 'De eerste maand van volgend jaar is rustig.', want: [['De eerste maand van volgend jaar', '2022-01']] },
    { lang: 'en', date: '2021-06-01', input: 'In the first month of the war, 300 died.', want: [] },
  ]);
});

describe('a fiscal, school or academic year is no calendar year, and its number no count', () => {
  table([
    { lang: 'en', date: '2019-06-18', input: 'Sales rose 5% in the fiscal year 2008 and in fiscal 2019.', want: [] },
    { lang: 'en', date: '2019-06-18', input: 'Show sales in the school year 2008, not in 2008.', want: [['2008', '2008']] },
    { lang: 'nl', date: '2019-06-18', input: 'De omzet steeg in het boekjaar 2019 en in het fiscale jaar 2008.', want: [] },
  ]);
  test('the year is not read as a count either', () => {
    const claims = extractClaims(makeDocument('In the fiscal year 2008 the firm lost money.', { lang: 'en', date: '2019-06-18' }));
    expect(claims).toEqual([]);
  });
});

describe('a year that opens a period is a "since" date: "na 2018" since 2019, "2018 of later" since 2018', () => {
  const since = (text: string, lang: Lang, date: string) =>
    extractClaims(makeDocument(text, { lang, date })).filter((c) => c.kind === 'date').map((c) => [c.text, c.value, c.kind === 'date' && c.since === true]);
  test.for([
    { lang: 'nl' as Lang, input: 'Na 2018 daalde de werkloosheid met 5 procent.', want: [['2018', '2019', true]] },
    { lang: 'en' as Lang, input: 'Shall we leave in 2018 or later?', want: [['2018', '2018', true]] },
    { lang: 'nl' as Lang, input: 'De verkoop tussen 2015 en 2018 of later dan 2020.', want: [['2015 en 2018', '2015', false], ['2020', '2021', true]] },
    // After "na" a number before a measure word counts.
    { lang: 'nl' as Lang, input: 'Na 2000 doden stopte de strijd.', want: [] },
  ])('$lang: $input', ({ lang, input, want }) => {
    expect(since(input, lang, '2020-06-01')).toEqual(want);
  });
});

describe('a year range to the end of its last year: "tussen 2007 en het einde van 2008"', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'De reeks is tussen 2007 en het einde van 2008.', want: [['2007 en het einde van 2008', '2007-01-01..2008-12-31']] },
    { lang: 'en', date: '2016-11-07', input: 'The range is between 2007 and the end of 2008.', want: [['2007 and the end of 2008', '2007-01-01..2008-12-31']] },
    // Before a currency or a unit the numbers are an amount.
    { lang: 'nl', date: '2016-11-07', input: 'De huur ligt tussen 1800 en 2000 euro.', want: [] },
  ]);
});

describe('a month and a year in digits, or an abbreviated month with "/" and its year', () => {
  table([
    { lang: 'nl', date: '2019-02-27', input: 'Is dit een geldige datum? 12-2015', want: [['12-2015', '2015-12']] },
    { lang: 'en', date: '2016-11-07', input: "I'll be out 2015-3", want: [['2015-3', '2015-03']] },
    { lang: 'nl', date: '2018-11-01', input: 'Wat is je plan voor dec/2018-mei/2019?', want: [['dec/2018-mei/2019', '2018-12-01..2019-05-31']] },
    { lang: 'en', date: '2018-11-01', input: "What's your plan for Dec/2018?", want: [['Dec/2018', '2018-12']] },
    // A season, a case number.
    { lang: 'nl', date: '2019-02-27', input: 'In het seizoen 2011-12 won Ajax; zaak nummer 12-2015 loopt nog.', want: [] },
  ]);
});

describe('a range with no year at all is the latest to start by the article date, one under way included', () => {
  table([
    { lang: 'nl', date: '2018-09-07', input: 'Wat gaat er gebeuren tussen augustus en oktober?', want: [['augustus en oktober', '2018-08-01..2018-10-31']] },
    { lang: 'nl', date: '2018-09-07', input: 'Wat gaat er gebeuren mei tot maart?', want: [['mei tot maart', '2018-05-01..2019-03-31']] },
    { lang: 'en', date: '2018-09-07', input: 'What will happen between August and October?', want: [['August and October', '2018-08-01..2018-10-31']] },
    // A range before the article date stays where it was.
    { lang: 'nl', date: '2018-09-07', input: 'Van januari tot maart daalde de werkloosheid.', want: [['januari tot maart', '2018-01-01..2018-03-31']] },
    { lang: 'nl', date: '2018-02-07', input: 'Van oktober tot december daalde de werkloosheid.', want: [['oktober tot december', '2017-10-01..2017-12-31']] },
  ]);
});

describe('a day of the month alone before a range of clock times, or a dash in a note', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Het zal gebeuren op de 17 van 14.00 tot 16.00.', want: [['de 17', '2016-10-17']] },
    { lang: 'en', date: '2016-11-07', input: 'It will happen on the 17 from 2pm to 4pm.', want: [['the 17', '2016-10-17']] },
    { lang: 'nl', date: '2019-02-27', input: 'Boek een meeting voor maandag 21 tussen 9:30 en 15:00.', want: [['maandag 21', '2019-01-21']] },
    { lang: 'nl', date: '2020-06-16', input: 'Jane - 25e mei - koffie - Starbucks op de 29e - meet om 14.00', want: [['25e mei', '2020-05-25'], ['de 29e', '2020-05-29']] },
    // A bare number with no clock range after it is a count.
    { lang: 'nl', date: '2016-11-07', input: 'Op de 17 van de 20 plaatsen kwam hij.', want: [] },
  ]);
});

describe('a decade in words: "de jaren negentig" (not a count of 90)', () => {
  table([
    { lang: 'nl', date: '2019-11-07', input: 'In de jaren negentig groeide de economie.', want: [['jaren negentig', '1990-01-01..1999-12-31']] },
    // The twenties are the latest to start by the article date.
    { lang: 'nl', date: '2019-11-07', input: 'De jaren twintig waren roerig.', want: [['jaren twintig', '1920-01-01..1929-12-31']] },
    { lang: 'nl', date: '2024-11-07', input: 'De jaren twintig worden roerig.', want: [['jaren twintig', '2020-01-01..2029-12-31']] },
  ]);
});

describe('two quarters with their years are the ends of one range', () => {
  table([
    { lang: 'nl', date: '2019-06-11', input: 'De verkoop ging omhoog van Q1 van 2017 - Q3 van 2018.', want: [['Q1 van 2017 - Q3 van 2018', '2017-01-01..2018-09-30']] },
    { lang: 'en', date: '2019-06-11', input: 'Sales went up from 2017 Q1 to 2018 Q1.', want: [['2017 Q1 to 2018 Q1', '2017-01-01..2018-03-31']] },
    // A quarter and a month stay apart.
    { lang: 'nl', date: '2019-06-11', input: 'Van Q1 2017 tot mei 2018 steeg de verkoop.', want: [['Q1 2017', '2017-01-01..2017-03-31'], ['mei 2018', '2018-05']] },
  ]);
});

describe('two days in digits with a year are one range, day first in Dutch and month first in English', () => {
  table([
    { lang: 'nl', date: '2018-10-24', input: 'Mijn vakantie is van 1-10-2018-7-10-2018.', want: [['1-10-2018-7-10-2018', '2018-10-01..2018-10-07']] },
    { lang: 'nl', date: '2018-10-24', input: 'De periode is 1/10-2/11/2017.', want: [['1/10-2/11/2017', '2017-10-01..2017-11-02']] },
    { lang: 'nl', date: '2018-10-24', input: 'Ik zal vertrekken van 1-5 - 7-5, 2020.', want: [['1-5 - 7-5, 2020', '2020-05-01..2020-05-07']] },
    { lang: 'en', date: '2018-10-24', input: 'I will leave from 5/1-5/7/2020.', want: [['5/1-5/7/2020', '2020-05-01..2020-05-07']] },
    { lang: 'en', date: '2018-10-24', input: 'My vacation is from 10-1-2018-10-7-2018.', want: [['10-1-2018-10-7-2018', '2018-10-01..2018-10-07']] },
    // Set scores are no dates, even before a year.
    { lang: 'nl', date: '2018-10-24', input: 'Hij won met 6-4 - 7-5, 2018 was zijn jaar.', want: [] },
  ]);
});

describe('a clock time chrono joins to "deze week" / "this week" is no part of the week', () => {
  table([
    { lang: 'nl', date: '2019-07-11', input: 'deze week 8.00 zou een datumreeks moeten zijn', want: [['deze week', '2019-W28']] },
    { lang: 'nl', date: '2020-06-16', input: 'Race - 15.00 - deze week', want: [['deze week', '2020-W25']] },
    { lang: 'en', date: '2019-07-11', input: 'Race - 15:00 - next week.', want: [['next week', '2019-W29']] },
    { lang: 'en', date: '2019-07-11', input: 'this week 8p.m. should be a date range', want: [['this week', '2019-W28']] },
    { lang: 'en', date: '2019-07-11', input: 'Race - 3pm - this week', want: [['this week', '2019-W28']] },
  ]);
});

describe('a year that ends a period is an "until" date: "vóór 2010", "before 2010" until 2009; bare Dutch "voor" is also "for"', () => {
  const until = (text: string, lang: Lang, date: string) =>
    extractClaims(makeDocument(text, { lang, date })).filter((c) => c.kind === 'date').map((c) => [c.text, c.value, c.kind === 'date' && c.until === true]);
  test.for([
    { lang: 'en' as Lang, input: 'Show me sales before 2010 or after 2018.', want: [['2010', '2009', true], ['2018', '2019', false]] },
    { lang: 'nl' as Lang, input: 'Laat me de verkoop zien van voor 2010 of na 2018.', want: [['2010', '2009', true], ['2018', '2019', false]] },
    { lang: 'nl' as Lang, input: 'Hij woonde er al vóór 2010.', want: [['2010', '2009', true]] },
    { lang: 'nl' as Lang, input: 'De verkopen van 2010 tot 2018 of voor 2000.', want: [['2010 tot 2018', '2010', false], ['2000', '1999', true]] },
    // "voor" alone, or after a year that opens nothing, is "for": "de begroting voor 2025", "voor 2020 of voor 2021".
    { lang: 'nl' as Lang, input: 'Het kabinet presenteert de begroting voor 2025.', want: [] },
    { lang: 'nl' as Lang, input: 'De plannen voor 2020 of voor 2021 liggen klaar.', want: [] },
    // A number before a measure word counts; a year that opens a full date is that date's.
    { lang: 'en' as Lang, input: 'Before 2000 deaths were counted, the town fell.', want: [] },
    { lang: 'en' as Lang, input: 'It began 5 weeks before 2023-11-09.', want: [] },
  ])('$lang: $input', ({ lang, input, want }) => {
    expect(until(input, lang, '2020-06-01')).toEqual(want);
  });
});

describe('a date modifier on the article\'s week, month or year: "eind van de maand", "the end of next year"', () => {
  table([
    { lang: 'nl', date: '2024-04-18', input: 'Het CBS telde eind vorig jaar 433.000 vacatures.', want: [['eind vorig jaar', '2023']] },
    { lang: 'nl', date: '2024-04-18', input: 'Eind van de maand komt het rapport.', want: [['Eind van de maand', '2024-04']] },
    { lang: 'en', date: '2024-10-25', input: 'It will close one plant by the end of next year.', want: [['the end of next year', '2025']] },
    { lang: 'en', date: '2018-11-29', input: 'The disks will be renewed by the end of the week.', want: [['the end of the week', '2018-W48']] },
    // "een half jaar" is a length of time, and "the end of the day" no date.
    { lang: 'nl', date: '2024-04-18', input: 'Een half jaar later was alles anders.', want: [] },
    { lang: 'en', date: '2024-04-18', input: 'At the end of the day, voters decide.', want: [] },
  ]);
});

describe('"dit kalenderjaar", "this calendar year"; "year to date" is the year up to the article date', () => {
  table([
    { lang: 'nl', date: '2019-06-18', input: 'Het bedrijf wil dit kalenderjaar winst maken.', want: [['dit kalenderjaar', '2019']] },
    { lang: 'en', date: '2018-09-07', input: 'The stock is down 20% in the year to date.', want: [['year to date', '2018']] },
    { lang: 'en', date: '2018-09-07', input: 'Shares are up 5% YTD.', want: [['YTD', '2018']] },
    // A calendar year with no word that places it is no date.
    { lang: 'nl', date: '2019-06-18', input: 'Een kalenderjaar telt twaalf maanden.', want: [] },
    // The calendar year as a code, "CY2019", "cy 2008", "CY18" (two digits more than 20 years ahead are the last
    // century's); "Cy" in mixed case is a name, and the code inside a word is none.
    { lang: 'en', date: '2019-06-18', input: 'CY2019 revenue rose, after sales in the cy 2008 and CY99.', want: [['CY2019', '2019'], ['cy 2008', '2008'], ['CY99', '1999']] },
    { lang: 'en', date: '2019-06-18', input: 'Show sales in the cy18', want: [['cy18', '2018']] },
    { lang: 'en', date: '2019-06-18', input: 'Cy 2008 winners and policy 2008 plans; fancy18.', want: [] },
  ]);
});

describe('a range to "het einde van" / "the end of" its second end ends on that end\'s last day', () => {
  table([
    { lang: 'nl', date: '2016-11-07', input: 'Van 2007 tot het einde van 2008 daalde de prijs.', want: [['2007 tot het einde van 2008', '2007-01-01..2008-12-31']] },
    { lang: 'nl', date: '2016-11-07', input: 'Het is gesloten van april tot het einde van juni.', want: [['april tot het einde van juni', '2016-04-01..2016-06-30']] },
    { lang: 'en', date: '2016-11-07', input: 'Prices fell from 2007 to the end of 2008.', want: [['2007 to the end of 2008', '2007-01-01..2008-12-31']] },
    // "tot het begin van" names no last day: the two dates stay apart.
    { lang: 'nl', date: '2016-11-07', input: 'Van 2007 tot het begin van 2008 daalde de prijs.', want: [['2007', '2007'], ['2008', '2008']] },
  ]);
});
