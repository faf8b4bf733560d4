import type { ClaimDraft } from '../../claims/types.js';
import { addDays, daysInMonth, isoDay, isoMonth, isoWeek, parseDay, weekdayOf, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor, Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';
import { resolveDate, weekAround, type Part } from './date-resolve.js';
import { futureCueBetween } from '../future-dates.js';
import { sentenceAt, sentencesOf } from './sentences.js';

type DateDraft = ClaimDraft & { kind: 'date' };

export const YEAR = String.raw`((?:1[89]|2[01])\d\d)`;

/** Months `first` (counted as year * 12 + month - 1) and the `count - 1` after it, as one range claim. */
function monthsDraft(ctx: ExtractContext, start: number, end: number, first: number, count: number): DateDraft {
  const last = first + count - 1;
  const [y1, m1, y2, m2] = [Math.floor(first / 12), (first % 12) + 1, Math.floor(last / 12), (last % 12) + 1];
  const draft = dateDraft(ctx, start, end, { value: isoMonth(y1, m1), low: isoDay({ year: y1, month: m1, day: 1 }), high: isoDay({ year: y2, month: m2, day: daysInMonth(y2, m2) }), grain: 'month' }) as DateDraft;
  // A quarter is a stretch of months: like any range, it starts no period up to now.
  const { since: _since, ...rest } = draft;
  return { ...rest, qualifier: 'range' };
}

/** The article's month as year * 12 + month - 1, or null without an article date. */
function refMonth(ctx: ExtractContext): number | null {
  if (!ctx.doc.date) return null;
  const day = parseDay(ctx.doc.date.high);
  return day.year * 12 + day.month - 1;
}

/** A number word or digits ("two", "7", "elf"), when it is a whole number from 1 to 20. */
function smallNumber(ctx: ExtractContext, word: string): number | null {
  const n = /^\d+$/u.test(word) ? Number(word) : ctx.grammar.numeral.parse(word)?.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 20 ? n : null;
}

/** `"Q3 2019"`, `"Q1-2017"`, `"2019-Q1"`, `"H2 2019"`: a quarter or half of a stated year. */
export const quarterCodeExtractor: Extractor = {
  name: 'quarter-code',
  pattern: (ctx) =>
    memo(ctx.lex, 'quarter-code', () => {
      const of = matchAny([ctx.lex.calendarPeriods.of]);
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:([QqHh])([1-4])(?:\\s*[-/]\\s*|\\s+${of}\\s+|\\s)${YEAR}|${YEAR}(?:\\s*-\\s*|\\s)([QqHh])([1-4]))(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu');
    }),
  // Its letter and digit: most articles have none, and skip the pattern's scan.
  gate: () => /[QqHh][1-4]/giu,
  extract(ctx, match) {
    const [text, l1, n1, y1, y2, l2, n2] = match;
    const half = (l1 ?? l2 ?? '').toLowerCase() === 'h';
    const n = Number(n1 ?? n2);
    if (half && n > 2) return null;
    const months = half ? 6 : 3;
    return monthsDraft(ctx, match.index, match.index + text.length, Number(y1 ?? y2) * 12 + (n - 1) * months, months);
  },
};

/**
 * `"het eerste kwartaal van 2019"`, `"the 1st quarter of 2013"`, `"het derde kwartaal"` (the latest to
 * start by the article date), `"vorig kwartaal"`, `"the past two quarters"` (whole quarters before the
 * article's), `"next quarter"`. English needs a year or a shift: "the fourth quarter" is also a game's.
 */
export const quarterExtractor: Extractor = {
  name: 'quarter',
  pattern: (ctx) =>
    memo(ctx.lex, 'quarter', () => {
      const { lex } = ctx;
      const p = lex.calendarPeriods;
      const ordinals = matchAny([...Object.keys(lex.dayOrdinals).filter((w) => lex.dayOrdinals[w]! <= 4), ...p.last]);
      const ordinal = String.raw`(?:(${ordinals})|([1-4])${matchAny(lex.ordinalSuffixes)})`;
      const year = String.raw`(?:\s+${matchAny([p.of])}\s+(?:(${matchAny(p.theYear)})|${YEAR}|(${matchAny(Object.keys(lex.relativeYears))})))?`;
      const art = String.raw`(?:(${matchAny(p.articles)})\s+)?`;
      const shifted = String.raw`(${matchAny(Object.keys(p.shifts))})\s+(?:([\p{L}\d-]+)\s+(${matchAny(p.quarters)})|(${matchAny(p.quarter)}))`;
      return new RegExp(`(?<![\\p{L}\\p{N}])${art}(?:${ordinal}\\s+${matchAny(p.quarter)}${year}|${shifted})(?![\\p{L}\\p{N}])`, 'giu');
    }),
  extract(ctx, match) {
    const [text, article, ordWord, ordDigit, theYear, yearDigits, relYear, shiftWord, count, plural, quarterWord] = match;
    const p = ctx.lex.calendarPeriods;
    // "last quarter" with no year after it is the one before the article's, where "last" is a shift.
    const lastAsShift = ordWord !== undefined && theYear === undefined && yearDigits === undefined && relYear === undefined && p.shifts[ordWord.toLowerCase()] !== undefined;
    const shift = lastAsShift ? ordWord : shiftWord;
    const singular = lastAsShift ? ordWord : quarterWord;
    const ref = refMonth(ctx);
    const end = match.index + text.length;
    if (shift !== undefined) {
      const dir = p.shifts[shift.toLowerCase().replace(/\s+/gu, ' ')];
      if (ref === null || dir === undefined) return null;
      const current = ref - (ref % 3);
      if (singular !== undefined) {
        // "the last quarter" of a match is the game's; "last quarter" alone is the calendar's.
        if (article !== undefined && p.last.includes(shift.toLowerCase()) && !p.bareQuarter) return null;
        return monthsDraft(ctx, match.index, end, current + 3 * dir, 3);
      }
      const n = plural !== undefined && count !== undefined ? smallNumber(ctx, count) : null;
      if (n === null || dir === 0) return null;
      return monthsDraft(ctx, match.index, end, dir < 0 ? current - 3 * n : current + 3, 3 * n);
    }
    const word = ordWord?.toLowerCase();
    const q = ordDigit !== undefined ? Number(ordDigit) : word !== undefined && p.last.includes(word) ? 4 : ctx.lex.dayOrdinals[word ?? ''];
    if (q === undefined || q < 1 || q > 4) return null;
    let year: number | null = null;
    if (yearDigits !== undefined) year = Number(yearDigits);
    else if (ref !== null && relYear !== undefined) year = Math.floor(ref / 12) + (ctx.lex.relativeYears[relYear.toLowerCase().replace(/\s+/gu, ' ')] ?? 0);
    else if (ref !== null && (theYear !== undefined || p.bareQuarter)) {
      // "het derde kwartaal": the latest third quarter to start by the article date.
      year = Math.floor(ref / 12) - ((q - 1) * 3 > ref % 12 ? 1 : 0);
      if (theYear !== undefined) year = Math.floor(ref / 12);
    }
    if (year === null) return null;
    return monthsDraft(ctx, match.index, end, year * 12 + (q - 1) * 3, 3);
  },
};

/** The Monday-to-Sunday weeks whose Thursday falls from `first` to `last` (ISO 8601 counts a year's weeks so). */
function weekOfPeriod(first: Day, last: Day, nth: number | 'last'): Day | null {
  let thursday: Day;
  if (nth === 'last') thursday = addDays(last, -((weekdayOf(last) - 4 + 7) % 7));
  else thursday = addDays(addDays(first, (4 - weekdayOf(first) + 7) % 7), 7 * (nth - 1));
  if (isoDay(thursday) < isoDay(first) || isoDay(thursday) > isoDay(last)) return null;
  return addDays(thursday, -3);
}

/** A future cue ("will", "zal") in the sentence before an offset. */
function futureBefore(ctx: ExtractContext, offset: number): boolean {
  const sentences = sentencesOf(ctx.doc);
  const start = sentences[sentenceAt(sentences, offset)]?.start ?? 0;
  return futureCueBetween(ctx.lex, ctx.text, Math.min(start, offset), offset);
}

const monthStart = (index: number): Day => ({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });

function weekDraft(ctx: ExtractContext, start: number, end: number, monday: Day): DateDraft {
  return dateDraft(ctx, start, end, { value: isoWeek(monday), low: isoDay(monday), high: isoDay(addDays(monday, 6)), grain: 'week' }) as DateDraft;
}

/**
 * `"week 31"` (the article year's, in Dutch news), `"week 3 of 2027"`, `"de eerste week van 2015"`,
 * `"the last week of July"`, `"de 3e week van jan 2019"`: a week as ISO 8601 counts them, the weeks of a
 * month being those whose Thursday falls in it. `"volgende werkweek"`, `"the week after next"`,
 * `"eerder in de week"`: a week counted from the article's.
 */
export const weekExtractor: Extractor = {
  name: 'week',
  pattern: (ctx) =>
    memo(ctx.lex, 'week', () => {
      const { lex } = ctx;
      const p = lex.calendarPeriods;
      const of = matchAny([p.of]);
      const week = matchAny([p.week]);
      const ordinal = String.raw`(?:(${matchAny([...Object.keys(lex.dayOrdinals).filter((w) => lex.dayOrdinals[w]! <= 5), ...p.last])})|([1-5])${matchAny(lex.ordinalSuffixes)})`;
      const months = matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)]);
      const relativeYear = matchAny(Object.keys(lex.relativeYears).filter((w) => !w.startsWith(`${p.of} `)));
      const numbered = String.raw`${week}\s+(5[0-3]|[1-4]\d|0?[1-9])(?:(?:\s+${of})?\s+${YEAR}|\s+${of}\s+(${relativeYear}))?(?!\s+${of}\s+${matchAny(p.articles)}\s)`;
      // "the last week of this month", "de eerste week van volgend jaar": a month or year placed against the article's.
      const placedPeriod = String.raw`(${matchAny(Object.keys(p.shifts))})\s+(${matchAny(Object.keys(p.units).filter((u) => p.units[u] !== 'week'))})`;
      const counted = String.raw`(?:${matchAny(p.articles)}\s+)?${ordinal}\s+${week}\s+${of}\s+(?:(${months})(?:\.?\s+${YEAR})?|${YEAR}|${placedPeriod})`;
      const placed = String.raw`(${matchAny(Object.keys(p.shifts))})\s+${matchAny(p.workWeek)}|(${matchAny(p.weekAfterNext)})|(${matchAny(p.weekNow)})`;
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${numbered}|${counted}|${placed})(?![\\p{L}\\p{N}]|[.,:]\\d|\\s*%)`, 'giu');
    }),
  // The week word, or a phrase of the placed forms: every form holds one.
  gate: (ctx) => memo(ctx.lex, 'week-gate', () => {
    const p = ctx.lex.calendarPeriods;
    return new RegExp(matchAny([p.week, ...p.workWeek, ...p.weekAfterNext, ...p.weekNow]), 'giu');
  }),
  extract(ctx, match) {
    const [text, number, numberYear, relativeYear, ordWord, ordDigit, monthWord, monthYear, yearAlone, periodShift, periodUnit, shift, afterNext, now] = match;
    const end = match.index + text.length;
    const p = ctx.lex.calendarPeriods;
    const refYear = ctx.doc.date ? parseDay(ctx.doc.date.high).year : null;
    if (shift !== undefined || afterNext !== undefined || now !== undefined) {
      // "deze werkweek", "the week after next", "eerder in de week": a week counted from the article's.
      const weeks = afterNext !== undefined ? 2 : now !== undefined ? 0 : p.shifts[shift!.toLowerCase().replace(/\s+/gu, ' ')];
      if (!ctx.doc.date || weeks === undefined) return null;
      const day = addDays(parseDay(ctx.doc.date.high), 7 * weeks);
      return weekDraft(ctx, match.index, end, addDays(day, -((weekdayOf(day) + 6) % 7)));
    }
    if (number !== undefined) {
      const shifted = relativeYear === undefined || refYear === null ? undefined : refYear + ctx.lex.relativeYears[relativeYear.toLowerCase().replace(/\s+/gu, ' ')]!;
      if (numberYear === undefined && shifted === undefined && !p.bareWeekNumber && !calendarWeek(ctx, match.index, end)) return null;
      const year = numberYear !== undefined ? Number(numberYear) : (shifted ?? refYear);
      const monday = year === null ? null : weekOfPeriod({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, Number(number));
      return monday ? weekDraft(ctx, match.index, end, monday) : null;
    }
    const word = ordWord?.toLowerCase();
    const nth = ordDigit !== undefined ? Number(ordDigit) : word !== undefined && p.last.includes(word) ? 'last' : ctx.lex.dayOrdinals[word ?? ''];
    if (nth === undefined) return null;
    if (periodShift !== undefined && periodUnit !== undefined) {
      const by = p.shifts[periodShift.toLowerCase().replace(/\s+/gu, ' ')];
      const ref = ctx.doc.date ? parseDay(ctx.doc.date.high) : null;
      if (by === undefined || !ref) return null;
      const first = p.units[periodUnit.toLowerCase()] === 'year' ? { year: ref.year + by, month: 1, day: 1 } : monthStart(ref.year * 12 + ref.month - 1 + by);
      const last = p.units[periodUnit.toLowerCase()] === 'year' ? { year: first.year, month: 12, day: 31 } : { ...first, day: daysInMonth(first.year, first.month) };
      const monday = weekOfPeriod(first, last, nth);
      return monday ? weekDraft(ctx, match.index, end, monday) : null;
    }
    if (yearAlone !== undefined) {
      const year = Number(yearAlone);
      const monday = weekOfPeriod({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, nth);
      return monday ? weekDraft(ctx, match.index, end, monday) : null;
    }
    const lower = (monthWord ?? '').toLowerCase();
    const month = ctx.lex.months[lower] ?? ctx.lex.monthAbbreviations[lower];
    // "the first week of Jan Peeters' trial": a capitalised short name before a capitalised word is a
    // name, unless a year or its abbreviation's full stop follows ("the 1st week of Oct."); before
    // anything else it is the month ("How about 3rd week of Jan").
    const abbreviationDot = ctx.text[end] === '.';
    const nameAfter = /^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3));
    if (month === undefined || (ctx.lex.months[lower] === undefined && monthYear === undefined && monthWord !== lower && !abbreviationDot && nameAfter)) return null;
    if (ctx.lex.monthHomographs.includes(monthWord ?? '')) return null;
    const resolved = resolveDate({ month, ...(monthYear !== undefined ? { year: Number(monthYear) } : {}) }, ctx.doc.date);
    if (!resolved) return null;
    const first = parseDay(resolved.low);
    // "It will publish an update in the second week of January": a future cue takes the coming month.
    if (monthYear === undefined && ctx.doc.date && resolved.high < ctx.doc.date.high && futureBefore(ctx, match.index)) first.year += 1;
    const monday = weekOfPeriod(first, { ...first, day: daysInMonth(first.year, first.month) }, nth);
    return monday ? weekDraft(ctx, match.index, end, monday) : null;
  },
};

/**
 * Where a bare week number is not read as the article year's ("Week 10" of a sports season, "the week 10
 * game"): only after the article ("in the week 31") or a weekday ("Thursday, week 23"), which make it a
 * calendar week, and at the end of its clause.
 */
function calendarWeek(ctx: ExtractContext, start: number, end: number): boolean {
  const re = memo(ctx.lex, 'calendar-week-before', () =>
    new RegExp(`(?<![\\p{L}])(?:${matchAny(ctx.lex.calendarPeriods.articles)}|${matchAny(Object.keys(ctx.lex.weekdays))},)\\s+$`, 'iu'));
  return re.test(ctx.text.slice(Math.max(0, start - 12), start)) && /^(?:[.,;:!?)]|\s*$)/u.test(ctx.text.slice(end, end + 2));
}

/**
 * `"de week van 10 april"`, `"the week beginning February 4"`, `"w/c Feb 4"`: the day read by the other
 * extractors becomes the Monday-to-Sunday week it falls in, one claim from the first word.
 */
export const weekOfRefiner: Refiner = {
  name: 'week-of',
  refine(ctx, drafts) {
    const before = memo(ctx.lex, 'week-of', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.calendarPeriods.weekOf)}\\s+$`, 'iu'));
    let changed = false;
    const out = drafts.map((d) => {
      if (d.kind !== 'date' || d.grain !== 'day' || d.qualifier !== 'exact' || d.unresolved) return d;
      const m = before.exec(ctx.text.slice(Math.max(0, d.start - 32), d.start));
      if (!m) return d;
      changed = true;
      const start = d.start - (m[0].length);
      const day = parseDay(d.low);
      return weekDraft(ctx, start, d.end, addDays(day, -((weekdayOf(day) + 6) % 7)));
    });
    return changed ? out : drafts;
  },
};

