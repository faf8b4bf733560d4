import type { Grain } from '../../claims/types.js';
import type { ReferenceDate } from '../../document/types.js';
import { addDays, compareDays, daysBetween, daysInMonth, isoDay, isoMonth, isValidDay, isoWeek, parseDay, weekdayOf, type Day } from '../../util/calendar.js';

/** A resolved date: its ISO value at its grain and the first and last day it can stand for. */
export interface ResolvedDate {
  value: string;
  low: string;
  high: string;
  grain: Grain;
}

export type Part = 'early' | 'mid' | 'late';

/** What the text states of a date; what it leaves out is filled in from the reference date. */
export interface StatedDate {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** "begin maart": a third of the month. */
  part?: Part;
}

/**
 * Resolves a stated date against the article's date, reading it as the nearest date before or at the
 * article date when it has no year (news reports the past): with reference 2020-06, "december" → 2019-12.
 */
export function resolveDate(stated: StatedDate, ref: ReferenceDate | null): ResolvedDate | null {
  const { year, month, day, weekday, part } = stated;
  if (month !== undefined && day !== undefined) {
    const y = year ?? (weekday === undefined ? null : yearOfWeekday(ref, month, day, weekday)) ?? pastYear(ref, (y) => ({ year: y, month, day }), month === 2 && day === 29);
    // "31 april", "29 februari" in a common year: no such day, so no date to resolve.
    return y === null || !isValidDay({ year: y, month, day }) ? null : dayResult({ year: y, month, day });
  }
  if (month !== undefined) {
    const y = year ?? pastYear(ref, (y) => ({ year: y, month, day: partBounds(y, month, part)[0] }));
    if (y === null) return null;
    const [first, last] = partBounds(y, month, part);
    return { value: isoMonth(y, month), low: isoDay({ year: y, month, day: first }), high: isoDay({ year: y, month, day: last }), grain: 'month' };
  }
  if (year !== undefined) return { value: String(year), low: `${year}-01-01`, high: `${year}-12-31`, grain: 'year' };
  if (weekday !== undefined && ref) return resolveWeekday(weekday, ref);
  return null;
}

/** The day or days a weekday can be, on or before the article date: one day, or each in its month. */
export function resolveWeekday(weekday: number, ref: ReferenceDate): ResolvedDate {
  const high = parseDay(ref.high);
  const last = addDays(high, -((weekdayOf(high) - weekday + 7) % 7));
  if (ref.grain === 'day') return dayResult(last);
  const low = parseDay(ref.low);
  const first = addDays(low, (weekday - weekdayOf(low) + 7) % 7);
  // Only the month (or year) is known: the weekday is one of several days in it.
  return { value: ref.value, low: isoDay(first), high: isoDay(last), grain: ref.grain };
}

/** Shifts the reference date by whole days ("gisteren" = -1), keeping its grain. */
export function shiftReference(ref: ReferenceDate, days: number): ResolvedDate {
  const low = addDays(parseDay(ref.low), days);
  const high = addDays(parseDay(ref.high), days);
  if (ref.grain === 'day') return dayResult(low);
  return { value: ref.value, low: isoDay(low), high: isoDay(high), grain: ref.grain };
}

/** The Monday-to-Sunday week holding the day `days` away from the reference date. */
export function weekAround(ref: ReferenceDate, days: number): ResolvedDate {
  const anchor = addDays(parseDay(ref.high), days);
  const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7));
  return { value: isoWeek(monday), low: isoDay(monday), high: isoDay(addDays(monday, 6)), grain: 'week' };
}

/** Stands in for a date that cannot be resolved: it hides its numbers from the figure extractor. */
export const UNRESOLVED = { value: '', low: '', high: '', grain: 'day', unresolved: true } as const;

function dayResult(day: Day): ResolvedDate {
  const iso = isoDay(day);
  return { value: iso, low: iso, high: iso, grain: 'day' };
}

function partBounds(year: number, month: number, part: Part | undefined): [number, number] {
  const last = daysInMonth(year, month);
  if (part === 'early') return [1, 10];
  if (part === 'mid') return [11, 20];
  if (part === 'late') return [21, last];
  return [1, last];
}

const HALF_YEAR = 183;

/**
 * "vrijdag 5 januari" in an article of November: the wording names the year, as the one within half a
 * year of the article date in which that day is that weekday (news also announces what is coming).
 * When no such year is near, the weekday is wrong, and the past reading stands.
 */
function yearOfWeekday(ref: ReferenceDate | null, month: number, day: number, weekday: number): number | null {
  if (!ref) return null;
  const anchor = parseDay(ref.high);
  const candidates = [anchor.year, anchor.year - 1, anchor.year + 1]
    .filter((y) => isValidDay({ year: y, month, day }) && weekdayOf({ year: y, month, day }) === weekday)
    .filter((y) => Math.abs(daysBetween(anchor, { year: y, month, day })) <= HALF_YEAR)
    .sort((a, b) => Math.abs(daysBetween(anchor, { year: a, month, day })) - Math.abs(daysBetween(anchor, { year: b, month, day })));
  return candidates[0] ?? null;
}

/** The latest year in which the date does not start after the article date (a leap year for "29 februari"). */
function pastYear(ref: ReferenceDate | null, at: (year: number) => Day, leapDay = false): number | null {
  if (!ref) return null;
  const high = parseDay(ref.high);
  let year = compareDays(at(high.year), high) <= 0 ? high.year : high.year - 1;
  while (leapDay && !isValidDay({ year, month: 2, day: 29 })) year -= 1;
  return year;
}
