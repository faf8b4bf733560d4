import type { ClaimDraft, DurationUnit } from '../../claims/types.js';
import { impliedPrecision } from '../../claims/interval.js';
import { addDays, daysBetween, isoDay, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Refiner } from '../types.js';
import { anchored, shift, type DurationDraft } from './duration-anchor.js';

const RANK: Record<DurationUnit, number> = { hour: 0, day: 1, week: 2, month: 3, year: 4 };
/** How many of the next finer unit one unit holds, where that is exact (a month holds no whole number of weeks or days). */
const FINER: Partial<Record<DurationUnit, [DurationUnit, number]>> = { year: ['month', 12], week: ['day', 7], day: ['hour', 24] };

/**
 * `"2 years and 3 months"` → 27 months, `"3 weeks and 2 days"` → 23 days, `"a day and 5 hours"` → 29 hours:
 * durations in falling units joined by "and" / "en" are one duration, in the finest unit when each part
 * converts to it exactly. Months with weeks or days do not: they are one only where the words before tie
 * them to the article date (`"for the last 3 months and 2 weeks and 2 days"`), as the days they cover.
 * A chain that runs on into another claim (`"the last 3 months and 2 days ago"`) is left in parts.
 */
export const compoundDurationRefiner: Refiner = {
  name: 'compound-duration',
  refine(ctx, drafts) {
    if (!drafts.some((d, i) => d.kind === 'duration' && near(d, drafts[i + 1]) && drafts[i + 1]!.kind === 'duration')) return drafts;
    const out: ClaimDraft[] = [];
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      const chain = d.kind === 'duration' && drafts[i + 1]?.kind === 'duration' && near(d, drafts[i + 1]) ? chainFrom(ctx, drafts, i) : [];
      const merged = chain.length > 1 ? mergeChain(ctx, chain) : null;
      if (!merged) {
        out.push(d);
        continue;
      }
      out.push(merged);
      i += chain.length - 1;
    }
    return out;
  },
};

/** A draft that starts within a joiner's reach of the end of another ("3 weeks, and 2 days"). */
const near = (a: ClaimDraft, b: ClaimDraft | undefined): boolean => b !== undefined && b.start - a.end <= 16;

/** The durations joined to drafts[i] in falling units, or [] when the chain runs on into another claim. */
function chainFrom(ctx: ExtractContext, drafts: readonly ClaimDraft[], i: number): DurationDraft[] {
  const joiner = memo(ctx.lex, 'compound-duration-joiner', () => new RegExp(`^,?\\s+${matchAny([ctx.lex.listJoiner])}\\s+$`, 'iu'));
  const part = (d: ClaimDraft | undefined): d is DurationDraft => d?.kind === 'duration' && d.qualifier === 'exact' && d.anchor === undefined && d.value > 0;
  const chain: DurationDraft[] = [];
  let j = i;
  for (let d = drafts[j]; part(d); d = drafts[++j]) {
    const last = chain[chain.length - 1];
    if (last && (RANK[d.unit] >= RANK[last.unit] || !near(last, d) || !joiner.test(ctx.text.slice(last.end, d.start)))) break;
    chain.push(d);
  }
  const next = drafts[i + chain.length];
  const last = chain[chain.length - 1];
  if (next && last && near(last, next) && joiner.test(ctx.text.slice(last.end, next.start))) return []; // "3 months and 2 days ago"
  return chain;
}

function mergeChain(ctx: ExtractContext, chain: readonly DurationDraft[]): DurationDraft | null {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const span = { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end) };
  const value = inFinest(chain, last.unit);
  if (value !== null) {
    const precision = impliedPrecision(value, 0, false);
    return { ...span, value, low: value, high: value, precision, qualifier: 'exact', kind: 'duration', unit: last.unit };
  }
  // Months with weeks or days: only tied to the article date, as the days covered.
  if (chain.some((d) => d.unit === 'hour')) return null;
  const tied = anchored(ctx, { ...first, ...span });
  if (!tied?.covers || (tied.anchor !== 'before' && tied.anchor !== 'after')) return null;
  const covers = tied.anchor === 'before'
    ? { low: isoDay(chain.reduce((day, d) => shift(day, -d.value, d.unit), addDays(parseDay(tied.covers.high), 1))), high: tied.covers.high }
    : { low: tied.covers.low, high: isoDay(addDays(chain.reduce((day, d) => shift(day, d.value, d.unit), parseDay(tied.covers.low)), -1)) };
  const days = daysBetween(parseDay(covers.low), parseDay(covers.high)) + 1;
  return { ...span, value: days, low: days, high: days, precision: 0, qualifier: 'exact', kind: 'duration', unit: 'day', anchor: tied.anchor, covers };
}

/** The chain's length in `unit` when every part converts to it exactly, else null. */
function inFinest(chain: readonly DurationDraft[], unit: DurationUnit): number | null {
  let total = 0;
  for (const d of chain) {
    let n = d.value;
    let u = d.unit;
    while (u !== unit) {
      const step = FINER[u];
      if (!step) return null;
      [u, n] = [step[0], n * step[1]];
    }
    total += n;
  }
  return Math.round(total * 1e9) / 1e9;
}
