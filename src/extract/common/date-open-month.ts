import type { ClaimDraft } from '../../claims/types.js';
import { addDays, daysInMonth, isoDay, isoMonth, parseDay, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Refiner } from '../types.js';
import { futureCueBetween, futureReading } from '../future-dates.js';
import { dateDraft } from './date-draft.js';
import { sentenceAt, sentencesOf } from './sentences.js';

type DateDraft = ClaimDraft & { kind: 'date' };

/**
 * `"after Feb"` → since March, `"before June"` → until May, `"after mid May"` → since the 21st, `"voor begin
 * september"` → until 31 August: a month or a part of one after the words that open or close a year
 * ("na 2018", "before 2010") is a period from the day after it or up to the day before it, as an open year
 * is (docs/claim-conventions.md, "Open periods"). Bare Dutch "voor" ("for": "plannen voor september") only
 * before a part of a month ("voor begin september").
 */
export const openMonthRefiner: Refiner = {
  name: 'open-month',
  refine(ctx, drafts) {
    return drafts.map((d) => (d.kind === 'date' && d.grain === 'month' && d.qualifier === 'exact' && !d.since && !d.until && !d.unresolved ? opened(ctx, d) ?? d : d));
  },
};

const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'open-month', () => {
    const { after, before, beforePart } = ctx.lex.openYears;
    // Bounded by white space, not \p{L} (costly to compile under "iu"; month claims are common).
    const cue = (words: readonly string[]) => (words.length === 0 ? /(?!)/u : new RegExp(`(?<!\\S)${matchAny(words)}\\s+$`, 'iu'));
    const { points } = ctx.lex.openYears;
    return { after: cue(after), before: cue(before), beforePart: cue(beforePart), point: points.length === 0 ? /(?!)/u : new RegExp(`^${matchAny(points)}\\s`, 'iu') };
  });

function opened(ctx: ExtractContext, d: DateDraft): DateDraft | null {
  const re = patterns(ctx);
  const lead = ctx.text.slice(Math.max(0, d.start - 20), d.start);
  const low = parseDay(d.low);
  const high = parseDay(d.high);
  const whole = low.day === 1 && high.day === daysInMonth(high.year, high.month) && low.month === high.month;
  const after = re.after.exec(lead);
  const before = after ? null : re.before.exec(lead) ?? (whole ? null : re.beforePart.exec(lead));
  const cue = after ?? before;
  if (!cue) return null;
  // "I'll go back after the beginning of March": a future cue takes the coming month first, as for any
  // month (future-dates.ts, which leaves a since date alone).
  const sentences = sentencesOf(ctx.doc);
  const sentenceStart = sentences[sentenceAt(sentences, d.start)]?.start ?? 0;
  const ahead = ctx.doc.date && futureCueBetween(ctx.lex, ctx.text, sentenceStart, d.start) ? futureReading(ctx.lex, d, ctx.doc.date) : null;
  if (ahead) return opened(ctx, { ...d, ...ahead });
  // The span is the month, as an open year's is the year ("na 2018").
  const start = d.start;
  // A whole month opens or closes at the month next to it ("after Feb": March on); a part at its day, or
  // at the point it names ("after the beginning of March": 1 March on).
  const point = !whole && re.point.test(d.text);
  const edge = point ? (after ? low : high) : after ? addDays(high, 1) : addDays(low, -1);
  const draft = dateDraft(ctx, start, d.end, whole ? monthOf(edge) : dayOf(edge)) as DateDraft;
  const { since: _since, ...rest } = draft;
  return (after ? { ...rest, since: true } : { ...rest, until: true }) as DateDraft;
}

/**
 * An abbreviated month after an opening or closing word is the month ("after Feb", "na feb"), which alone
 * is left as a possible name ("Jan"); not a capitalised one before a lower-case word ("after Jan left").
 */
export function opensAbbreviatedMonth(ctx: ExtractContext, start: number, end: number): boolean {
  const re = patterns(ctx);
  const lead = ctx.text.slice(Math.max(0, start - 20), start);
  if (!re.after.test(lead) && !re.before.test(lead)) return false;
  return !(/^\p{Lu}/u.test(ctx.text.slice(start, end)) && /^\s+\p{Ll}/u.test(ctx.text.slice(end, end + 3)));
}

const dayOf = (day: Day) => ({ value: isoDay(day), low: isoDay(day), high: isoDay(day), grain: 'day' as const });

function monthOf(day: Day) {
  const first = { ...day, day: 1 };
  const last = { ...day, day: daysInMonth(day.year, day.month) };
  return { value: isoMonth(day.year, day.month), low: isoDay(first), high: isoDay(last), grain: 'month' as const };
}
