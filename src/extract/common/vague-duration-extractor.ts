import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';

/**
 * `"several weeks"` → 3..9 weeks, `"een paar uur"` → 2..5 hours: a vague number of time units is a vague
 * duration, its value the low end (as `"honderden"` is 200..999). Only before the units themselves.
 */
export const vagueDurationExtractor: Extractor = {
  name: 'vague-duration',
  pattern: (ctx) =>
    memo(ctx.lex, 'vague-duration', () => {
      const { words, units } = ctx.lex.vagueDurations;
      return new RegExp(`(?<![\\p{L}\\p{N}])(${matchAny(Object.keys(words))})\\s+(${matchAny(units)})(?![\\p{L}\\p{N}])`, 'giu');
    }),
  gate: (ctx) => memo(ctx.lex, 'vague-duration-gate', () => new RegExp(matchAny(Object.keys(ctx.lex.vagueDurations.words).map((w) => w.split(' ').pop()!)), 'giu')),
  extract(ctx, match) {
    const bounds = ctx.lex.vagueDurations.words[(match[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')];
    const unit = ctx.lex.durationUnits[(match[2] ?? '').toLowerCase()];
    if (!bounds || unit === undefined) return null;
    const [low, high] = bounds;
    const start = match.index;
    const end = start + match[0].length;
    return { start, end, text: match[0], value: low, low, high, precision: 0, qualifier: 'vague', kind: 'duration', unit } satisfies ClaimDraft;
  },
};
