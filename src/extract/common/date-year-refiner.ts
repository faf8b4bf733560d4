import type { ClaimDraft } from '../../claims/types.js';
import { daysInMonth, isoDay, isoMonth, isValidDay, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Refiner } from '../types.js';

type DateDraft = ClaimDraft & { kind: 'date' };

/**
 * `"28 juni in 2020"`, `"from April to June in 2017"`: a day, a month or a range of them without a year,
 * followed by "in" and a year, is in that year; one claim from the first word to the year. Only a date
 * that names its month qualifies ("volgende maand in 2020" is no date of 2020), and a range only within
 * one year.
 */
export const dateYearRefiner: Refiner = {
  name: 'date-year',
  refine(ctx, drafts) {
    const re = memo(ctx.lex, 'date-year', () => ({
      gap: new RegExp(`^\\s+${matchAny(['in'])}\\s+$`, 'iu'),
      month: new RegExp(`(?<![\\p{L}])${matchAny([...Object.keys(ctx.lex.months), ...Object.keys(ctx.lex.monthAbbreviations)])}(?![\\p{L}])`, 'iu'),
    }));
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const used = new Set<ClaimDraft>();
    const out: ClaimDraft[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      if (used.has(a)) continue;
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.start < a.end) j += 1; // the numbers inside a ("28" of "28 juni")
      const b = sorted[j];
      const merged = a.kind === 'date' && b?.kind === 'date' && re.gap.test(ctx.text.slice(a.end, b.start)) && re.month.test(a.text) ? inYear(a, b) : null;
      if (!merged) {
        out.push(a);
        continue;
      }
      out.push({ ...merged, end: b!.end, text: ctx.text.slice(merged.start, b!.end) });
      used.add(b!);
    }
    return used.size === 0 ? drafts : out;
  },
};

/** The date `a` moved into the year `b` states, or null when `a` states its own year or `b` is no year. */
function inYear(a: DateDraft, b: DateDraft): DateDraft | null {
  if (a.unresolved || b.unresolved || b.grain !== 'year' || b.qualifier !== 'exact' || !/^\d{4}$/u.test(b.text)) return null;
  if (/\d{4}|['’]\d\d/u.test(a.text) || (a.grain !== 'day' && a.grain !== 'month')) return null;
  const low = parseDay(a.low);
  const high = parseDay(a.high);
  if (low.year !== high.year) return null;
  const year = Number(b.text);
  // The last day of a month stays the last ("eind februari"), any other day stays itself.
  const to = { ...high, year, day: high.day === daysInMonth(high.year, high.month) ? daysInMonth(year, high.month) : high.day };
  const from = { ...low, year };
  if (!isValidDay(from) || !isValidDay(to)) return null;
  const value = a.grain === 'day' ? isoDay(from) : isoMonth(year, low.month);
  return { ...a, value, low: isoDay(from), high: isoDay(to) };
}

/**
 * `"van deze mei tot okt 2020"`, `"from this May to Oct 2020"`, `"aanstaande mei tot okt 2020"`: a shift
 * word before the first month of a range places that month against the article date (this year's, the
 * coming one, the last one) instead of in the year of the other end; the span takes the word in.
 */
export const rangeShiftRefiner: Refiner = {
  name: 'range-shift',
  refine(ctx, drafts) {
    const ref = ctx.doc.date;
    if (!ref) return drafts;
    const re = memo(ctx.lex, 'range-shift', () => {
      const shifts = matchAny(Object.keys(ctx.lex.calendarPeriods.shifts));
      const months = matchAny(Object.keys(ctx.lex.months));
      return { inside: new RegExp(`^(${shifts})\\s+${months}(?![\\p{L}])`, 'iu'), before: new RegExp(`(?<![\\p{L}])(${shifts})\\s+$`, 'iu'), month: new RegExp(`^${months}(?![\\p{L}])`, 'iu') };
    });
    let changed = false;
    const out = drafts.map((d) => {
      if (d.kind !== 'date' || d.qualifier !== 'range' || d.grain !== 'month' || d.unresolved) return d;
      const inside = re.inside.exec(d.text);
      const before = inside || !re.month.test(d.text) ? null : re.before.exec(ctx.text.slice(Math.max(0, d.start - 16), d.start));
      const word = inside?.[1] ?? before?.[1];
      const dir = word === undefined ? undefined : ctx.lex.calendarPeriods.shifts[word.toLowerCase()];
      if (dir === undefined) return d;
      const refDay = parseDay(ref.high);
      const month = parseDay(d.low).month;
      const year = refDay.year + (dir > 0 && month <= refDay.month ? 1 : dir < 0 && month >= refDay.month ? -1 : 0);
      const low = isoDay({ year, month, day: 1 });
      if (low > d.high) return d;
      changed = true;
      const start = before ? d.start - before[0].length : d.start;
      return { ...d, start, text: ctx.text.slice(start, d.end), value: isoMonth(year, month), low };
    });
    return changed ? out : drafts;
  },
};
