import type { DurationUnit, Qualifier } from '../claims/types.js';

/**
 * A named day: a fixed day of the year, a day counted from Easter Sunday, the nth weekday of a
 * month (`nth` -1 for the last), moved by `shift` days ("Black Friday" is the day after Thanksgiving),
 * or a day of the Islamic (Umm al-Qura) calendar ("Eid al-Fitr" is 1 Shawwal: `hijriMonth` 10, `hijriDay` 1).
 */
export type Holiday =
  | { month: number; day: number }
  | { easter: number }
  | { month: number; weekday: number; nth: number; shift?: number }
  | { hijriMonth: number; hijriDay: number };

/** Where a modifier puts a weekday: in the week before, of, or after the article's; the first after or before it. */
export type WeekdayShift = 'last-week' | 'this-week' | 'next-week' | 'upcoming' | 'past';

/**
 * The words a locale pack gives the language-neutral extractors. Data only: every regular
 * expression is built from these lists by the extractors, with `matchAny()`.
 */
export interface Lexicon {
  /** Digit grouping: the separator between thousands and the decimal mark. */
  groupSeparator: string;
  decimalSeparator: string;
  /** Number words that stand alone or start a compound ("twee", "forty"). */
  ones: Record<string, number>;
  tens: Record<string, number>;
  /** "honderd" / "hundred": multiplies what stands before it. */
  hundred: readonly string[];
  /** "duizend", "miljoen" / "thousand", "million": scale words, also after digits ("1,5 miljoen"). */
  scales: Record<string, number>;
  /** Short scale forms glued to digits or after currency ("5m", "2bn", "3 mln"). */
  scaleAbbreviations: Record<string, number>;
  /** Joins units and tens inside one word ("tweeënveertig") or between words ("forty-two", "hundred and five"). */
  compoundJoiners: readonly string[];
  /** Number words as such; the article "een"/"a" counts as one only before a scale word. */
  articleOne: readonly string[];
  /**
   * The number one as a word of its own, never an article ("one", "één"): a count before a noun for
   * people or a measure, after a qualifier of several words, or before a unit ("one soldier", "at least
   * one rider", "one percent"); elsewhere a pronoun ("one of the largest").
   */
  oneWords: readonly string[];
  /** Fractional words that scale ("anderhalf miljoen" = 1.5 million). */
  fractionalNumbers: Record<string, number>;
  /**
   * Ordinals that name the denominator of a fraction ("drie vijfde", "five eighths", "a trillionth"),
   * with plurals; "half" and "quarter" are denominators too ("three quarters", "een halve").
   */
  ordinalDenominators: Record<string, number>;
  /** Ordinals that only end a compound denominator ("twenty-first", "one twenty-second"), never alone. */
  compoundOrdinals: Record<string, number>;
  /**
   * Whether a fraction takes only the last word before it as its numerator, the words before that
   * being the whole ("twintig drie vijfde" = 20 3/5); otherwise all words are the numerator ("one
   * hundred thirty two fifths" = 132/5), only "and" makes a mixed number, and a numerator above one
   * wants a plural ("two fifths"; "the two millionth visitor" is an ordinal).
   */
  fractionNumeratorIsLastWord: boolean;
  /** Spoken decimal points ("vijf komma vijf", "two hundred point zero three"). */
  decimalWords: readonly string[];
  /** Case-sensitive magnitude letters after digits ("10k", "2,33 k", "10G", "1.5M", "1MM"). */
  magnitudeSuffixes: Record<string, number>;
  /** Between a numerator and a denominator of a ratio ("1 op de 3", "één uit de 20", "1 in twenty-one"). */
  ratioJoiners: readonly string[];
  /** Words before a figure that make it negative ("min 5 graden", "minus five"). */
  negativeWords: readonly string[];
  /** Qualifier words before a figure. */
  qualifiers: Record<string, Qualifier>;
  /** Words that open a range ("tussen", "between") and join its ends ("en", "and", "tot", "to"). */
  rangeOpeners: Record<string, readonly string[]>;
  rangeJoiners: readonly string[];
  /** An article between a range opener and a figure ("tussen de 20 en 30"); figures only, not dates. */
  rangeOpenerArticles: readonly string[];
  /** Words before two figures that make them a change, not a range ("van 120 naar 312", "from 120 to 312"). */
  changeFrom: readonly string[];
  /** Between the two figures of a change ("van 120 naar 312", "from 120 to 312"). */
  changeTo: readonly string[];
  /**
   * Joiners of `changeTo` that make a range after a change word when no change cue (`changeCues`) stands
   * before it in its clause: "temperaturen van 30 tot 34 graden" is 30..34, "steeg van 3 tot 5 procent" a change.
   */
  rangeAfterChangeFrom: readonly string[];
  /** Words that introduce the size of a change ("een toename met 192", "an increase of 192, or 160 percent"). */
  changeAmountCues: readonly string[];
  /** Plural time units: a relative date made of them alone is too vague to be a claim ("komende dagen"). */
  pluralTimeUnits: readonly string[];
  /** Vague plurals with the interval they stand for. */
  vague: Record<string, readonly [number, number]>;
  /** Vague plurals that are also verbs ("Messi scores twice"): a count only before `vagueVerbAfter` ("scores of people", "scores more"). */
  vagueVerbs: readonly string[];
  vagueVerbAfter: readonly string[];
  /** Fraction phrases, and whether they need "van"/"of" after them to be a fraction. */
  fractions: Record<string, { value: number; needsOf: boolean }>;
  fractionOf: readonly string[];
  /** Words after a fraction that make it something else ("een kwart over drie", "a quarter past"). */
  fractionNotBefore: readonly string[];
  percentWords: readonly string[];
  percentPointWords: readonly string[];
  /** Currency words and symbols to ISO 4217. */
  currencyBefore: Record<string, string>;
  currencyAfter: Record<string, string>;
  /** Hundredths of a currency, to the ISO 4217 code of the whole ("50 cent" = 0.50 EUR). */
  currencySubunits: Record<string, string>;
  /** Unit words to mathjs unit names. */
  unitWords: Record<string, string>;
  /**
   * Unit words the article quantifies as one ("een meter", "een ha", "a kilometre"). Not those the
   * article makes an idiom of ("een ton" is €100.000, "a degree in law", "by a mile", "an inch").
   */
  articleUnits: readonly string[];
  /**
   * "een meter of tien", "een week of drie", "een stuk of twintig": about the number after the joiner,
   * in the unit before it (a count after a count word). The article, the joiner and the count words;
   * empty where the language has no such phrase.
   */
  approximateOf: { article: readonly string[]; joiner: readonly string[]; countWords: readonly string[] };
  /**
   * Currency words that are also a weight, with the weight unit they then stand for ("pond": 500 g,
   * "pounds": lb), and the words of weighing that make them one when they stand near the figure in
   * its sentence ("weegt", "baby", "weighs"; matched as word starts, so "zwaar" covers "zwaarder").
   */
  weightCurrencies: { units: Record<string, string>; cues: readonly string[] };
  /**
   * Words of weather and climate that make a capital C or F glued to a number degrees ("hit 41C", "1.5C
   * of warming") when they stand near it in its sentence; matched as word starts ("temperat", "warm").
   */
  temperatureCues: readonly string[];
  durationUnits: Record<string, DurationUnit>;
  /** Time words that are a multiple of a duration unit: "decade" and "decennium" → 10 years, "fortnight" → 2 weeks. */
  durationMultiples: Record<string, { unit: DurationUnit; factor: number }>;
  /**
   * Time-unit letters glued to digits as a duration ("for 3h", "within 2h"), lower case only: a capital
   * after digits is a name ("3D", "5G"). Not after a clock word ("at 3h") nor before more digits ("5h30").
   */
  gluedDurationUnits: Record<string, DurationUnit>;
  /** Minute words, read only after hours ("1 hour and 30 minutes" is 1.5 hours); minutes alone are no claim. */
  minuteWords: readonly string[];
  /** Parts of the day written apart after a weekday ("Wednesday evening"); Dutch glues them (`dayParts`). */
  spacedDayParts: readonly string[];
  /** Weekday abbreviations that are also words ("sun", "sat"), not read as weekdays after a week. */
  weekdayAbbreviationWords: readonly string[];
  /** The preposition before which a lower-case month homograph or short name is the month ("in may", "in dec"). */
  monthPrepositions: readonly string[];
  /** Vague numbers of time units as a vague duration ("several weeks" 3..9, "een paar uur" 2..5), and the unit words they take. */
  vagueDurations: { words: Record<string, readonly [number, number]>; units: readonly string[] };
  /** One whole unit of time as a duration of 1: "all day", "de hele maand". */
  wholeUnits: Record<string, DurationUnit>;
  /** Multiples that stand for one of themselves after an anchor word: "the past decade", "het afgelopen decennium". */
  anchoredMultiples: readonly string[];
  /**
   * Time units that stand for one of themselves after "within" / "binnen" and an anchor word: "within the next
   * week" is a span of a week from the article date, not next week ("binnen de komende week").
   */
  withinUnits: readonly string[];
  /**
   * Words after "a year", "een jaar" that make it a span back or forward from another time, not a rate
   * after the figure before it: "£1.62 a year earlier" (a rate: "€40 million a day").
   */
  durationOffsets: readonly string[];
  /** Words after a "jaar"/"years" figure that make it an age, and words before that make it one. */
  ageAfter: readonly string[];
  ageBefore: readonly string[];
  /** Before an age in years that is a bound ("jonger dan achttien jaar", "younger than 18 years"). */
  ageBounds: Record<string, Qualifier>;
  /**
   * People words and the bounds after them that make a bare number an age ("children under 10",
   * "people over 65", "kinderen onder de 12"): no year word is needed after such a noun.
   */
  agePeople: { nouns: readonly string[]; bounds: Record<string, Qualifier> };
  /** Words right after a number that make it no count: time under an hour ("5 minuten", "19 seconds"). */
  notCountAfter: readonly string[];
  /**
   * A multiplier, no count: the times word after a figure (or after "two or three") and the comparisons
   * it may stand before ("two or three times higher", "drie keer zo hoog", "100 times more than").
   */
  multipliers: { words: readonly string[]; before: readonly string[]; alternatives: readonly string[] };
  /** Words before a label of `notCountBefore` that make it a date, not a label ("vorige week 8.412"). */
  labelNotAfter: readonly string[];
  /** Words before a weekday or month that put it in the future ("will", "is expected to", "zal"). */
  futureCues: readonly string[];
  /**
   * Verbs of a schedule in the present tense, right before a weekday or month (and its preposition),
   * that put it in the future: "The race ends on Sunday", "De Tour eindigt zondag".
   */
  scheduleVerbs: readonly string[];
  /** Negations that make a zero claim: before a measure noun ("geen doden", "no deaths"), or alone for people ("niemand", "nobody"). */
  negations: { beforeNoun: readonly string[]; alone: readonly string[] };
  /** Glued to an age: "42-jarige", "vierjarige", "42-year-old". */
  ageSuffixes: readonly string[];
  /** Before a date of birth: "geboren in 1981", "(°1981)", "born in 1981". */
  birthCues: readonly string[];
  /** After a date of birth, where the verb comes last: "op 2 maart 1972 geboren". */
  birthCuesAfter: readonly string[];
  /** Words before a number that make it a time, page, article or other identifier, not a count. */
  notCountBefore: readonly string[];
  /** Suffixes glued to digits that make an ordinal ("3e", "21st"). */
  ordinalSuffixes: readonly string[];
  /**
   * Words right before a duration (or between its number and unit) that tie it to the article date:
   * `before` it ("de afgelopen", "the past"), `after` it ("de komende", "the coming"), and after it only
   * with a future cue in the sentence (`afterWithFuture`: "volgende", "next"); `within` before those
   * words starts the span at the article date itself ("binnen de komende tien maanden"); `startingOn`
   * after a duration makes the day after it its first ("a week starting tomorrow").
   */
  durationAnchors: {
    before: readonly string[]; after: readonly string[]; afterWithFuture: readonly string[]; within: readonly string[]; startingOn: readonly string[];
    /** A word that makes the duration a length ("for 3 days"), and the words that then start it on a day ("from today"). */
    lengthOf: { words: readonly string[]; from: readonly string[] };
    /** Before "N units of" a period: its first ("de eerste drie maanden van 2020") or last ones. */
    firstOf: readonly string[];
    lastOf: readonly string[];
    /** Words between a number and its unit that tie the duration to no date: "3 more days", "two further years". */
    inner: readonly string[];
  };
  /** Words before a duration that tie it to "up to now" ("voor het eerst in", "for the past"). */
  untilNowCues: readonly string[];
  /** Words that tie a duration and a "since" date in another sentence to one event ("voor het eerst in drie maanden" … "de eerste maal sinds begin maart"). */
  firstTimeCues: readonly string[];
  /** Verbs near a date that make it the start of a period ("die op 5 oktober begon", "which began on"). */
  startVerbs: readonly string[];
  /** Words before a date that make it the start of a period up to now ("sinds", "since"). */
  sinceCues: readonly string[];
  /** Part-of cues: after the figure ("onder hen", "of them") and before it ("van wie", "including"). */
  partCuesAfter: readonly string[];
  partCuesBefore: readonly string[];
  /** Between two figures, making the first a part of the second: "41 van de 312", "41 of the 312". */
  partOfNext: readonly string[];
  /** Before a figure stated as a total of what follows ("in totaal 11", "a total of 11"). */
  totalCuesBefore: readonly string[];
  /** Before a figure some of which the sentence goes on to name ("Van de 312 gevallen werden er 180 …"). */
  selectionCuesBefore: readonly string[];
  /** Function words after a figure that show it has no noun of its own ("180 in Antwerpen", "180 were"). */
  functionWords: readonly string[];
  /** Pronouns that open a sentence about the person of the one before ("Hij werd … geboren"). */
  personalPronouns: readonly string[];
  /** After a figure (and its noun) that totals a list before it ("… 11 mensen in totaal"). */
  totalCuesAfter: readonly string[];
  /** The word that joins the last item of a list ("en", "and"). */
  listJoiner: string;
  /** A fraction of a duration's unit after the list joiner: "one hour and a half", "a year and a quarter". */
  unitFractions: Record<string, number>;
  /** Verbs right after a bare figure that let the clause's verb name its measure ("zeven worden vermist"). */
  auxiliaries: readonly string[];
  /** Words that make two figures a change, not a conflict ("steeg van 120 naar 312", "rose from"). */
  changeCues: readonly string[];
  /** Phrases after a figure that make it a rate ("per dag", "every week"), and the period each stands for. */
  ratePhrases: Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'>;
  /** Date modifiers: "begin maart" → days 1-10. */
  dateModifiers: Record<string, 'early' | 'mid' | 'late'>;
  /** "vorig jaar" after a month name: which year it puts the month in, relative to the article. */
  relativeYears: Record<string, number>;
  /** Prepositions chrono leaves in front of a date ("op woensdag"). */
  datePrepositions: readonly string[];
  /** Words that place a weekday against the article date ("volgende maandag", "last Friday"). */
  weekdayShifts: Record<string, WeekdayShift>;
  /** Weeks named against the article date ("volgende week", "last week"), before a weekday. */
  relativeWeeks: Record<string, -1 | 0 | 1>;
  /** Full month names. */
  months: Record<string, number>;
  /** Short month names, read only after a day ("4 jan 2019"), since "Jan" is also a name. */
  monthAbbreviations: Record<string, number>;
  /** Full weekday names (chrono also reads abbreviations such as "zo" and "zat", which we refuse). */
  weekdays: Record<string, number>;
  /** Parts of a day glued to a weekday ("donderdagochtend"). */
  dayParts: readonly string[];
  /** Words after a duration that make it a date counted from the article ("drie maanden geleden"). */
  agoWords: readonly string[];
  /**
   * Month names that are also common words in lower case ("may", "march", "august"): read as a month
   * only when capitalised. Other month names are months in any case ("july", "oktober").
   */
  monthHomographs: readonly string[];
  /** Words after a homograph opening a sentence that make it the verb ("May I ask", "May we"; "In May we" is the month). */
  homographVerbBefore: readonly string[];
  /**
   * Capitalised words that make the weekday after them the name of an event, not a day of the article's
   * week ("Super Tuesday", "Bloody Sunday", "Zwarte Zaterdag"). Holidays among them ("Black Friday",
   * "Goede Vrijdag") are the holiday extractor's.
   */
  weekdayEventWords: readonly string[];
  /** Words after a date that make the figure after them of that time itself: "since 2001, when 59.4 per cent voted". */
  thatTimeWords: readonly string[];
  /**
   * Words chrono takes after a time unit as "from now" that are mostly a verb's particle in news: "De
   * brand brak rond 19.30 uur uit" (uitbreken) is no date 19.30 hours ahead.
   */
  unitAfterParticles: readonly string[];
  /** Nouns that make a holiday before them part of a name: "the Good Friday Agreement", "het Paasakkoord" is one word. */
  holidayNameNouns: readonly string[];
  /** Words that make a chrono date a span of time from now instead ("in drie maanden" is a duration). */
  durationOpeners: readonly string[];
  /** "de nacht van dinsdag op woensdag": the words around the two weekdays, and the article before them. */
  nightOf: { article: string; opener: string; joiner: string };
  /** Between a date modifier and its month: "eind van mei", "the end of May". */
  modifierJoiner: string;
  /** Words before a year that make it a date claim ("in 2019"). */
  yearCues: readonly string[];
  /**
   * Beside month and weekday names, the words that can start a date chrono reads: casual days
   * ("gisteren") and month abbreviations. chrono reads only the text around such a cue, a relative
   * date ("vorige week") or a digit date ("5/3", "2020-03-05"); a word matches as a prefix, so
   * "gisteravond" is covered by "gister".
   */
  dateCues: readonly string[];
  /** Words that make a time unit after them a relative date ("vorige week", "this year"). */
  relativeDateWords: readonly string[];
  /** Days chrono does not read, against the article date: "vanmorgen" 0, "gisteravond" -1, "this morning" 0. */
  casualDays: Record<string, number>;
  /** Short weekday names ("di", "Tue"), read only before a day of the month ("di 4 juni", "Tue 13th"). */
  weekdayAbbreviations: Record<string, number>;
  /** Ordinal words for days of the month: "tweede" 2, "eenendertigste" 31, "twenty-first" 21. */
  dayOrdinals: Record<string, number>;
  /** Words between the two ends of a date range ("van mei tot september", "2014-2018", "May through July"). */
  dateRangeJoiners: readonly string[];
  /**
   * A year as the start of an open period: after it ("na 2018", "later than 2018": since the year after)
   * or from it on ("2018 of later", "2018 or later": since that year); a year as the end of one ("vóór
   * 2010", "before 2010": until 2009), and after an open or closing year ("tot 2018 of voor 2000"). The
   * same words open or close a month ("after Feb", "na half mei"); `beforePart` closes only a part of a
   * month ("voor begin september", where bare "voor" before a month is mostly "for"). After a modifier
   * that names a point (`points`: "the beginning of", "the end of") they open or close at that point:
   * "after the beginning of March" is from 1 March on, "before the end of December" up to 31 December.
   */
  openYears: {
    after: readonly string[]; orLater: readonly string[]; before: readonly string[]; beforeCoordinated: readonly string[]; beforePart: readonly string[];
    points: readonly string[];
  };
  /** Clock times named by a word ("noon", "middaguur"): "from today until noon tomorrow" joins two days. */
  clockNames: readonly string[];
  /** Words that set a year apart right after a dated year ("before 2000 but not 1998", "na 2010 maar niet 2012"). */
  yearExceptions: readonly string[];
  /** Words that cue a range of years but not a year alone ("de periode 2014-2018", "the range is 2014 to 2018"). */
  yearRangeCues: readonly string[];
  /** Words before the first end of a date range ("van 2014 tot 2018", "from 2014 to 2018"). */
  dateRangeFrom: readonly string[];
  /** Between a counted weekday and its month: "the first Tuesday of November", "de laatste vrijdag van juni". */
  weekdayOfMonthJoiners: readonly string[];
  /**
   * Quarters, halves and weeks of the calendar: "het eerste kwartaal van 2019", "Q3 2019", "H2 2019", "vorig
   * kwartaal", "the past two quarters", "week 31", "de laatste week van juli", "de week van 10 april".
   */
  /** The article's moment as the end of a date range ("van maart tot nu", "between Jan 2019 and now", "from March to date"). */
  rangeNowWords: readonly string[];
  calendarPeriods: {
    /** The word for a quarter, singular and plural ("kwartaal", "kwartalen"). */
    quarter: readonly string[];
    quarters: readonly string[];
    /** The word for a week. */
    week: string;
    /** "van" / "of" between a period and what it is part of ("de eerste week van juli"). */
    of: string;
    /** The article before a period ("het eerste kwartaal", "the first week"). */
    articles: readonly string[];
    /** "laatste" / "last": the last quarter or week of a year or month. */
    last: readonly string[];
    /** The year as a whole ("van het jaar", "of the year"): the article date's. */
    theYear: readonly string[];
    /** Words that place a quarter against the article's ("vorig kwartaal" -1, "next quarter" +1). */
    shifts: Record<string, -1 | 0 | 1>;
    /** Whether "week 31" alone is the article year's week 31 (Dutch news numbers weeks; English says "week 3 of the trial"). */
    bareWeekNumber: boolean;
    /** Whether an ordinal quarter needs no year ("het derde kwartaal"); English "the fourth quarter" is also a game's. */
    bareQuarter: boolean;
    /** Words before a day that make it the week it falls in ("de week van 10 april", "the week beginning February 4"). */
    weekOf: readonly string[];
    /** The working week, placed by a shift word ("deze werkweek", "next workweek"): that calendar week. */
    workWeek: readonly string[];
    /** The week after the next ("de week na volgende", "the week after next"). */
    weekAfterNext: readonly string[];
    /** The article's own week, by a part of it ("eerder in de week", "later in the week"). */
    weekNow: readonly string[];
    /** The calendar year, placed by a shift word ("dit kalenderjaar", "this calendar year"). */
    calendarYear: readonly string[];
    /** The calendar year's code before its year, all lower or all upper case: "CY2008", "cy 2008", "CY18" (not "Cy", a name). */
    calendarYearCodes: readonly string[];
    /** The article's year seen from within it, as `weekNow` for the week: "later in the year", "eerder in het jaar". */
    yearNow: readonly string[];
    /** The article's year up to its date ("het jaar tot op heden", "year to date", "YTD"). */
    yearToDate: readonly string[];
    /** The calendar units a date modifier can take against the article ("eind van de maand", "the end of next year"). */
    units: Record<string, 'week' | 'month' | 'year'>;
  };
  /** Words before a decade ("de jaren '90", "jaren 1990"); empty where the decade takes a suffix instead. */
  decadeWords: readonly string[];
  /** The suffix of a decade ("the 1990s", "the '90s"); empty where words come before it. */
  decadeSuffix: string;
  /**
   * Tens in words after a decade word: "de jaren negentig" (1990s). English has none: "in the nineties" is
   * also a temperature ("highs in the nineties") or an age ("in his nineties").
   */
  decadeNumberWords: Record<string, number>;
  /** The word for a century ("de 15e eeuw", "the 21st century"). */
  centuryWords: readonly string[];
  /** Words before "de 15e" / "the 18th" that make a day of the month alone a date ("op de 15e", "on the 18th"). */
  dayAloneCues: readonly string[];
  /** Words before a clock time after a date ("vrijdag de 26e om 4", "Friday the 26th at 4"). */
  clockJoiners: readonly string[];
  /** Words after the hour of a clock time ("zes uur", "six pm"). */
  clockWords: readonly string[];
  /**
   * Days in digits may follow the month name ("July 4th", "May 13 1999"); in Dutch they come before it. In
   * digit dates the same order holds: "5/7/2020" is May 7 in English, 5 July in Dutch.
   */
  dayAfterMonth: boolean;
  /** The word for a day in "de 23e dag van september", "the 23rd day of September". */
  dayOfMonthWord: string;
  /** Named days of the year ("Pasen", "Koningsdag", "Christmas Eve"), by rule. */
  holidays: Record<string, Holiday>;
  /** Words before a named day that place it against the article date ("volgende Pasen", "last Easter"). */
  holidayShifts: Record<string, 'next' | 'last'>;
  /**
   * A holiday's weekend: the word for weekend ("the weekend of Halloween", "Labor Day weekend") and Dutch
   * compounds with the holiday that closes or opens them ("paasweekend" → "tweede paasdag").
   */
  holidayWeekend: { word: string; of: string; compounds: Record<string, string> };
  /** Words before a bare single-word named day that make it a date ("met Pasen", "at Christmas"). */
  holidayCues: readonly string[];
  /**
   * Named days that are also a common phrase, read only right after a cue with no article: "before new
   * year" is 1 January, "in the new year", "plans for the new year", "Lunar New Year" are not.
   */
  holidaysAfterCueOnly: readonly string[];
  /**
   * Words between a count of time units and a date that count from it, with their direction:
   * "twee dagen na vandaag" (+1), "2 weeks before May 13" (-1).
   */
  /** Names of years that are not the calendar's, before their number ("fiscal year 2008", "schooljaar 2008"). */
  nonCalendarYears: readonly string[];
  /** The article's own moment after an offset joiner: "3 days from now", "drie weken vanaf nu". */
  offsetNow: readonly string[];
  offsetJoiners: Record<string, 1 | -1>;
  /** Words before such a count that make it a period instead ("de drie dagen na de ramp", "the two weeks before"). */
  offsetPeriodWords: readonly string[];
}
