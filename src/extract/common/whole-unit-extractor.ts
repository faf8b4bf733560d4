import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';

/**
 * `"all day"`, `"all week"`, `"de hele maand"`, `"het hele jaar"`: one whole unit of time, a duration of
 * 1 (`"the talks went on all week"` → 1 week). Not before a hyphen or a noun it qualifies in one word
 * ("all-day event" keeps its own reading).
 */
export const wholeUnitExtractor: Extractor = {
  name: 'whole-unit',
  pattern: (ctx) =>
    memo(ctx.lex, 'whole-unit', () => new RegExp(`(?<![\\p{L}\\p{N}-])${matchAny(Object.keys(ctx.lex.wholeUnits))}(?![\\p{L}\\p{N}-])`, 'giu')),
  gate: (ctx) => memo(ctx.lex, 'whole-unit-gate', () => new RegExp(matchAny([...new Set(Object.keys(ctx.lex.wholeUnits).map((w) => w.split(' ')[0]!))]), 'giu')),
  extract(ctx, match) {
    const unit = ctx.lex.wholeUnits[match[0].toLowerCase().replace(/\s+/gu, ' ')];
    if (unit === undefined) return null;
    const start = match.index;
    const end = start + match[0].length;
    return { start, end, text: match[0], value: 1, low: 1, high: 1, precision: 0, qualifier: 'exact', kind: 'duration', unit } satisfies ClaimDraft;
  },
};
