import { toInterval } from '../../claims/interval.js';
import type { ClaimDraft, Qualifier } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';

/**
 * Fractions in words: `"ongeveer de helft van"` → 0.5 (about); `"two-thirds of"` → 0.667.
 * Fractions that are also ordinals ("een derde keer", "a third time") need "van"/"of" after them.
 */
export const fractionExtractor: Extractor = {
  name: 'fraction',
  pattern: (ctx) => memo(ctx.lex, 'fraction', () => new RegExp(`(?<![\\p{L}\\p{N}])${matchAny(Object.keys(ctx.lex.fractions))}(?![\\p{L}])`, 'giu')),
  extract(ctx, match) {
    const entry = ctx.lex.fractions[match[0].toLowerCase().replace(/\s+/g, ' ')];
    if (!entry) return null;
    const start = match.index;
    const end = start + match[0].length;
    if (/^-\p{L}/u.test(ctx.text.slice(end, end + 2))) return null; // "half-hearted", "a third-party"
    const before = ctx.grammar.qualifierBefore(ctx.text, start);
    // "een derde van", "fell by a fifth", "more than half": the fraction of something, the size of a
    // change, or a share with a bound ("more than half said", "nearly half").
    if (entry.needsOf && ctx.grammar.phraseAfter(ctx.lex.fractionOf, ctx.text, end) === null && ctx.grammar.phraseBefore(ctx.lex.changeAmountCues, ctx.text, start) === null &&
        (before === null || before.start + 40 < start)) return null;
    if (ctx.grammar.phraseAfter(ctx.lex.fractionNotBefore, ctx.text, end) !== null) return null;
    const qualifier: Qualifier = before?.qualifier ?? 'exact';
    const { low, high } = toInterval(entry.value, qualifier, 0);
    const draft: ClaimDraft = {
      kind: 'fraction', start, end, text: ctx.text.slice(start, end),
      value: entry.value, low, high, precision: 0, qualifier, unit: null,
    };
    return draft;
  },
};