/**
 * `"eind van de maand"`, `"aan het begin van het jaar"`, `"the end of next year"`, `"end of month"`,
 * `"eind vorig jaar"`: a date modifier on a week, month or year placed against the article. A month keeps
 * its part ("eind van de maand" is the 21st to the last, as "eind mei"), a year and a week are whole (as
 * "eind 2018" is the year). Replaces chrono's reading of the same words ("end of next year" as its last day).
 */
export const periodEdgeRefiner: Refiner = {
  name: 'period-edge',
  refine(ctx, drafts) {
    const ref = ctx.doc.date;
    if (!ref) return drafts;
    const { lex } = ctx;
    const p = lex.calendarPeriods;
    const re = memo(lex, 'period-edge', () => {
      const mods = Object.keys(lex.dateModifiers).filter((m) => !m.endsWith('-'));
      const placed = matchAny([...Object.keys(p.shifts), ...Object.keys(lex.relativeYears).map((y) => y.split(' ')[0]!)]);
      return new RegExp(`(?<![\\p{L}])(${matchAny(mods)})(?:\\s+(${matchAny([lex.modifierJoiner])}))?\\s+(?:(${matchAny(p.articles)})\\s+|(${placed})\\s+)?(${matchAny(Object.keys(p.units))})(?![\\p{L}])`, 'giu');
    });
    const found: ClaimDraft[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const [text, mod = '', joiner, , shiftWord, unitWord = ''] = m;
      const key = mod.toLowerCase().replace(/\s+/gu, ' ');
      // "een half jaar" is a length of time: a modifier needs "van"/"of" or a word that places the unit.
      if (joiner === undefined && shiftWord === undefined && !key.endsWith(` ${lex.modifierJoiner}`)) continue;
      const part = lex.dateModifiers[key];
      const shift = shiftWord === undefined ? 0 : p.shifts[shiftWord.toLowerCase()] ?? relativeShift(lex.relativeYears, shiftWord);
      const unit = p.units[unitWord.toLowerCase()];
      if (part === undefined || shift === undefined || unit === undefined) continue;
      const draft = edgeDraft(ctx, m.index, m.index + text.length, unit, shift, part);
      if (draft) found.push(draft);
    }
    if (found.length === 0) return drafts;
    // The dates read inside these words by chrono ("end of next year", "vorig jaar") give way.
    const inside = (d: ClaimDraft) => d.kind === 'date' && found.some((f) => d.start >= f.start && d.end <= f.end);
    return [...drafts.filter((d) => !inside(d)), ...found];
  },
};

