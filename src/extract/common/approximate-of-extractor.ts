import { impliedPrecision, toInterval } from '../../claims/interval.js';
import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { foldedRegExp } from '../../util/folded-regexp.js';

/**
 * `"een meter of tien"` → quantity 10 m (about); `"een week of drie"` → duration 3 weeks (about);
 * `"een euro of twintig"` → money 20 EUR (about);
 * `"een stuk of twintig doden"` → count 20 (about): the unit stands before the number, and the phrase
 * is one approximate figure, not "een meter" and a bare "tien" (`Lexicon.approximateOf`).
 */
export const approximateOfExtractor: Extractor = {
  name: 'approximate-of',
  pattern: (ctx) =>
    memo(ctx.lex, 'approximate-of', () => {
      const { article, joiner } = ctx.lex.approximateOf;
      if (article.length === 0 || joiner.length === 0) return /(?!)/g;
      return foldedRegExp(`${unitPhrase(ctx)}\\s+(${ctx.grammar.numeral.source})(?![\\p{L}\\p{N}])`, 'giu');
    }),
  // The phrase without its number: "een meter of", "een stuk of".
  gate: (ctx) => memo(ctx.lex, 'approximate-of-gate', () => (ctx.lex.approximateOf.article.length === 0 ? /(?!)/g : new RegExp(unitPhrase(ctx), 'giu'))),
  extract(ctx, match) {
    const [whole, unitWord = '', number = ''] = match;
    const numeral = ctx.grammar.numeral.parse(number);
    if (!numeral || numeral.bareOne) return null;
    const isCount = ctx.lex.approximateOf.countWords.includes(unitWord.toLowerCase());
    const suffix = isCount ? null : ctx.grammar.suffixAt(` ${unitWord}`, 0);
    if (!isCount && (suffix === null || (suffix.kind === 'money' && suffix.subunit))) return null;
    const start = match.index;
    const end = start + whole.length;
    const precision = impliedPrecision(numeral.value, numeral.decimals, isCount);
    const { low, high } = toInterval(numeral.value, 'about', precision);
    const base = { start, end, text: ctx.text.slice(start, end), value: numeral.value, low, high, precision, qualifier: 'about' as const };
    if (!suffix) return { ...base, kind: 'count', unit: null } satisfies ClaimDraft;
    if (suffix.kind === 'duration') return { ...base, kind: 'duration', unit: suffix.unit };
    if (suffix.kind === 'percent') return { ...base, kind: 'percent', unit: suffix.unit };
    return { ...base, kind: suffix.kind, unit: suffix.unit };
  },
};

/** "een meter of": the article, the unit (its word captured) and the joiner. */
function unitPhrase(ctx: ExtractContext): string {
  const { article, joiner, countWords } = ctx.lex.approximateOf;
  const { unitWords, durationUnits, currencyAfter, percentWords } = ctx.lex;
  const units = [...Object.keys(unitWords), ...Object.keys(durationUnits), ...Object.keys(currencyAfter), ...percentWords.filter((w) => /^\p{L}/u.test(w)), ...countWords];
  return `(?<![\\p{L}\\p{N}])${matchAny(article)}\\s+(${matchAny(units)})\\s+${matchAny(joiner)}`;
}
