import { isoDay, isoMonth, daysInMonth, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';
import { dateDraft } from './date-draft.js';
import { YEAR } from './date-period-extractors.js';
import type { Lexicon } from '../lexicon.js';

/** The words the lexicon gives a calendar unit ("month": "month", "maand"). */
const unitWords = (lex: Lexicon, unit: string): string => matchAny(Object.keys(lex.calendarPeriods.units).filter((u) => lex.calendarPeriods.units[u] === unit));

/**
 * `"the third month of 2021"`, `"the 9th month of next year"`, `"de derde maand van 2021"`: a month counted
 * in a year written or placed against the article's.
 */
export const nthMonthExtractor: Extractor = {
  name: 'nth-month',
  pattern: (ctx) =>
    memo(ctx.lex, 'nth-month', () => {
      const { lex } = ctx;
      const p = lex.calendarPeriods;
      const ordinals = matchAny(Object.keys(lex.dayOrdinals).filter((w) => lex.dayOrdinals[w]! <= 12));
      const month = unitWords(lex, 'month');
      const years = unitWords(lex, 'year');
      return new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${matchAny(p.articles)}\\s+)?(?:(${ordinals})|(1[0-2]|[1-9])${matchAny(lex.ordinalSuffixes)})\\s+${month}\\s+${matchAny([p.of])}\\s+(?:${YEAR}|(${matchAny(Object.keys(p.shifts))})\\s+${years})(?![\\p{L}\\p{N}])`,
        'giu',
      );
    }),
  gate: (ctx) => memo(ctx.lex, 'nth-month-gate', () => new RegExp(unitWords(ctx.lex, 'month'), 'giu')),
  extract(ctx, match) {
    const [text, word, digits, yearDigits, shift] = match;
    const n = digits !== undefined ? Number(digits) : ctx.lex.dayOrdinals[(word ?? '').toLowerCase()];
    const by = shift === undefined ? undefined : ctx.lex.calendarPeriods.shifts[shift.toLowerCase().replace(/\s+/gu, ' ')];
    const year = yearDigits !== undefined ? Number(yearDigits) : by !== undefined && ctx.doc.date ? parseDay(ctx.doc.date.high).year + by : null;
    if (n === undefined || n < 1 || n > 12 || year === null) return null;
    const low = isoDay({ year, month: n, day: 1 });
    const high = isoDay({ year, month: n, day: daysInMonth(year, n) });
    return dateDraft(ctx, match.index, match.index + text.length, { value: isoMonth(year, n), low, high, grain: 'month' });
  },
};
