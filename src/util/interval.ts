import type { Interval } from '../claims/interval.js';

/** Comparisons between figures. Rules compare only through these. */

export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** `a` lies wholly above `b`: every reading of `a` is larger than every reading of `b`. */
export const above = (a: Interval, b: Interval): boolean => a.low > b.high;

/** Widen an interval by half a rounding unit on each side: the lenient reading of a round figure. */
export const widen = (a: Interval, precision: number): Interval => ({
  low: a.low - precision / 2,
  high: a.high + precision / 2,
});

export const contains = (outer: Interval, inner: Interval): boolean =>
  outer.low <= inner.low && inner.high <= outer.high;
