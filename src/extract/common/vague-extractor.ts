import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';

const verbAfter = (ctx: ExtractContext): RegExp => memo(ctx.lex, 'vague-verb-after', () => new RegExp(`^\\s+${matchAny(ctx.lex.vagueVerbAfter)}(?![\\p{L}])`, 'iu'));

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
    // "Messi scores twice" is the verb; "scores of people", "scores more" count.
    if (ctx.lex.vagueVerbs.includes(match[0].toLowerCase()) && !verbAfter(ctx).test(ctx.text.slice(end, end + 8))) return null;
    // "miljarden euro", and with "of" between: "billions of dollars".
    const of = new RegExp(`^\\s+(?:${matchAny(ctx.lex.fractionOf)})(?=\\s)`, 'iu').exec(ctx.text.slice(end, end + 12))?.[0].length ?? 0;
    const suffix = ctx.grammar.suffixAt(ctx.text, end) ?? (of > 0 ? ctx.grammar.suffixAt(ctx.text, end + of) : null);
    const money = suffix?.kind === 'money' ? suffix : null;
    if (money) end += money.length + (ctx.grammar.suffixAt(ctx.text, end) ? 0 : of);
    const draft: ClaimDraft = {
      kind: money ? 'money' : 'count',
      start, end, text: ctx.text.slice(start, end),
      value: low, low, high, precision: 0, qualifier: 'vague', unit: money?.unit ?? null,
    };
    return draft;
  },
};
