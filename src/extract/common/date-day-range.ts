import type { ClaimDraft } from '../../claims/types.js';
import { daysInMonth, isoDay, isValidDay, parseDay, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor, Refiner } from '../types.js';
import { monthFirstDigits } from './date-draft.js';
import { rangeDraft, resolveRange } from './date-range.js';

type DateDraft = ClaimDraft & { kind: 'date' };

const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'date-day-range', () => {
    const { lex } = ctx;
    const article = `(?:${matchAny([lex.nightOf.article])}\\s+)?`;
    const ordinal = `(?:(\\d{1,2})${matchAny(lex.ordinalSuffixes)}|(${matchAny(Object.keys(lex.dayOrdinals))}))`;
    const joiners = matchAny(lex.dateRangeJoiners);
    const openers = matchAny([...Object.keys(lex.rangeOpeners), ...lex.dateRangeFrom]);
    const pairedJoiners = matchAny([...lex.dateRangeJoiners, ...Object.values(lex.rangeOpeners).flat()]);
    const months = matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)]);
    return {
      ofAfter: new RegExp(`^\\s+${matchAny([lex.calendarPeriods.of])}(?![\\p{L}])`, 'iu'),
      // "April 9th through 17th", "April the ninth till the seventeenth": the second day as an ordinal.
      after: new RegExp(`^\\s*(?:${joiners})\\s+${article}${ordinal}(?![\\p{L}\\p{N}-])(?!\\s+(?:${matchAny([lex.modifierJoiner])}\\s+)?${months})`, 'iu'),
      // "between the ninth and the seventeenth of April", "between 3 and 12 of Sept": the first day alone.
      before: new RegExp(`(?<![\\p{L}])${openers}\\s+(${article}(?:${ordinal}|(\\d{1,2}))\\s+(?:${pairedJoiners})\\s+${article})$`, 'iu'),
      month: new RegExp(`(?<![\\p{L}])${months}(?![\\p{L}])`, 'iu'),
    };
  });

/**
 * Days of one month as a range where one end is a day alone: `"April 9th through 17th"`, `"between the
 * ninth and the seventeenth of April"`, `"between 3 and 12 of Sept"`, `"April twenty-seventh to the
 * third"` (into May). The other end is a day with its month, read by the other extractors; the range is
 * added beside it and the overlap refiner keeps the longer.
 */
export const dayRangeRefiner: Refiner = {
  name: 'day-range',
  refine(ctx, drafts) {
    const re = patterns(ctx);
    const ranges: ClaimDraft[] = [];
    for (const d of drafts) {
      if (d.kind !== 'date' || d.unresolved || d.qualifier !== 'exact' || d.grain !== 'day' || d.weekday !== undefined || !re.month.test(d.text)) continue;
      const range = dayRange(ctx, re, d);
      if (range) ranges.push(range);
    }
    return ranges.length === 0 ? drafts : [...drafts, ...ranges];
  },
};

function dayRange(ctx: ExtractContext, re: ReturnType<typeof patterns>, d: DateDraft): DateDraft | null {
  const day = parseDay(d.low);
  const after = re.after.exec(ctx.text.slice(d.end, d.end + 40));
  if (after) {
    const n = dayOf(ctx, after[1], after[2]);
    if (n === null || n === day.day || measureAfter(ctx, d.end + after[0].length)) return null;
    // "April twenty-seventh to the third": a smaller day is in the next month.
    const end: Day = n > day.day ? { ...day, day: n } : day.month === 12 ? { year: day.year + 1, month: 1, day: n } : { ...day, month: day.month + 1, day: n };
    return isValidDay(end) ? rangeDraft(ctx, d.start, d.end + after[0].length, d, dayOnly(end)) : null;
  }
  const before = re.before.exec(ctx.text.slice(Math.max(0, d.start - 48), d.start));
  if (!before) return null;
  const n = dayOf(ctx, before[2] ?? before[4], before[3]);
  if (n === null || n >= day.day || n > daysInMonth(day.year, day.month)) return null;
  return rangeDraft(ctx, d.start - (before[1] ?? '').length, d.end, dayOnly({ ...day, day: n }), d);
}

function dayOf(ctx: ExtractContext, digits: string | undefined, word: string | undefined): number | null {
  const n = digits !== undefined ? Number(digits) : ctx.lex.dayOrdinals[(word ?? '').toLowerCase().replace(/\s+/gu, ' ')];
  return n !== undefined && n >= 1 && n <= 31 ? n : null;
}

/** "April 9 to 17 people": a count before a measure word. */
function measureAfter(ctx: ExtractContext, at: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(at, at + 40))?.[1];
  return next !== undefined && ctx.isMeasureWord(next.toLowerCase());
}

const dayOnly = (day: Day) => ({ value: isoDay(day), low: isoDay(day), high: isoDay(day), grain: 'day' as const });