/** "vorig" of "vorig jaar": the shift of the relative year phrase it opens. */
function relativeShift(years: Record<string, number>, word: string): number | undefined {
  const phrase = Object.keys(years).find((y) => y.split(' ')[0] === word.toLowerCase());
  return phrase === undefined ? undefined : years[phrase];
}

function edgeDraft(ctx: ExtractContext, start: number, end: number, unit: 'week' | 'month' | 'year', shift: number, part: Part): DateDraft | null {
  const ref = ctx.doc.date!;
  if (unit === 'week') return dateDraft(ctx, start, end, weekAround(ref, 7 * shift)) as DateDraft;
  const day = parseDay(ref.high);
  if (unit === 'year') return dateDraft(ctx, start, end, resolveDate({ year: day.year + shift }, ref)!) as DateDraft;
  const index = day.year * 12 + day.month - 1 + shift;
  const resolved = resolveDate({ year: Math.floor(index / 12), month: (index % 12) + 1, part }, ref);
  return resolved ? (dateDraft(ctx, start, end, resolved) as DateDraft) : null;
}

/** A year in digits or a relative year ("last year") before `at` in its sentence. */
function yearNamedBefore(ctx: ExtractContext, at: number): boolean {
  const sentences = sentencesOf(ctx.doc);
  const start = Math.max(sentences[sentenceAt(sentences, at)]?.start ?? 0, at - 400);
  const re = memo(ctx.lex, 'year-named-before', () => new RegExp(`(?<![\\p{N}])${YEAR}(?![\\p{N}])|(?<![\\p{L}])${matchAny(Object.keys(ctx.lex.relativeYears))}(?![\\p{L}])`, 'iu'));
  return re.test(ctx.text.slice(start, at));
}

