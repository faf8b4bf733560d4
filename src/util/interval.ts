import type { Interval } from '../claims/interval.js';

/** Comparisons between figures. Rules compare only through these. */

export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** Widen an interval by half a rounding unit on each side: the lenient reading of a round figure. */
export const widen = (a: Interval, precision: number): Interval => ({
  low: a.low - precision / 2,
  high: a.high + precision / 2,
});

/** The interval a sum of figures stands for. */
export const sum = (items: readonly Interval[]): Interval =>
  items.reduce((acc, i) => ({ low: acc.low + i.low, high: acc.high + i.high }), { low: 0, high: 0 });

/** The interval of a quotient of two positive intervals (×100 for a percentage). */
export const ratio = (a: Interval, b: Interval, scale = 1): Interval | null =>
  b.low <= 0 ? null : { low: (a.low / b.high) * scale, high: (a.high / b.low) * scale };

/** The interval of the difference `b − a` as a magnitude (a fall of 5 and a rise of 5 are both 5). */
export function difference(a: Interval, b: Interval): Interval {
  const low = b.low - a.high;
  const high = b.high - a.low;
  if (low >= 0) return { low, high };
  if (high <= 0) return { low: -high, high: -low };
  return { low: 0, high: Math.max(-low, high) };
}
