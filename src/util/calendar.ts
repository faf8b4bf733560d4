/** Calendar arithmetic on plain ISO days ("2020-06-03"), in UTC so that no time zone leaks in. */

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDay = ({ year, month, day }: Day): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const toUtc = ({ year, month, day }: Day): number => Date.UTC(year, month - 1, day);

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const addDays = (day: Day, n: number): Day => fromUtc(toUtc(day) + n * 86_400_000);

/** 0 = Sunday, as Date#getDay. */
export const weekdayOf = (day: Day): number => new Date(toUtc(day)).getUTCDay();

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: Day, b: Day): number => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

export const compareDays = (a: Day, b: Day): number => toUtc(a) - toUtc(b);

export const isValidDay = ({ year, month, day }: Day): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

export const AVERAGE_MONTH_DAYS = 30.436875;

/** ISO 8601 week of a day: "2020-W22". */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7)); // the week's Thursday decides its year
  const week = Math.floor((daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday)) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}
