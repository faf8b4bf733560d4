import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';

/** Vague plurals: `"honderden doden"` → count 200..999 (vague); `"tens of thousands"` → 20000..99999. */
export const vagueExtractor: Extractor = {
  name: 'vague',
  pattern: (ctx) => memo(ctx.lex, 'vague', () => new RegExp(`(?<![\\p{L}\\p{N}])${matchAny(Object.keys(ctx.lex.vague))}(?![\\p{L}])`, 'giu')),
  extract(ctx, match) {
    const bounds = ctx.lex.vague[match[0].toLowerCase().replace(/\s+/g, ' ')];
    if (!bounds) return null;
    const [low, high] = bounds;
    const start = match.index;
    let end = start + match[0].length;
    const suffix = ctx.grammar.suffixAt(ctx.text, end);
    const money = suffix?.kind === 'money' ? suffix : null;
    if (money) end += money.length;
    const draft: ClaimDraft = {
      kind: money ? 'money' : 'count',
      start, end, text: ctx.text.slice(start, end),
      value: low, low, high, precision: 0, qualifier: 'vague', unit: money?.unit ?? null,
    };
    return draft;
  },
};
