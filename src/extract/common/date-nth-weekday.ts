import type { ClaimDraft } from '../../claims/types.js';
import { daysInMonth, isoDay, parseDay, weekdayOf } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Lexicon } from '../lexicon.js';
import type { ExtractContext, Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';

type DateDraft = ClaimDraft & { kind: 'date' };

const patterns = (lex: Lexicon) =>
  memo(lex, 'nth-weekday', () => {
    const p = lex.calendarPeriods;
    const ordinals = matchAny(Object.keys(lex.dayOrdinals).filter((w) => lex.dayOrdinals[w]! <= 5));
    const weekday = `(${matchAny(Object.keys(lex.weekdays))})(?:${matchAny(lex.dayParts)})?`;
    // What may stand between the weekday and "of": a part of the day ("evening") or clock times with a
    // clock word ("1pm to 3pm", "from 10 am to 4 pm"), which the claim covers but does not state.
    const clock = String.raw`\d{1,2}(?:[:.]\d\d)?\s*(?:${matchAny(lex.clockWords)})`;
    const between = `(?:\\s+${matchAny(lex.spacedDayParts)}|\\s+(?:${matchAny(lex.dateRangeFrom)}\\s+)?${clock}(?:\\s*${matchAny(lex.dateRangeJoiners)}\\s*${clock})?)?`;
    const everyMonth = matchAny(Object.keys(lex.ratePhrases).filter((w) => lex.ratePhrases[w] === 'month'));
    // "last" needs its article: "last Friday in March" may be the Friday before the article date.
    const head = `(?:(?:${matchAny(p.articles)}\\s+)?(?:(${ordinals})|([1-5])${matchAny(lex.ordinalSuffixes)})|${matchAny(p.articles)}\\s+(${matchAny(p.last)}))\\s+${weekday}`;
    return {
      head: new RegExp(`^${head}`, 'iu'),
      before: new RegExp(`(?<![\\p{L}\\p{N}])${head}${between}\\s+${matchAny(lex.weekdayOfMonthJoiners)}\\s+$`, 'iu'),
      // "the first Monday of every month": a recurring day, no date.
      ordinalBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordinals}|[1-5]${matchAny(lex.ordinalSuffixes)}|${matchAny(p.last)})\\s+$`, 'iu'),
      everyMonthAfter: new RegExp(`^(?:\\s+${matchAny(lex.spacedDayParts)})?\\s+${matchAny(lex.weekdayOfMonthJoiners)}\\s+${everyMonth}(?![\\p{L}])`, 'iu'),
    };
  });

/**
 * `"the first Tuesday of November"`, `"the last Friday in June 2019"`, `"de eerste maandag van volgende
 * maand"`, `"the first Monday evening of next month"`: the weekday counted in the month-grain date after
 * it. One day claim over the whole phrase; the weekday read alone inside it (the nearest Tuesday) goes,
 * and so does one counted in every month ("the first Monday of every month" is no date).
 */
export const nthWeekdayRefiner: Refiner = {
  name: 'nth-weekday',
  refine(ctx, drafts) {
    const re = patterns(ctx.lex);
    const recurring = (d: ClaimDraft) =>
      d.kind === 'date' && d.grain === 'day' && ctx.lex.weekdays[d.text.toLowerCase()] !== undefined && re.everyMonthAfter.test(ctx.text.slice(d.end, d.end + 30)) && re.ordinalBefore.test(ctx.text.slice(Math.max(0, d.start - 20), d.start));
    if (drafts.some(recurring)) drafts = drafts.filter((d) => !recurring(d));
    let found: Array<{ start: number; end: number; day: DateDraft | null }> | null = null; // `end`: of what the phrase replaces
    for (const d of drafts) {
      if (d.kind !== 'date' || d.grain !== 'month' || d.unresolved || d.qualifier === 'range') continue;
      const counted = nthWeekdayBefore(ctx, d);
      if (counted) (found ??= []).push(counted);
    }
    if (!found) return drafts;
    const inside = (d: ClaimDraft) => found.some((f) => d.start >= f.start && d.end <= f.end);
    const days = found.flatMap((f) => (f.day ? [f.day] : []));
    return [...drafts.filter((d) => !(d.kind === 'date' && inside(d))), ...days].sort((a, b) => a.start - b.start);
  },
};

/** The day of a month that is its `n`th such weekday (0 for the last), or null when the month has none. */
export function countedDay(year: number, month: number, weekday: number, n: number): number | null {
  const end = daysInMonth(year, month);
  if (n === 0) return end - ((weekdayOf({ year, month, day: end }) - weekday + 7) % 7);
  const day = 1 + ((weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7) + 7 * (n - 1);
  return day > end ? null : day;
}

/** The weekday and its count (0 for the last) that open a phrase: "the first Tuesday", "de laatste vrijdag". */
function counted(lex: Lexicon, word: string | undefined, digits: string | undefined, last: string | undefined, weekdayWord: string | undefined): { weekday: number; n: number } | null {
  const weekday = lex.weekdays[(weekdayWord ?? '').toLowerCase()];
  const n = last !== undefined ? 0 : digits !== undefined ? Number(digits) : lex.dayOrdinals[(word ?? '').toLowerCase()];
  return weekday === undefined || n === undefined ? null : { weekday, n };
}

/** `"the first Tuesday of November"` as a claim's text: its weekday and count, else null (for the future reading). */
export function countedWeekday(lex: Lexicon, text: string): { weekday: number; n: number } | null {
  const m = patterns(lex).head.exec(text);
  return m ? counted(lex, m[1], m[2], m[3], m[4]) : null;
}

function nthWeekdayBefore(ctx: ExtractContext, d: DateDraft): { start: number; end: number; day: DateDraft | null } | null {
  const before = ctx.text.slice(Math.max(0, d.start - 60), d.start);
  const m = patterns(ctx.lex).before.exec(before);
  const c = m ? counted(ctx.lex, m[1], m[2], m[3], m[4]) : null;
  if (!m || !c) return null;
  const start = d.start - m[0].length;
  const { year, month } = parseDay(d.low);
  const day = countedDay(year, month, c.weekday, c.n);
  // "the fifth Friday of February 2018" names no day: the weekday alone goes, the month stays.
  if (day === null) return { start, end: d.start, day: null };
  const iso = isoDay({ year, month, day });
  return { start, end: d.end, day: dateDraft(ctx, start, d.end, { value: iso, low: iso, high: iso, grain: 'day' }, c.weekday) as DateDraft };
}
