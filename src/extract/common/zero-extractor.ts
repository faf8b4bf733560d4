import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Extractor } from '../types.js';

/**
 * Negated figures are claims of zero: "geen doden", "no other deaths" (a negation before a measure
 * noun, up to two words on) and "niemand raakte gewond", "nobody was hurt" (a negation that stands for
 * people). The span is the negation word. The meaning refiner keeps only those it finds a people
 * measure for ("geen cijfers", "no aid convoy" are no claims).
 */
export const zeroExtractor: Extractor = {
  name: 'zero',
  pattern: ({ lex }) =>
    memo(lex, 'zero', () => new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<alone>${matchAny(lex.negations.alone)})|(?<noun>${matchAny(lex.negations.beforeNoun)}))(?![\\p{L}\\p{N}])`, 'giu')),
  extract(ctx, m) {
    const word = m.groups?.alone ?? m.groups?.noun ?? '';
    const start = m.index;
    const end = start + word.length;
    if (m.groups?.noun !== undefined) {
      const next = /^(?:\s+[\p{L}'’-]+){1,3}/u.exec(ctx.text.slice(end, end + 60))?.[0].trim().split(/\s+/) ?? [];
      if (!next.some((w) => ctx.isMeasureWord(w))) return null;
    }
    return { kind: 'count', text: ctx.text.slice(start, end), start, end, value: 0, low: 0, high: 0, qualifier: 'exact', precision: 0, unit: null };
  },
};
