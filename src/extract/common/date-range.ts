import type { ClaimDraft } from '../../claims/types.js';
import { compareDays, daysInMonth, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor, Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';
import { resolveDate, type Part, type ResolvedDate, type StatedDate } from './date-resolve.js';

type DateDraft = ClaimDraft & { kind: 'date' };

/**
 * A date range as one claim, as a range of figures is (docs/claim-conventions.md): qualifier `range`,
 * `value` its first end at that end's grain ("2014", "2020-05"), `low` the first day of the first end
 * and `high` the last day of the last. Null when the ends are in the wrong order.
 */
export function rangeDraft(ctx: ExtractContext, start: number, end: number, from: ResolvedDate, to: ResolvedDate): DateDraft | null {
  if (from.low > to.high || (from.low === to.low && from.high === to.high)) return null;
  const draft = dateDraft(ctx, start, end, { value: from.value, low: from.low, high: to.high, grain: from.grain }) as DateDraft;
  // "from May to October": the opener starts the range, not a period up to now.
  const { since: _since, ...rest } = draft;
  return { ...rest, qualifier: 'range' };
}

/**
 * The two ends of a stated range resolved together: an end without a year takes the other's ("mei tot
 * okt 2020" is May 2020; "nov-feb 2017" starts in November 2016); with no year at all, the range is the
 * latest such range to start on or before the article date (one under way at the article date included).
 */
export function resolveRange(ctx: ExtractContext, from: StatedDate, to: StatedDate): [ResolvedDate, ResolvedDate] | null {
  const order = (a: StatedDate, b: StatedDate) => ((a.month ?? 1) - (b.month ?? 1)) * 40 + ((a.day ?? 1) - (b.day ?? 1));
  const f = { ...from };
  const t = { ...to };
  // "March 2-1" is a score: within one month, the second day must not come before the first.
  if (f.year === undefined && t.year === undefined && f.month === t.month && (t.day ?? 0) < (f.day ?? 0)) return null;
  if (t.year === undefined && f.year === undefined) {
    // The latest such range to start by the article date: "tussen augustus en oktober" in September is
    // this year's, under way.
    const first = resolveDate(f, ctx.doc.date);
    if (!first) return null;
    f.year = parseDay(first.low).year;
  }
  if (f.year === undefined) f.year = order(f, t) > 0 ? t.year! - 1 : t.year;
  if (t.year === undefined) t.year = order(f, t) > 0 ? f.year! + 1 : f.year;
  const a = resolveDate(f, ctx.doc.date);
  const b = resolveDate(t, ctx.doc.date);
  return a && b ? [a, b] : null;
}

/** `"2014-2018"`, `"van 2014 tot 2018"`, `"between 2014 and 2018"`: a range of years. */
export const yearRangeExtractor: Extractor = {
  name: 'year-range',
  pattern: (ctx) =>
    memo(ctx.lex, 'year-range', () => {
      const { lex } = ctx;
      const year = String.raw`((?:1[89]|2[01])\d\d)`;
      const openers = Object.keys(lex.rangeOpeners);
      const paired = Object.values(lex.rangeOpeners).flat();
      // A year range needs a word before it, as a year does ("van 2014 tot 2018", "in 2014-2018"): "the
      // 1991-2020 average" names a reference period, not a date.
      const cue = matchAny([...openers, ...lex.dateRangeFrom, ...lex.yearCues, ...lex.yearRangeCues]);
      // "tussen 2014 en 2018" pairs its words; "in 2007 en 2009" names two years, no range. "tussen 2007
      // en het einde van 2008" ends with the last day of 2008 all the same.
      const endOfYear = `(?:(?:(?:${matchAny(lex.calendarPeriods.articles)})\\s+)?${matchAny(endOf(lex))}\\s+)?`;
      return new RegExp(
        `(?<![\\p{L}])(?:(?:${matchAny(openers)})\\s+${year}\\s+(?:${matchAny(paired)})\\s+${endOfYear}${year}|(?:${cue})\\s+(?:${year}\\s+(?:${matchAny(lex.dateRangeJoiners)})\\s+${year}|${year}\\s?[-–~]\\s?${year}))(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%)`,
        'giud',
      );
    }),
  extract(ctx, match) {
    const [, a1, b1, a2, b2, a3, b3] = match;
    const from = Number(a1 ?? a2 ?? a3);
    const to = Number(b1 ?? b2 ?? b3);
    if (!(to > from)) return null;
    // "tussen 2000 en 2020 mensen": a count of people, not years.
    const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(match.index + match[0].length))?.[1];
    if (next && ctx.isMeasureWord(next.toLowerCase())) return null;
    // "tussen 1800 en 2000 euro", "between 1500 and 2000 km": an amount or a quantity.
    if (ctx.grammar.suffixAt(ctx.text, match.index + match[0].length)) return null;
    const start = match.indices?.[a1 !== undefined ? 1 : a2 !== undefined ? 3 : 5]?.[0] ?? match.index;
    const ends = resolveRange(ctx, { year: from }, { year: to });
    return ends ? rangeDraft(ctx, start, match.index + match[0].length, ...ends) : null;
  },
};