/**
 * `"dit kalenderjaar"`, `"this calendar year"`: the article's year (shifted); `"het jaar tot op heden"`,
 * `"year to date"`, `"YTD"`: the article's year up to the article date, value the year (so that a figure
 * near it takes the year as its period). `"CY2008"`, `"cy 2008"`, `"CY18"`: the calendar year written as a code.
 * `"later in the year"`, `"eerder in het jaar"`: the article's year, unless a year is named before it in
 * its sentence ("In 2015 he moved, and later in the year he left": that year, which the text names).
 */
export const calendarYearExtractor: Extractor = {
  name: 'calendar-year',
  pattern: (ctx) =>
    memo(ctx.lex, 'calendar-year', () => {
      const p = ctx.lex.calendarPeriods;
      const code = p.calendarYearCodes.length === 0 ? '' : String.raw`|(?<code>${matchAny(p.calendarYearCodes)})(?:\s?(?<code4>(?:19|20)\d\d)|(?<code2>\d\d))(?![\p{L}\p{N}]|[.,]\d)`;
      const now = p.yearNow.length === 0 ? '' : `|(?<now>${matchAny(p.yearNow)})`;
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<shift>${matchAny(Object.keys(p.shifts))})\\s+${matchAny(p.calendarYear)}|(?<toDate>${matchAny(p.yearToDate)})${code}${now})(?![\\p{L}])`, 'giu');
    }),
  // The code only before a digit: "cy" alone stands inside "policy", "agency".
  gate: (ctx) => memo(ctx.lex, 'calendar-year-gate', () => {
    const p = ctx.lex.calendarPeriods;
    const code = p.calendarYearCodes.length === 0 ? '' : `|${matchAny(p.calendarYearCodes)}\\s?\\d`;
    return new RegExp(`${matchAny([...p.calendarYear, ...p.yearToDate, ...p.yearNow])}${code}`, 'giu');
  }),
  extract(ctx, match) {
    const text = match[0];
    const { shift: shiftWord, toDate, code, code4: codeYear4, code2: codeYear2, now } = match.groups ?? {};
    if (now !== undefined && yearNamedBefore(ctx, match.index)) return null;
    if (code !== undefined) {
      // A code in mixed case is a name ("Cy Young").
      if (code !== code.toLowerCase() && code !== code.toUpperCase()) return null;
      // Two digits more than 20 years after the article's year are the last century's ("CY99" in 2019 is 1999).
      const refYear = ctx.doc.date ? parseDay(ctx.doc.date.high).year : null;
      const short = 2000 + Number(codeYear2);
      const year = codeYear4 !== undefined ? Number(codeYear4) : refYear !== null && short > refYear + 20 ? short - 100 : short;
      return dateDraft(ctx, match.index, match.index + text.length, { value: String(year), low: `${year}-01-01`, high: `${year}-12-31`, grain: 'year' });
    }
    const ref = ctx.doc.date;
    if (!ref) return null;
    const year = parseDay(ref.high).year + (shiftWord === undefined ? 0 : ctx.lex.calendarPeriods.shifts[shiftWord.toLowerCase()] ?? NaN);
    if (!Number.isInteger(year)) return null;
    // "YTD" only in capitals: "ytd" in running text is no word news writes.
    if (toDate !== undefined && toDate.length === 3 && toDate !== toDate.toUpperCase()) return null;
    const high = toDate !== undefined ? ref.high : `${year}-12-31`;
    return dateDraft(ctx, match.index, match.index + text.length, { value: String(year), low: `${year}-01-01`, high, grain: 'year' });
  },
};
