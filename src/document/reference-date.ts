import { daysInMonth, isoDay, isValidDay } from '../util/calendar.js';
import type { ReferenceDate } from './types.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2020-06" → June 2020 at month grain; "2020-06-03" → that day. Returns null when not a real date. */
export function parseReferenceDate(input: string): ReferenceDate | null {
  const m = ISO.exec(input.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { value: m[1] ?? '', low: `${m[1]}-01-01`, high: `${m[1]}-12-31`, grain: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    const last = daysInMonth(year, month);
    return { value: `${m[1]}-${m[2]}`, low: isoDay({ year, month, day: 1 }), high: isoDay({ year, month, day: last }), grain: 'month' };
  }
  const day = { year, month, day: Number(m[3]) };
  if (!isValidDay(day)) return null;
  const iso = isoDay(day);
  return { value: iso, low: iso, high: iso, grain: 'day' };
}
