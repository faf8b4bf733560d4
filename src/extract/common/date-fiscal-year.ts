import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Refiner } from '../types.js';

/**
 * `"the fiscal year 2008"`, `"het schooljaar 2008"`: a year after the name of a year that is not the
 * calendar's (a fiscal, school or academic year) is no calendar year. Its claim is kept unresolved, so
 * that its digits are read as no count, and then dropped.
 */
export const nonCalendarYearRefiner: Refiner = {
  name: 'non-calendar-year',
  refine(ctx, drafts) {
    const words = ctx.lex.nonCalendarYears;
    if (words.length === 0) return drafts;
    // Compiled on the first year claim only, and bounded by white space, not \p{L} (costly under "iu").
    const re = () => memo(ctx.lex, 'non-calendar-year', () => new RegExp(`(?<!\\S)${matchAny(words)}\\s+$`, 'iu'));
    return drafts.map((d) => (d.kind === 'date' && d.grain === 'year' && d.qualifier === 'exact' && re().test(ctx.text.slice(Math.max(0, d.start - 24), d.start)) ? { ...d, unresolved: true } : d));
  },
};