/**
 * Two dates joined as a range ("tussen augustus en oktober", "Nov 18-Dec 19, 2015", "between 10/1-11/7",
 * "tussen 3 en 12 sept") become one range claim. The ends come from the other extractors; a day of the
 * month alone before a dated day takes its month ("3 en 12 sept").
 */
export const dateRangeRefiner: Refiner = {
  name: 'date-range',
  refine(ctx, drafts) {
    const re = memo(ctx.lex, 'date-range-gap', () => {
      const { lex } = ctx;
      return {
        // "van 2007 tot het einde van 2008", "from April to the end of June": the second end is already its last day.
        joiner: new RegExp(`^\\s*(?:${matchAny(lex.dateRangeJoiners)})\\s*(?:(?:(?:${matchAny(lex.calendarPeriods.articles)})\\s+)?${matchAny(endOf(lex))}\\s+)?$`, 'iu'),
        paired: new RegExp(`^\\s+(?:${matchAny(Object.values(lex.rangeOpeners).flat())})\\s+(?:(?:(?:${matchAny(lex.calendarPeriods.articles)})\\s+)?${matchAny(endOf(lex))}\\s+)?$`, 'iu'),
        opener: new RegExp(`(?<![\\p{L}])${matchAny(Object.keys(lex.rangeOpeners))}\\s+$`, 'iu'),
        // "next", "this", "volgende", "next week": the words that place a weekday.
        placing: new RegExp(`(?<![\\p{L}])${matchAny([...Object.keys(lex.weekdayShifts), ...Object.keys(lex.relativeWeeks)])}(?![\\p{L}])`, 'iu'),
        placedStart: new RegExp(`^${matchAny([...Object.keys(lex.weekdayShifts), ...Object.keys(lex.relativeWeeks)])}\\s`, 'iu'),
        fromOpener: new RegExp(`(?<![\\p{L}])${matchAny([...lex.dateRangeFrom, ...Object.keys(lex.rangeOpeners)])}\\s+$`, 'iu'),
        weekday: new RegExp(`(?<![\\p{L}])${matchAny(Object.keys(lex.weekdays))}`, 'iu'),
        month: new RegExp(`(?<![\\p{L}])${matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)])}(?![\\p{L}])`, 'iu'),
        // "tot het einde van juni" where the date read is "einde van juni": the article belongs to it.
        endOfStart: new RegExp(`^${matchAny(endOf(lex))}\\s`, 'iu'),
        clockEnd: new RegExp(`(?<=\\S)\\s+(?:(?:${matchAny(lex.calendarPeriods.articles)})\\s+)?(?:${matchAny(lex.clockNames)}|\\d{1,2}[:.]\\d\\d(?:\\s*${matchAny(lex.clockWords)})?|\\d{1,2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))\\s+$`, 'iu'),
        articleEnd: new RegExp(`\\s(?:${matchAny(lex.calendarPeriods.articles)})\\s+$`, 'iu'),
      };
    });
    // The range is added beside its ends; the overlap refiner after this one keeps it, as the longer.
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const ranges: ClaimDraft[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      if (a.kind !== 'date') continue;
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.start < a.end) j += 1;
      const b = sorted[j];
      const joined = b?.kind === 'date' ? join(ctx, re, a, b) : null;
      if (joined) ranges.push(joined);
    }
    return ranges.length === 0 ? drafts : [...drafts, ...ranges];
  },
};

/** The third of its month a month claim stands for ("mid-March" 11..20, "the end of March" 21..31), kept when a range reads it again. */
function partOf(d: DateDraft): { part?: Part } {
  const low = parseDay(d.low);
  const high = parseDay(d.high);
  if (low.month !== high.month || low.year !== high.year) return {};
  if (low.day === 11 && high.day === 20) return { part: 'mid' };
  if (low.day === 21 && high.day === daysInMonth(high.year, high.month)) return { part: 'late' };
  if (low.day === 1 && high.day === 10) return { part: 'early' };
  return {};
}

