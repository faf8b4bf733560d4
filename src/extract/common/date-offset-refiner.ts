import type { ClaimDraft } from '../../claims/types.js';
import { addDays, daysInMonth, isoDay, parseDay, weekdayOf, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Refiner } from '../types.js';
import { futureCueBetween, futureReading } from '../future-dates.js';
import { dateDraft } from './date-draft.js';
import { sentenceAt, sentencesOf } from './sentences.js';
import { resolveDate, weekAround, type ResolvedDate } from './date-resolve.js';
import type { ReferenceDate } from '../../document/types.js';

/**
 * `"twee dagen na vandaag"`, `"2 weeks before May 13 1999"`, `"drie weken vanaf morgen"`: a count of time
 * units, a joiner and a day make one date, the day moved by the count. The duration and the day are
 * read by their own extractors; this joins them when only the joiner stands between. A duration after
 * an article ("in the two weeks before Christmas", "de drie dagen na de ramp") is a period, not a date.
 */
export const dateOffsetRefiner: Refiner = {
  name: 'date-offset',
  refine(ctx, drafts) {
    const joiners = Object.keys(ctx.lex.offsetJoiners);
    if (joiners.length === 0) return drafts;
    const re = memo(ctx.lex, 'date-offset', () => ({
      gap: new RegExp(`^\\s+(${matchAny(joiners)})\\s+$`, 'iu'),
      period: new RegExp(`(?<![\\p{L}])(?:${matchAny([ctx.lex.nightOf.article, ...ctx.lex.offsetPeriodWords])})\\s+$`, 'iu'),
      // Word ends tested apart (wordEndAt): \p{L} under "iu" is costly to compile.
      ago: new RegExp(`^\\s+${matchAny(ctx.lex.agoWords)}`, 'iu'),
      fromNow: ctx.lex.offsetNow.length === 0 ? /(?!)/u : new RegExp(`^\\s+(${matchAny(joiners)})\\s+${matchAny(ctx.lex.offsetNow)}`, 'iu'),
      weekdayBefore: /^,?\s+$/u,
      weekdayAfter: new RegExp(`^,?\\s+${matchAny(ctx.lex.datePrepositions)}\\s+$`, 'iu'),
    }));
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: ClaimDraft[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const duration = sorted[i]!;
      const joined = duration.kind === 'duration' ? joinAt(ctx, re, sorted, i) : null;
      if (!joined) {
        out.push(duration);
        continue;
      }
      // "Monday two weeks from now", "3 weeks after Christmas on Friday": that weekday of the moved day's week.
      const before = out[out.length - 1];
      // Past what the joined claim holds: "today" may be read twice (chrono and the casual-day extractor).
      while (joined.last + 1 < sorted.length && sorted[joined.last + 1]!.end <= joined.claim.end) joined.last += 1;
      const after = sorted[joined.last + 1];
      const weekdayBefore = bareWeekday(ctx, before);
      const weekdayAfter = bareWeekday(ctx, after);
      if (before && weekdayBefore !== undefined && re.weekdayBefore.test(ctx.text.slice(before.end, joined.claim.start))) {
        out.pop();
        out.push(onWeekday(ctx, before.start, joined.claim.end, joined.claim, weekdayBefore));
      } else if (after && weekdayAfter !== undefined && re.weekdayAfter.test(ctx.text.slice(joined.claim.end, after.start))) {
        out.push(onWeekday(ctx, joined.claim.start, after.end, joined.claim, weekdayAfter));
        joined.last += 1;
      } else out.push(joined.claim);
      i = joined.last;
    }
    return out;
  },
};

type OffsetPatterns = { gap: RegExp; period: RegExp; fromNow: RegExp; ago: RegExp };

/** A weekday alone ("Monday", "vrijdag"), read as the date it names. */
function bareWeekday(ctx: ExtractContext, d: ClaimDraft | undefined): number | undefined {
  return d?.kind === 'date' && d.grain === 'day' && !d.unresolved ? ctx.lex.weekdays[d.text.toLowerCase()] : undefined;
}

/** The given weekday of the Monday-to-Sunday week of a day-grain offset claim, spanning both. */
function onWeekday(ctx: ExtractContext, start: number, end: number, offset: ClaimDraft, weekday: number): ClaimDraft {
  if (offset.kind !== 'date' || offset.qualifier !== 'exact' || offset.low !== offset.high) return offset;
  const day = parseDay(offset.low);
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const iso = isoDay(addDays(monday, (weekday + 6) % 7));
  return dateDraft(ctx, start, end, { value: iso, low: iso, high: iso, grain: 'day' }, weekday);
}

