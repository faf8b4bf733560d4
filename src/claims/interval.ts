import type { Qualifier } from './types.js';

export interface Interval {
  low: number;
  high: number;
}

/** Relative width of "ongeveer"/"about" and of "bijna"/"nearly". */
const ABOUT_WIDTH = 0.1;
const NEARLY_WIDTH = 0.1;

/**
 * Implied rounding unit of a stated number: the place of its last non-zero digit, but never
 * coarser than two significant digits. `1000000` → 100000, `120000` → 10000, `500` → 10.
 * Numbers with a fractional part are taken as precise to their last decimal ("2,5" → 0.1).
 * A count to the unit is exact (`487`, `41` → 0); a measured figure (a percentage, a length) is
 * rounded to its last digit all the same (`13` percent → 1).
 */
export function impliedPrecision(value: number, decimals = 0, exactUnits = false): number {
  if (decimals > 0) return 10 ** -decimals;
  const abs = Math.abs(Math.round(value));
  if (abs < 100) return exactUnits ? 0 : 1;
  let trailing = 0;
  let rest = abs;
  while (rest % 10 === 0) {
    rest /= 10;
    trailing += 1;
  }
  const digits = String(abs).length;
  const unit = 10 ** Math.min(trailing, Math.max(0, digits - 2));
  return exactUnits && unit === 1 ? 0 : unit;
}

/**
 * The interval a qualified figure stands for (docs/claim-conventions.md):
 * `toInterval(500, 'about', 10)` → 450..550; `toInterval(100, 'more-than', 1)` → 100..Infinity.
 * Ranges and vague figures pass their own bounds as `bounds`.
 */
export function toInterval(value: number, qualifier: Qualifier, precision: number, bounds?: Interval): Interval {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'about': {
      const width = Math.max(Math.abs(value) * ABOUT_WIDTH, precision);
      return { low: value - width, high: value + width };
    }
    case 'at-least':
    case 'more-than':
      return { low: value, high: Infinity };
    case 'at-most':
    case 'less-than':
      return { low: Math.min(0, value), high: value };
    case 'nearly':
      return { low: value * (1 - NEARLY_WIDTH), high: value };
    case 'range':
    case 'vague':
      return bounds ?? { low: value, high: value };
  }
}
