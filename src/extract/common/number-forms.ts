import { toInterval } from '../../claims/interval.js';
import type { ClaimDraft, Qualifier } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { FoldedRegExp } from '../../util/folded-regexp.js';
import type { ExtractContext } from '../types.js';
import type { Numeral } from './numeral.js';

/** A number read from the text: where it stands and what it is. */
export interface Figure {
  start: number;
  end: number;
  numeral: Numeral;
}

/** The number 1 read from a word ("een", "one"). */
export const ONE = { value: 1, decimals: 0, bareOne: false, words: true, scale: 1 } as const;

const CLAUSE_END = /^\s*(?:[.,;:!?)\]]|$)/u;

/**
 * A fraction in words as a claim: `"vijf achtste"` → 0.625, `"two thirds of a million"` → 666667 (a
 * count), `"minus one hundred thirty fifths"` → -2.857. With the article or "one" as numerator it is
 * also an ordinal ("een achtste finale", "a fifth term"), so it needs "van"/"of" after it, the end of
 * its clause, or a change before it ("fell by a fifth"), as the fraction extractor asks.
 */
export function wordFraction(ctx: ExtractContext, first: Figure, signStart: number | null): ClaimDraft | null {
  const { text, lex, grammar } = ctx;
  if (/^-\p{L}/u.test(text.slice(first.end, first.end + 2))) return null; // "fifth-graders", "a half-hour"
  if (grammar.phraseAfter(lex.fractionNotBefore, text, first.end) !== null) return null; // "een kwart over drie"
  const start = signStart ?? first.start;
  const ofScale = memo(lex, 'fraction-of-scale', () => new RegExp(
    `^\\s+${matchAny(lex.fractionOf)}\\s+(?:${matchAny(lex.articleOne)}\\s+)?(${matchAny(Object.keys(lex.scales).filter((w) => lex.scales[w]! >= 1000))})(?![\\p{L}])`, 'iu'))
    .exec(text.slice(first.end, first.end + 40));
  if (first.numeral.articleFraction && !ofScale && grammar.phraseAfter(lex.fractionOf, text, first.end) === null &&
      !CLAUSE_END.test(text.slice(first.end, first.end + 4)) && grammar.phraseBefore(lex.changeAmountCues, text, start) === null) return null;
  const sign = signStart === null ? 1 : -1;
  const scale = ofScale?.[1] ? lex.scales[ofScale[1].toLowerCase()] ?? 1 : 1;
  const value = sign * first.numeral.value * scale;
  const end = ofScale ? first.end + ofScale[0].length : first.end;
  const qualifier: Qualifier = grammar.qualifierBefore(text, start)?.qualifier ?? 'exact';
  const { low, high } = toInterval(value, qualifier, 0);
  return { kind: scale > 1 ? 'count' : 'fraction', start, end, text: text.slice(start, end), value, low, high, precision: 0, qualifier, unit: null };
}

/**
 * A ratio: `"1 op de 3"`, `"één uit de 20"`, `"1 in twenty-one"` → 1/3, 0.05, 1/21. The numerator is
 * below the denominator, and the denominator is no year and carries no unit ("3 in 10 minutes").
 */
export function ratio(ctx: ExtractContext, first: Figure, second: RegExp | FoldedRegExp): ClaimDraft | null {
  const { text, lex, grammar } = ctx;
  const n = first.numeral;
  if (n.fraction || n.decimals > 0 || !Number.isInteger(n.value) || n.value < 1) return null;
  const after = grammar.phraseAfter(lex.ratioJoiners, text, first.end);
  if (after === null) return null;
  const m = second.exec(text.slice(after, after + 80));
  if (!m?.[1]) return null;
  const denominator = grammar.numeral.parse(m[1]);
  const end = after + m[0].length;
  if (!denominator || denominator.fraction || !Number.isInteger(denominator.value) || denominator.value <= n.value) return null;
  if (denominator.value > 100) return null; // "94 op de 100.000 inwoners" is a rate: two figures
  if (!denominator.words && denominator.value >= 1800 && denominator.value <= 2100) return null; // "1 in 2019"
  if (grammar.suffixAt(text, end) || /^[-/]\p{N}/u.test(text.slice(end, end + 2))) return null;
  if (lex.notCountAfter.includes(grammar.wordsAfter(text, end, 1)[0] ?? '')) return null; // "2 in 10 minutes"
  const value = n.value / denominator.value;
  const qualifier: Qualifier = grammar.qualifierBefore(text, first.start)?.qualifier ?? 'exact';
  const { low, high } = toInterval(value, qualifier, 0);
  return { kind: 'fraction', start: first.start, end, text: text.slice(first.start, end), value, low, high, precision: 0, qualifier, unit: null };
}

/**
 * A magnitude letter after digits: "10k", "2,33 k", "10G", "1.5M", "US$ 1MM". After a whole number a
 * lower-case letter up to "f" is a label ("7b", "12a"), and a capital after one digit a name ("5G",
 * "3M", "4K" are no magnitudes).
 */
export function magnitudeAfter(ctx: ExtractContext, first: Figure): { scale: number; length: number } | null {
  if (first.numeral.words || first.numeral.scale > 1 || first.numeral.fraction) return null;
  const re = memo(ctx.lex, 'magnitude-after', () => new RegExp(`^( {0,2})(${matchAny(Object.keys(ctx.lex.magnitudeSuffixes))})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'u'));
  const m = re.exec(ctx.text.slice(first.end, first.end + 6));
  if (!m?.[2]) return null;
  if (first.numeral.decimals === 0 && (/^[a-f]$/u.test(m[2]) || (/^\p{Lu}/u.test(m[2]) && first.numeral.value < 10))) return null;
  const scale = ctx.lex.magnitudeSuffixes[m[2]];
  return scale ? { scale, length: m[0].length } : null;
}

/**
 * The article or "one" ("een", "one", "één") as the number 1, or null: alone, or first of words the
 * grammar read together but cannot parse ("one and three" of "between one and three").
 */
export function loneOne(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = /^\S+/u.exec(match[0])?.[0].toLowerCase() ?? '';
  if (!ctx.lex.articleOne.includes(word) && ctx.lex.ones[word] !== 1) return null;
  return { start: match.index, end: match.index + word.length, numeral: { ...ONE } };
}

/** "min een", "minus one", "negative one": the article or "one" after a minus word is the number 1. */
export function negativeOne(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim().toLowerCase();
  if (!ctx.lex.articleOne.includes(word) && ctx.lex.ones[word] !== 1) return null;
  const re = memo(ctx.lex, 'negative-one', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.negativeWords)}\\s+$`, 'iu'));
  if (!re.test(ctx.text.slice(Math.max(0, match.index - 12), match.index))) return null;
  return { start: match.index, end: match.index + word.length, numeral: { ...ONE } };
}
