import type { ClaimDraft } from '../../claims/types.js';
import { daysInMonth, isoDay, isValidDay, parseDay, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Refiner } from '../types.js';
import { rangeDraft } from './date-range.js';

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