/**
 * Two days in digits as one range, with the year written at least at its end: `"1-10-2018-7-10-2018"`,
 * `"1/10-2/11/2017"`, `"1-5 - 7-5, 2020"` (Dutch, day first), `"5/1-5/7/2020"`, `"10-1-2018-10-7-2018"`
 * (English, month first, as `Lexicon.dayAfterMonth` says). chrono reads them as one day, or cut in the
 * middle. Without a year the digits may be a score ("6-4 - 7-5"), and no range is read; a year after a
 * comma needs an opener before the range ("van 1-5 - 7-5, 2020").
 */
export const digitDayRangeExtractor: Extractor = {
  name: 'digit-day-range',
  pattern: (ctx) =>
    memo(ctx.lex, 'digit-day-range', () => {
      const d = String.raw`(\d{1,2})[-/](\d{1,2})`;
      const joiner = `(?:\\s*[-–]\\s*|\\s+(?:${matchAny(ctx.lex.dateRangeJoiners)})\\s+)`;
      return new RegExp(`(?<![\\p{L}\\p{N}]|\\d[-/.,])${d}(?:[-/](\\d{4}))?${joiner}${d}(?:[-/]|,\\s*)(\\d{4})(?![\\p{L}\\p{N}]|[-/.,]\\d)`, 'gu');
    }),
  extract(ctx, match) {
    const [whole, a, b, firstYear, c, d, lastYear] = match.map((x) => (x === undefined ? undefined : Number(x)));
    if (a === undefined || b === undefined || c === undefined || d === undefined || lastYear === undefined || whole === undefined) return null;
    // "6-4 - 7-5, 2018 was een goed jaar": a year after a comma belongs to the range only after an opener ("van", "from").
    if (match[0].includes(',') && !openerBefore(ctx, match.index)) return null;
    const order = (x: number, y: number) => (monthFirstDigits(ctx) ? { month: x, day: y } : { month: y, day: x });
    const to: Day = { year: lastYear, ...order(c, d) };
    const fromParts = order(a, b);
    let from: Day = { year: firstYear ?? lastYear, ...fromParts };
    if (!isValidDay(to) || !isValidDay(from)) return null;
    if (firstYear === undefined && isoDay(from) > isoDay(to)) from = { ...from, year: lastYear - 1 }; // "1/11-2/3/2018" starts in 2017
    if (!isValidDay(from) || isoDay(from) > isoDay(to)) return null;
    return rangeDraft(ctx, match.index, match.index + match[0].length, dayOnly(from), dayOnly(to));
  },
};

/**
 * `"between 10/1-11/7"`, `"from 10/1 to 11/7"`: two days in digits with slashes and no year, after an
 * opener, as one range (the latest to start by the article date, as any range without a year). Not
 * before a unit ("from 1/4 to 3/4 mile") or "of" ("between 1/3 and 1/2 of voters"), nor two fractions
 * with small denominators ("from 1/2-3/4").
 */
export const slashDayRangeExtractor: Extractor = {
  name: 'slash-day-range',
  pattern: (ctx) =>
    memo(ctx.lex, 'slash-day-range', () => {
      const { lex } = ctx;
      const openers = matchAny([...Object.keys(lex.rangeOpeners), ...lex.dateRangeFrom]);
      const joiner = `(?:\\s*[-–]\\s*|\\s+${matchAny([...lex.dateRangeJoiners, ...Object.values(lex.rangeOpeners).flat()])}\\s+)`;
      return new RegExp(`(?<![\\p{L}])${openers}\\s+((\\d{1,2})/(\\d{1,2})${joiner}(\\d{1,2})/(\\d{1,2}))(?![\\p{L}\\p{N}]|[-/.,]\\d|\\s*%)`, 'giud');
    }),
  gate: () => /\d\/\d/g,
  extract(ctx, match) {
    const [, text = '', ...digits] = match;
    const [a, b, c, d] = digits.slice(0, 4).map(Number) as [number, number, number, number];
    if (b <= 10 && d <= 10 && a < b && c < d) return null; // "from 1/2-3/4": fractions
    const start = match.indices?.[1]?.[0] ?? match.index;
    const end = start + text.length;
    const suffix = ctx.grammar.suffixAt(ctx.text, end)?.kind;
    if (suffix === 'quantity' || suffix === 'money' || patterns(ctx).ofAfter.test(ctx.text.slice(end, end + 6))) return null;
    const order = (x: number, y: number) => (monthFirstDigits(ctx) ? { month: x, day: y } : { month: y, day: x });
    const ends = resolveRange(ctx, order(a, b), order(c, d));
    return ends ? rangeDraft(ctx, start, end, ...ends) : null;
  },
};

function openerBefore(ctx: ExtractContext, start: number): boolean {
  const re = memo(ctx.lex, 'digit-range-opener', () => new RegExp(`(?<![\\p{L}])${matchAny([...Object.keys(ctx.lex.rangeOpeners), ...ctx.lex.dateRangeFrom])}\\s+$`, 'iu'));
  return re.test(ctx.text.slice(Math.max(0, start - 12), start));
}
