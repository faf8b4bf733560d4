import type { ClaimDraft } from '../../claims/types.js';
import { compareDays, daysInMonth, isoDay, isValidDay, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';

type DateDraft = ClaimDraft & { kind: 'date' };

/**
 * Words just before a date that change which day it is:
 * - `"de 15e van volgende maand"`, `"the 15th day of next month"`: a day of a month read as a month;
 * - `"volgende 12/5"`, `"next 6th of April"`: a day of a month without a year, the first one after the
 *   article date (without the word it is the latest one before it);
 * - `"aanstaande september"`, `"next May"`, `"last May"`: a month named without a year, the first after
 *   or the last before the article's month.
 */
export const dateContextRefiner: Refiner = {
  name: 'date-context',
  refine(ctx, drafts) {
    if (!ctx.doc.date) return drafts;
    return drafts.map((d) => (d.kind === 'date' && !d.unresolved ? dayOfMonthBefore(ctx, d) ?? dayRangeOfMonth(ctx, d) ?? nextBefore(ctx, d) ?? shiftedMonth(ctx, d) ?? d : d));
  },
};

const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'date-context', () => {
    const { lex } = ctx;
    const article = matchAny([lex.nightOf.article]);
    const next = Object.entries(lex.holidayShifts).filter(([, v]) => v === 'next').map(([w]) => w);
    return {
      dayOf: new RegExp(`(?<![\\p{L}\\p{N}])(?:${article}\\s+)?([12]\\d|3[01]|0?[1-9])\\s?${matchAny(lex.ordinalSuffixes)}(?:\\s+${matchAny([lex.dayOfMonthWord])})?(\\s+${matchAny([lex.modifierJoiner])}(?:\\s+${article})?)?\\s+$`, 'iu'),
      // Without "of", only after the article: "the 21st this month", not "finished 3rd this month".
      articleStart: new RegExp(`^${article}\\s`, 'iu'),
      next: new RegExp(`(?<![\\p{L}])${matchAny(next)}\\s+$`, 'iu'),
      // "from 4-23 in next month", "volgende maand van 4-23": days in digits with a month in words.
      // Bounded by white space and punctuation, not \p{L} (costly to compile under "iu").
      daysBefore: new RegExp(`(?<!\\S)${matchAny(lex.dateRangeFrom)}\\s+([12]\\d|3[01]|0?[1-9])\\s*[-–]\\s*([12]\\d|3[01]|0?[1-9])\\s+${matchAny(['in', lex.modifierJoiner])}\\s+$`, 'iu'),
      daysAfter: new RegExp(`^\\s+${matchAny(lex.dateRangeFrom)}\\s+([12]\\d|3[01]|0?[1-9])\\s*[-–]\\s*([12]\\d|3[01]|0?[1-9])(?=$|[\\s,;:!?)]|\\.(?!\\d))`, 'iu'),
      last: new RegExp(`(?<![\\p{L}])${matchAny(Object.entries(lex.holidayShifts).filter(([, v]) => v === 'last').map(([w]) => w))}\\s+$`, 'iu'),
    };
  });

/** "de 15e van volgende maand": the day of the month-grain date after it. */
function dayOfMonthBefore(ctx: ExtractContext, d: DateDraft): DateDraft | null {
  if (d.grain !== 'month') return null;
  const before = ctx.text.slice(Math.max(0, d.start - 30), d.start);
  const m = patterns(ctx).dayOf.exec(before);
  if (!m || (m[2] === undefined && !patterns(ctx).articleStart.test(m[0]))) return null;
  const { year, month } = parseDay(d.low);
  const day = { year, month, day: Number(m[1]) };
  if (!isValidDay(day)) return null;
  const iso = isoDay(day);
  return dateDraft(ctx, d.start - m[0].length, d.end, { value: iso, low: iso, high: iso, grain: 'day' }) as DateDraft;
}

/**
 * "from 4-23 in next month", "volgende maand van 4-23": two days in digits with a month-grain date in
 * words (one with a digit, "4/2020", is left alone) are a range of days in that month.
 */
function dayRangeOfMonth(ctx: ExtractContext, d: DateDraft): DateDraft | null {
  if (d.grain !== 'month' || d.qualifier === 'range' || /\d/u.test(d.text)) return null;
  const re = patterns(ctx);
  const before = re.daysBefore.exec(ctx.text.slice(Math.max(0, d.start - 30), d.start));
  const after = before ? null : re.daysAfter.exec(ctx.text.slice(d.end, d.end + 30));
  const m = before ?? after;
  if (!m) return null;
  const { year, month } = parseDay(d.low);
  const [first, last] = [Number(m[1]), Number(m[2])];
  if (first >= last || last > daysInMonth(year, month)) return null;
  const start = before ? d.start - before[0].length : d.start;
  const end = after ? d.end + after[0].length : d.end;
  const low = isoDay({ year, month, day: first });
  const draft = dateDraft(ctx, start, end, { value: low, low, high: isoDay({ year, month, day: last }), grain: 'day' }) as DateDraft;
  const { since: _since, ...rest } = draft;
  return { ...rest, qualifier: 'range' } as DateDraft;
}

/** "volgende 12/5", "next 6th of April": the first such day after the article date. */
function nextBefore(ctx: ExtractContext, d: DateDraft): DateDraft | null {
  const ref = ctx.doc.date;
  if (!ref || d.grain !== 'day' || d.weekday !== undefined || /\d{4}/u.test(d.text) || !/\d/u.test(d.text)) return null;
  const m = patterns(ctx).next.exec(ctx.text.slice(Math.max(0, d.start - 20), d.start));
  if (!m) return null;
  const anchor = parseDay(ref.high);
  const { month, day } = parseDay(d.low);
  let year = anchor.year;
  if (compareDays({ year, month, day: Math.min(day, daysInMonth(year, month)) }, anchor) <= 0) year += 1;
  if (!isValidDay({ year, month, day })) return null;
  const iso = isoDay({ year, month, day });
  return dateDraft(ctx, d.start - m[0].length, d.end, { value: iso, low: iso, high: iso, grain: 'day' }) as DateDraft;
}

/** "aanstaande september", "next May", "vorige mei": a month without a year, moved past the article's month. */
function shiftedMonth(ctx: ExtractContext, d: DateDraft): DateDraft | null {
  const ref = ctx.doc.date;
  if (!ref || d.grain !== 'month' || /\d/u.test(d.text) || d.qualifier === 'range') return null;
  const before = ctx.text.slice(Math.max(0, d.start - 20), d.start);
  const re = patterns(ctx);
  const m = re.next.exec(before) ?? re.last.exec(before);
  if (!m) return null;
  const next = re.next.test(before);
  const anchor = parseDay(ref.high);
  const { month } = parseDay(d.low);
  const year = next ? (month > anchor.month ? anchor.year : anchor.year + 1) : month < anchor.month ? anchor.year : anchor.year - 1;
  const last = daysInMonth(year, month);
  const iso = (day: number) => isoDay({ year, month, day });
  const value = `${year}-${String(month).padStart(2, '0')}`;
  return dateDraft(ctx, d.start - m[0].length, d.end, { value, low: iso(1), high: iso(last), grain: 'month' }) as DateDraft;
}
