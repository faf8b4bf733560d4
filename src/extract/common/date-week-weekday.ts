import type { ClaimDraft } from '../../claims/types.js';
import { addDays, isoDay, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';

/**
 * `"the first week of October on Friday"`, `"1e week van okt. op vrijdag"`: a weekday written after a
 * week names that day of the week (Monday to Sunday); one claim from the week to the weekday.
 */
export const weekdayOfWeekRefiner: Refiner = {
  name: 'weekday-of-week',
  refine(ctx, drafts) {
    const gap = memo(ctx.lex, 'weekday-of-week', () => new RegExp(`^\\.?,?\\s+${matchAny(ctx.lex.datePrepositions)}\\s+$`, 'iu'));
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: ClaimDraft[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const week = sorted[i]!;
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.start < week.end) j += 1; // the month inside "the first week of October"
      const next = sorted[j];
      const weekday = next?.kind === 'date' && !next.unresolved ? ctx.lex.weekdays[next.text.toLowerCase()] : undefined;
      if (week.kind !== 'date' || week.grain !== 'week' || week.unresolved || weekday === undefined || !gap.test(ctx.text.slice(week.end, next!.start))) {
        out.push(week);
        continue;
      }
      const day = isoDay(addDays(parseDay(week.low), (weekday + 6) % 7));
      out.push(dateDraft(ctx, week.start, next!.end, { value: day, low: day, high: day, grain: 'day' }, weekday));
      i = j;
    }
    return out;
  },
};
