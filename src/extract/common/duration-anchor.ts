import type { ClaimDraft, DurationUnit } from '../../claims/types.js';
import type { ReferenceDate } from '../../document/types.js';
import { addDays, daysInMonth, isoDay, parseDay, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import { futureCueBetween } from '../future-dates.js';
import type { ExtractContext, Extractor, Refiner } from '../types.js';
import { impliedPrecision } from '../../claims/interval.js';

export type DurationDraft = ClaimDraft & { kind: 'duration' };
type Anchor = 'before' | 'after';

/**
 * A duration the words before it tie to the article date: `"de afgelopen vijf jaar"`, `"the past 10
 * weeks"`, `"voor het eerst in drie maanden"` run up to it (`anchor: 'before'`), `"de komende drie
 * dagen"`, `"the coming weeks"` start after it (`anchor: 'after'`); "volgende" / "next" only with a future
 * cue before it in its sentence ("In the next three days, troops advanced" counts from the story's day).
 * Where the article date is a day and the duration an exact whole number of days, weeks, months or years,
 * `covers` gives the days it spans: before, the N units up to the day before the article date; after, the
 * N units from the day after it (from the article date itself after "binnen" / "within": "binnen de komende
 * tien maanden"). A duration followed by "van" / "of" belongs to what follows ("de laatste
 * drie dagen van de campagne") and is left alone.
 */
export const durationAnchorRefiner: Refiner = {
  name: 'duration-anchor',
  refine(ctx, drafts) {
    if (ctx.lex.durationAnchors.before.length === 0) return drafts;
    return drafts.map((d, i) => (d.kind === 'duration' && d.anchor === undefined ? startingAt(ctx, d, drafts[i + 1]) ?? edgeOf(ctx, d, drafts[i + 1]) ?? anchored(ctx, d) ?? d : d));
  },
};

/** The duration with the anchor the words before it give (and the days it covers), or null. */
export function anchored(ctx: ExtractContext, d: DurationDraft): DurationDraft | null {
  const { lex, grammar, text } = ctx;
  if (ofAfter(ctx, d.end)) return null;
  const at = grammar.qualifierBefore(text, d.start)?.start ?? d.start;
  const { before, after, afterWithFuture } = lex.durationAnchors;
  if (grammar.phraseBefore(before, text, at) !== null) return withAnchor(ctx, d, 'before');
  const cue = grammar.phraseBefore(after, text, at) ?? grammar.phraseBefore(afterWithFuture, text, at);
  if (cue === null) return null;
  if (grammar.phraseBefore(after, text, at) === null && !futureCueBetween(lex, text, sentenceStartBefore(text, cue), cue)) return null;
  // "binnen de komende tien maanden", "within the next 10 months": from the article date itself.
  const fromNow = grammar.phraseBefore(lex.durationAnchors.within, text, cue) !== null;
  return withAnchor(ctx, d, 'after', fromNow);
}

function withAnchor(ctx: ExtractContext, d: DurationDraft, anchor: Anchor, fromNow = false): DurationDraft {
  const covers = d.qualifier === 'exact' ? coveredDays(ctx.doc.date, anchor, d.value, d.unit, fromNow) : null;
  return { ...d, anchor, ...(covers ? { covers } : {}) };
}

/**
 * `"3 days starting from next Monday"`, `"a week starting tomorrow"`, `"twee weken met ingang van 1 mei"`,
 * `"for 3 days from today"`:
 * a duration that starts on the day written after it (`anchor: 'from'`), covering N units from that day.
 */
function startingAt(ctx: ExtractContext, d: DurationDraft, next: ClaimDraft | undefined): DurationDraft | null {
  if (next?.kind !== 'date' || next.grain !== 'day' || next.qualifier !== 'exact' || next.unresolved) return null;
  const { startingOn, lengthOf } = ctx.lex.durationAnchors;
  const cue = memo(ctx.lex, 'duration-start', () => new RegExp(`^,?\\s+${matchAny(startingOn)}\\s+$`, 'iu'));
  const gap = ctx.text.slice(d.end, next.start);
  // "for 3 days from today": after "for", "from" starts the span ("3 days from today" alone is a day).
  const from = lengthOf.words.length > 0 && memo(ctx.lex, 'duration-start-for', () => new RegExp(`^,?\\s+${matchAny(lengthOf.from)}\\s+$`, 'iu')).test(gap) &&
    ctx.grammar.phraseBefore(lengthOf.words, ctx.text, ctx.grammar.qualifierBefore(ctx.text, d.start)?.start ?? d.start) !== null;
  if (!cue.test(gap) && !from) return null;
  // "a day starting this Friday at 5 pm" runs into Saturday: a start after midnight ends on the next day.
  const late = d.unit !== 'hour' && clockAfter(ctx, next.end);
  const last = (first: Day) => (late ? isoDay(addDays(parseDay(lastDayFrom(first, d.value, d.unit)), 1)) : lastDayFrom(first, d.value, d.unit));
  const covers = countable(d) ? { low: next.low, high: last(parseDay(next.low)) } : null;
  return { ...d, anchor: 'from', ...(covers ? { covers } : {}) };
}

/** A clock time after midnight right after a day: "at 5 pm", "om 17.00 uur" (not "at 12 am", "at 0:00"). */
function clockAfter(ctx: ExtractContext, at: number): boolean {
  const re = memo(ctx.lex, 'duration-start-clock', () => {
    const { clockJoiners, clockWords } = ctx.lex;
    return new RegExp(`^\\s+${matchAny(clockJoiners)}\\s+(\\d{1,2})(?:[:.](\\d\\d))?\\s*(${matchAny(clockWords)})?(?![\\p{L}\\p{N}])`, 'iu');
  });
  const m = re.exec(ctx.text.slice(at, at + 24));
  if (!m || (m[2] === undefined && m[3] === undefined)) return false;
  const hour = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const midnight = (hour === 0 || hour === 24 || (hour === 12 && /^a/iu.test(m[3] ?? ''))) && minutes === 0;
  return !midnight && hour <= 24;
}

/**
 * `"de eerste drie maanden van 2020"`, `"the last four months of 2021"`, `"first ten days of last year"`:
 * the first N units of a written period (`anchor: 'from'`, from its first day) or its last (`anchor: 'to'`,
 * up to its last day).
 */
function edgeOf(ctx: ExtractContext, d: DurationDraft, next: ClaimDraft | undefined): DurationDraft | null {
  if (next?.kind !== 'date' || next.unresolved || next.low.length !== 10 || next.high.length !== 10 || !ofAfter(ctx, d.end)) return null;
  const { lex, grammar, text } = ctx;
  const joined = memo(lex, 'duration-edge-joiner', () => new RegExp(`^\\s+${matchAny([lex.modifierJoiner])}\\s+$`, 'iu'));
  if (!joined.test(text.slice(d.end, next.start))) return null;
  const first = grammar.phraseBefore(lex.durationAnchors.firstOf, text, d.start) !== null;
  if (!first && grammar.phraseBefore(lex.durationAnchors.lastOf, text, d.start) === null) return null;
  if (!countable(d)) return null;
  const covers = first
    ? { low: next.low, high: lastDayFrom(parseDay(next.low), d.value, d.unit) }
    : { low: isoDay(shift(addDays(parseDay(next.high), 1), -d.value, d.unit)), high: next.high };
  if (covers.low < next.low || covers.high > next.high) return null; // "the first 14 months of 2020" is no part of it
  return { ...d, anchor: first ? 'from' : 'to', covers };
}

/** "van" / "of" right after the duration: "the last three days of the trial". */
function ofAfter(ctx: ExtractContext, end: number): boolean {
  const re = memo(ctx.lex, 'duration-anchor-of', () => new RegExp(`^\\s+${matchAny([ctx.lex.modifierJoiner])}(?![\\p{L}])`, 'iu'));
  return re.test(ctx.text.slice(end, end + 12));
}

/**
 * The days N units before or after a day-grain article date: before, from the day N units back to the
 * day before the article date ("de afgelopen 5 jaar" on 2018-08-30: 2013-08-30..2018-08-29); after, from
 * the day after it for N units ("de komende 2 maanden" on 2018-08-30: 2018-08-31..2018-10-30).
 */
export function coveredDays(ref: ReferenceDate | null, anchor: Anchor, n: number, unit: DurationUnit, fromNow = false): { low: string; high: string } | null {
  if (!ref || ref.grain !== 'day' || !countable({ qualifier: 'exact', unit, value: n })) return null;
  const day = parseDay(ref.low);
  if (anchor === 'before') return { low: isoDay(shift(day, -n, unit)), high: isoDay(addDays(day, -1)) };
  const first = fromNow ? day : addDays(day, 1);
  return { low: isoDay(first), high: lastDayFrom(first, n, unit) };
}

/** A duration whose days can be counted: exact, whole, in days, weeks, months or years, and not absurdly long. */
function countable(d: { qualifier: string; unit: DurationUnit; value: number }): boolean {
  return d.qualifier === 'exact' && d.unit !== 'hour' && Number.isInteger(d.value) && d.value > 0 && d.value <= 1000;
}

/** The last day of N units that start on `first` (units of a countable duration: no hours). */
const lastDayFrom = (first: Day, n: number, unit: DurationUnit): string => isoDay(addDays(shift(first, n, unit), -1));

/** The day N units after `day` (before, for a negative N); a countable duration has no hours, so they do not move it. */
export function shift(day: Day, n: number, unit: DurationUnit): Day {
  if (unit === 'hour') return day;
  if (unit === 'day') return addDays(day, n);
  if (unit === 'week') return addDays(day, 7 * n);
  const months = unit === 'year' ? 12 * n : n;
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/**
 * `"de 5 aankomende jaren"`, `"de twee voorbije weken"`, `"the 2 upcoming months"`: the anchor word
 * between the number and its unit. One duration claim from the number to the unit, anchored as above.
 * `"3 more days"`, `"two further years"`: a word there that ties it to no date (`durationAnchors.inner`)
 * still makes one duration, with no anchor (the number alone is no count).
 */
export const innerAnchorExtractor: Extractor = {
  name: 'inner-duration-anchor',
  pattern: (ctx) =>
    memo(ctx.lex, 'inner-duration-anchor', () => {
      const { before, after, afterWithFuture, inner } = ctx.lex.durationAnchors;
      const bare = (words: readonly string[]) => words.filter((w) => !w.includes(' '));
      // A plural unit: "3 next week" is three of something next week.
      const units = matchAny(ctx.lex.pluralTimeUnits.filter((u) => ctx.lex.durationUnits[u] !== undefined));
      const unanchored = inner.length === 0 ? '|((?!))' : `|(${matchAny(inner)})`; // the group stays, matching nothing
      return new RegExp(
        `(?<![\\p{L}\\p{N}])(\\d{1,3}|\\p{L}+)\\s+(?:(${matchAny(bare(before))})|(${matchAny(bare(after))})|(${matchAny(bare(afterWithFuture))})${unanchored})\\s+(${units})(?![\\p{L}\\p{N}])`,
        'giu',
      );
    }),
  extract(ctx, match) {
    const [whole, number = '', isBefore, isAfter, isNext, isInner, unitWord = ''] = match;
    const parsed = ctx.grammar.numeral.parse(number);
    const unit = ctx.lex.durationUnits[unitWord.toLowerCase()];
    if (!parsed || parsed.value <= 1 || !Number.isInteger(parsed.value) || unit === undefined) return null;
    const start = match.index;
    const end = start + whole.length;
    if (ofAfter(ctx, end) && isInner === undefined) return null;
    if (isNext !== undefined && !futureCueBetween(ctx.lex, ctx.text, sentenceStartBefore(ctx.text, start), start)) return null;
    const anchor: Anchor = isBefore !== undefined ? 'before' : isAfter !== undefined || isNext !== undefined ? 'after' : 'before';
    const value = parsed.value;
    const precision = impliedPrecision(value, 0, false);
    const draft: DurationDraft = { start, end, text: ctx.text.slice(start, end), value, low: value, high: value, precision, qualifier: 'exact', kind: 'duration', unit };
    return isInner !== undefined ? draft : withAnchor(ctx, draft, anchor);
  },
};

/**
 * `"the past decade"`, `"the next fortnight"`, `"het afgelopen decennium"`: a time word that is a multiple
 * of a unit, after an anchor word and with no number, is one of it (10 years, 2 weeks). The claim is the
 * time word; the refiner anchors it from the words before it. So is a unit after "within" and an anchor
 * word (`Lexicon.withinUnits`): `"within the next week"`, `"binnen de komende week"` are a week's span.
 */
export const anchoredMultipleExtractor: Extractor = {
  name: 'anchored-multiple',
  pattern: (ctx) =>
    memo(ctx.lex, 'anchored-multiple', () => {
      const { lex } = ctx;
      const { before, after, afterWithFuture, within } = lex.durationAnchors;
      const bare = matchAny([...before, ...after, ...afterWithFuture].filter((w) => !w.includes(' ')));
      // A unit only after "within" (and an article), which the match holds: "within the next week".
      const unit = lex.withinUnits.length === 0 || within.length === 0 ? '' : `|${matchAny(within)}\\s+(?:${matchAny(lex.calendarPeriods.articles)}\\s+)?${bare}\\s+(${matchAny(lex.withinUnits)})`;
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${bare}\\s+(${matchAny(lex.anchoredMultiples)})${unit})(?![\\p{L}\\p{N}])`, 'giu');
    }),
  // A multiple, or the "within" a unit needs.
  gate: (ctx) => memo(ctx.lex, 'anchored-multiple-gate', () => new RegExp(matchAny([...ctx.lex.anchoredMultiples, ...ctx.lex.durationAnchors.within]), 'giu')),
  extract(ctx, match) {
    const word = match[1] ?? match[2] ?? '';
    const lower = word.toLowerCase();
    const multiple = match[1] !== undefined ? ctx.lex.durationMultiples[lower] : unitOne(ctx, lower);
    const end = match.index + match[0].length;
    if (!multiple || ofAfter(ctx, end)) return null; // "the last decade of the century"
    const start = end - word.length;
    const value = multiple.factor;
    return { start, end, text: word, value, low: value, high: value, precision: 0, qualifier: 'exact', kind: 'duration', unit: multiple.unit } satisfies DurationDraft;
  },
};

const unitOne = (ctx: ExtractContext, word: string): { unit: DurationUnit; factor: number } | undefined => {
  const unit = ctx.lex.durationUnits[word];
  return unit === undefined ? undefined : { unit, factor: 1 };
};

/** "within" / "binnen" (and an article) right before `at`: "within the | next week". */
export function withinBefore(ctx: ExtractContext, at: number): boolean {
  const { within } = ctx.lex.durationAnchors;
  if (within.length === 0) return false;
  const re = memo(ctx.lex, 'within-before', () => new RegExp(`(?<![\\p{L}])${matchAny(within)}\\s+(?:${matchAny(ctx.lex.calendarPeriods.articles)}\\s+)?$`, 'iu'));
  return re.test(ctx.text.slice(Math.max(0, at - 24), at));
}

/** Where the sentence around an offset starts, looking back at most 400 characters. */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const slice = text.slice(from, at);
  const m = /[.!?]\s+(?=[^.!?]*$)|\n\s*\n(?=[^\n]*$)/u.exec(slice);
  return m ? from + m.index + m[0].length : from;
}