/** A quarter or a half with its year ("Q1 2017", "het derde kwartaal van 2018"): a range of whole months. */
const quarterLike = (d: DateDraft): boolean => d.qualifier === 'range' && d.grain === 'month' && /\d{4}/u.test(d.text) && d.low.endsWith('-01');

/** "einde van", "the end of": the modifiers of a late part, with their joiner ("eind mei" needs none). */
const endOf = (lex: ExtractContext['lex']): string[] =>
  Object.keys(lex.dateModifiers)
    .filter((m) => lex.dateModifiers[m] === 'late' && !m.endsWith('-'))
    .flatMap((m) => (m.endsWith(` ${lex.modifierJoiner}`) ? [m] : [`${m} ${lex.modifierJoiner}`]));

const NEVER = /(?!)/u;

type JoinPatterns = { joiner: RegExp; paired: RegExp; opener: RegExp; fromOpener: RegExp; placing: RegExp; placedStart: RegExp; clockEnd: RegExp; weekday: RegExp; month: RegExp; endOfStart: RegExp; articleEnd: RegExp };

/** "from next Friday", "between this Monday": a weekday its modifier places, with no digits, after an opener. */
function placedAfterOpener(ctx: ExtractContext, re: JoinPatterns, a: DateDraft): boolean {
  return a.grain === 'day' && !/\d/u.test(a.text) && re.placing.test(a.text) && re.fromOpener.test(ctx.text.slice(Math.max(0, a.start - 12), a.start));
}

function join(ctx: ExtractContext, re: JoinPatterns, a: DateDraft, b: DateDraft): DateDraft | null {
  if (a.unresolved || b.unresolved || a.grain === 'week' || b.grain === 'week') return null;
  // Quarters and halves are ranges of months, and may be the ends of one ("van Q1 2017 tot Q3 2018").
  if ((a.qualifier === 'range' || b.qualifier === 'range') && !(quarterLike(a) && quarterLike(b))) return null;
  if (a.low.length !== 10 || b.low.length !== 10) return null;
  // Days named by their weekday stay apart ("tussen woensdagavond en donderdagmiddag"): each keeps the
  // weekday it states, which weekday-mismatch checks. A weekday placed by a word ("from next Friday to Oct
  // 1st 2020") states no date to check; after an opener it starts the range.
  if (re.weekday.test(b.text) || (re.weekday.test(a.text) && !placedAfterOpener(ctx, re, a))) return null;
  const raw = ctx.text.slice(a.end, b.start);
  // "vanaf het middaguur vandaag tot het middaguur morgen": a clock time before the second day is no part of the gap.
  const gap = (re.endOfStart.test(b.text) ? raw.replace(re.articleEnd, ' ') : raw).replace(raw.length <= 40 ? re.clockEnd : NEVER, ' ');
  const paired = re.paired.test(gap) && re.opener.test(ctx.text.slice(Math.max(0, a.start - 20), a.start));
  if (!paired && !re.joiner.test(gap)) return null;
  // The first end read on its own took the latest such date before the article: read it again against
  // the second, in the same year or the one before ("nov-feb 2017", "18 nov-19 dec, 2015").
  let from: ResolvedDate = a;
  let to: ResolvedDate = b;
  const named = /\d/u.test(a.text) || re.month.test(a.text);
  // "from 5/12 to next 5/19": an end its own word places keeps its reading, and the first end its own.
  const placedEnd = re.placedStart.test(b.text) && !re.placedStart.test(a.text);
  if (placedEnd) {
    if (a.low > b.low) return null;
  } else if (named && !/\d{4}/u.test(a.text) && !/\d{4}/u.test(b.text) && (a.grain === 'day' || a.grain === 'month') && (b.grain === 'day' || b.grain === 'month')) {
    // Neither end has a year: the latest such range to start by the article date (resolveRange).
    const stated = (d: DateDraft): StatedDate => ({ month: parseDay(d.low).month, ...(d.grain === 'day' ? { day: parseDay(d.low).day } : partOf(d)) });
    const ends = resolveRange(ctx, stated(a), stated(b));
    if (!ends) return null;
    [from, to] = ends;
  } else if (!/\d{4}/u.test(a.text)) {
    const aDay = parseDay(a.low);
    const bDay = parseDay(b.low);
    if (!named) {
      if (compareDays(aDay, bDay) > 0) return null; // "maandag tot woensdag" read apart and in the wrong order
    } else {
      const year = bDay.year - (aDay.month * 40 + aDay.day > bDay.month * 40 + bDay.day ? 1 : 0);
      const again = resolveDate({ year, month: aDay.month, ...(a.grain === 'day' ? { day: aDay.day } : {}) }, ctx.doc.date);
      if (!again) return null;
      from = again;
    }
  }
  return rangeDraft(ctx, a.start, b.end, from, to);
}