function joinAt(ctx: ExtractContext, re: OffsetPatterns, sorted: readonly ClaimDraft[], i: number): { claim: ClaimDraft; last: number } | null {
  const duration = sorted[i]!;
  if (!OFFSET_QUALIFIERS.has(duration.qualifier) || !Number.isInteger(duration.value) || duration.unit === 'hour') return null;
  let j = i + 1;
  while (j < sorted.length && sorted[j]!.start < duration.end) j += 1; // claims inside the duration ("twee")
  // "and 2 days ago", where chrono read the words before with the count ("the last 3 months and 2 days"):
  // a date at the grain of its unit, as chrono's own "N units ago" is.
  const ago = ctx.doc.date && duration.qualifier === 'exact' ? re.ago.exec(ctx.text.slice(duration.end, duration.end + 12)) : null;
  if (ago && wordEndAt(ctx.text, duration.end + ago[0].length)) {
    const resolved = agoDate(ctx.doc.date!, duration.value as number, duration.unit as string);
    return resolved ? { claim: dateDraft(ctx, duration.start, duration.end + ago[0].length, resolved), last: j - 1 } : null;
  }
  // "3 days from now": counted from the article date.
  const now = ctx.doc.date?.grain === 'day' ? re.fromNow.exec(ctx.text.slice(duration.end, duration.end + 24)) : null;
  if (now && wordEndAt(ctx.text, duration.end + now[0].length) && duration.qualifier === 'exact' && !re.period.test(ctx.text.slice(Math.max(0, duration.start - 20), duration.start))) {
    const direction = ctx.lex.offsetJoiners[now[1]!.toLowerCase().replace(/\s+/gu, ' ')] ?? 1;
    const day = moveBy(parseDay(ctx.doc.date!.low), direction * (duration.value as number), duration.unit as string);
    if (!day) return null;
    const iso = isoDay(day);
    return { claim: dateDraft(ctx, duration.start, duration.end + now[0].length, { value: iso, low: iso, high: iso, grain: 'day' }), last: j - 1 };
  }
  const date = sorted[j];
  if (!date || date.kind !== 'date' || date.grain !== 'day' || date.unresolved || date.low !== date.high) return null;
  const gap = re.gap.exec(ctx.text.slice(duration.end, date.start));
  if (!gap) return null;
  if (re.period.test(ctx.text.slice(Math.max(0, duration.start - 20), duration.start))) return null;
  const direction = ctx.lex.offsetJoiners[gap[1]!.toLowerCase().replace(/\s+/gu, ' ')] ?? 1;
  // "It will happen 3 days after January 12th": the day counted from is the coming one.
  const sentences = sentencesOf(ctx.doc);
  const sentenceStart = sentences[sentenceAt(sentences, duration.start)]?.start ?? 0;
  const ahead = ctx.doc.date && futureCueBetween(ctx.lex, ctx.text, sentenceStart, duration.start) ? futureReading(ctx.lex, { ...date, since: false }, ctx.doc.date) : null; // the joiner ("vanaf") is no "since" here
  const day = moveBy(parseDay(ahead?.low ?? date.low), direction * (duration.value as number), duration.unit as string);
  if (!day) return null;
  const iso = isoDay(day);
  if (duration.qualifier === 'exact') return { claim: dateDraft(ctx, duration.start, date.end, { value: iso, low: iso, high: iso, grain: 'day' }), last: j };
  const start = ctx.grammar.qualifierBefore(ctx.text, duration.start)?.start ?? duration.start;
  return { claim: openOffset(ctx, start, date.end, duration.qualifier, direction, parseDay(ahead?.low ?? date.low), day), last: j };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordEndAt = (text: string, at: number): boolean => !WORD_CHAR.test(text[at] ?? '');

const OFFSET_QUALIFIERS = new Set(['exact', 'more-than', 'at-least', 'less-than', 'at-most']);

/**
 * `"more than 2 weeks before today"`, `"less than 3 days after tomorrow"`: a qualified count from a day
 * is a stretch of days, the count read from the day's start as Recognizers-Text reads it: more than N
 * before is every day before the moved day (`until`), more than N after every day from it on (`since`);
 * less than N is the days between the day and the moved one ("less than 3 days after tomorrow" is
 * tomorrow and the two days after it).
 */
function openOffset(ctx: ExtractContext, start: number, end: number, qualifier: string, direction: number, from: Day, moved: Day): ClaimDraft {
  const more = qualifier === 'more-than' || qualifier === 'at-least';
  if (more && direction < 0) {
    const last = isoDay(addDays(moved, -1));
    return { ...dateDraft(ctx, start, end, { value: last, low: last, high: last, grain: 'day' }), until: true } as ClaimDraft;
  }
  if (more) {
    const first = isoDay(moved);
    return { ...dateDraft(ctx, start, end, { value: first, low: first, high: first, grain: 'day' }), since: true } as ClaimDraft;
  }
  const [low, high] = direction < 0 ? [isoDay(moved), isoDay(addDays(from, -1))] : [isoDay(from), isoDay(addDays(moved, -1))];
  const { since: _since, ...draft } = dateDraft(ctx, start, end, { value: low, low, high, grain: 'day' }) as ClaimDraft & { since?: boolean };
  return low === high ? draft : { ...draft, qualifier: 'range' };
}

/** "N units ago" from the article date, at the grain of the unit: "2 days ago" a day, "3 months ago" a month. */
function agoDate(ref: ReferenceDate, n: number, unit: string): ResolvedDate | null {
  if (unit === 'week') return weekAround(ref, -7 * n);
  const day = moveBy(parseDay(ref.high), -n, unit);
  if (!day) return null;
  if (unit === 'day') return ref.grain === 'day' ? resolveDate(day, ref) : null;
  return resolveDate(unit === 'month' ? { year: day.year, month: day.month } : { year: day.year }, ref);
}

/** A day moved by whole days, weeks, months or years (a month's end stays in its month). */
function moveBy(day: Day, n: number, unit: string): Day | null {
  if (unit === 'day') return addDays(day, n);
  if (unit === 'week') return addDays(day, 7 * n);
  const months = unit === 'month' ? n : unit === 'year' ? 12 * n : null;
  if (months === null) return null;
  const m = day.month - 1 + months;
  const year = day.year + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}
