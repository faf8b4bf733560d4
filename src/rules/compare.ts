import type { NumericClaim, Scope } from '../claims/types.js';
import { overlaps, widen } from '../util/interval.js';

/**
 * How far two figures disagree: 'none' when their intervals overlap; 'strict' when they overlap only
 * once each round figure is widened by half its rounding unit; 'hard' when they cannot overlap.
 */
export function disagreement(a: NumericClaim, b: NumericClaim): 'none' | 'strict' | 'hard' {
  if (overlaps(a, b)) return 'none';
  return overlaps(widen(a, a.precision), widen(b, b.precision)) ? 'strict' : 'hard';
}

/** `part` is larger than `whole`: 'strict' only under a strict reading of rounding, 'hard' always. */
export function excess(part: NumericClaim, whole: NumericClaim): 'none' | 'strict' | 'hard' {
  if (part.low <= whole.high) return 'none';
  return widen(part, part.precision).low <= widen(whole, whole.precision).high ? 'strict' : 'hard';
}

/** Same group, same place, same period: the figures count the same thing. */
export const sameScope = (a: Scope, b: Scope): boolean =>
  a.group === b.group && a.place === b.place && a.period === b.period;