/**
 * `"de jaren '90"`, `"jaren 1990"`, `"the 1990s"`, `"the '90s"`, `"de 15e eeuw"`, `"the 21st century"`,
 * `"the nineteenth century"`: a decade or a century, as a range of years (1990..1999; the 15th century
 * 1400..1499, as news counts it). A bare "90s" is left alone ("in his 90s").
 */
export const decadeCenturyExtractor: Extractor = {
  name: 'decade-century',
  pattern: (ctx) =>
    memo(ctx.lex, 'decade-century', () => {
      const { lex } = ctx;
      const decade = lex.decadeSuffix
        ? // "the 1990s", "the '90s"; "in 1990 s." with the suffix split off (before punctuation or the end only).
          String.raw`(?:((?:1[0-9]|20)\d)0(?:${lex.decadeSuffix}| ${lex.decadeSuffix}(?=[.,;:!?)]|$))|['’](\d)0${lex.decadeSuffix})`
        : String.raw`${matchAny(lex.decadeWords)}\s+(?:((?:1[0-9]|20)\d)0|['’](\d)0${Object.keys(lex.decadeNumberWords).length > 0 ? `|(${matchAny(Object.keys(lex.decadeNumberWords))})` : ''})`;
      const ordinal = String.raw`(?:([12]?\d)${matchAny(lex.ordinalSuffixes)}|(${matchAny(Object.keys(lex.dayOrdinals))}))`;
      // The tens in words come third in Dutch; the English pattern has an empty group in their place.
      const tensGroup = lex.decadeSuffix || Object.keys(lex.decadeNumberWords).length === 0 ? '()' : '';
      return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${decade}${tensGroup}|${ordinal}\\s+${matchAny(lex.centuryWords)})(?![\\p{L}\\p{N}])`, 'giu');
    }),
  // A decade's "0s" (or its word) or the century word: every form holds one.
  gate: (ctx) =>
    memo(ctx.lex, 'decade-century-gate', () => {
      const { lex } = ctx;
      return new RegExp(`${lex.decadeSuffix ? `0 ?${lex.decadeSuffix}` : matchAny(lex.decadeWords)}|${matchAny(lex.centuryWords)}`, 'giu');
    }),
  extract(ctx, match) {
    const [text, decade4, decade2, tensWord, centuryDigits, centuryWord] = match;
    let first: number;
    let last: number;
    const tens = tensWord === undefined ? undefined : ctx.lex.decadeNumberWords[tensWord.toLowerCase()];
    if (tens !== undefined) {
      // "de jaren negentig" 1990-1999, "de jaren twintig" the latest twenties to start by the article date.
      const refYear = ctx.doc.date ? parseDay(ctx.doc.date.low).year : 9999;
      first = 2000 + tens * 10 <= refYear ? 2000 + tens * 10 : 1900 + tens * 10;
      last = first + 9;
    } else if (decade4 !== undefined || decade2 !== undefined) {
      first = decade4 !== undefined ? Number(decade4) * 10 : 1900 + Number(decade2) * 10;
      last = first + 9;
    } else {
      const n = centuryDigits !== undefined ? Number(centuryDigits) : ctx.lex.dayOrdinals[(centuryWord ?? '').toLowerCase().replace(/\s+/gu, ' ')];
      if (n === undefined || n < 1 || n > 21) return null;
      first = (n - 1) * 100;
      last = first + 99;
    }
    const draft = dateDraft(ctx, match.index, match.index + text.length, { value: String(first).padStart(4, '0'), low: `${String(first).padStart(4, '0')}-01-01`, high: `${String(last).padStart(4, '0')}-12-31`, grain: 'year' }) as DateDraft;
    return { ...draft, qualifier: 'range' };
  },
};
