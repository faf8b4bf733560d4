import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext } from '../types.js';
import { ONE, type Figure } from './number-forms.js';
import { foldedRegExp, type FoldedRegExp } from '../../util/folded-regexp.js';

/** A number (with an optional currency sign) at the start of a slice: the second figure of a range or change. */
export const secondFigurePattern = (ctx: ExtractContext): RegExp | FoldedRegExp =>
  memo(ctx.lex, 'range-second', () =>
    foldedRegExp(`^\\s*(?:${matchAny(Object.keys(ctx.lex.currencyBefore))}\\s?)?(${ctx.grammar.numeral.source})`, 'iu'));


/**
 * The number 1 where the numeral grammar reads none: the article or "one" before a time unit or a unit
 * ("een week", "een meter"), "one" before a part of ("one of the three") and "one" as a figure of its
 * own ("at least one rider", "one man", "one percent").
 */
export function wordOne(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  return articleDuration(ctx, match) ?? articleQuantity(ctx, match) ?? oneOf(ctx, match) ?? oneCount(ctx, match) ?? lastOfList(ctx, match);
}

/**
 * "In Valencia kwamen 155 mensen om, in Castilië-La Mancha twee en in Andalusië een.": the article (or
 * "one") alone before the end of its clause, as the last item of a list of figures, is the number 1; an
 * article needs a noun after it.
 */
function lastOfList(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim();
  // A one-letter word before a stop is a label ("plan A.", "(a)"), not "a" for one.
  if (!ctx.lex.articleOne.includes(word.toLowerCase()) || word.length < 2) return null;
  const end = match.index + word.length;
  if (!/^[.,;:!?)]/u.test(ctx.text.slice(end, end + 1))) return null;
  // The joiner of the list before it ("en in Andalusië"), then a figure before the joiner in the clause.
  const { joiner, figure } = memo(ctx.lex, 'one-last-of-list', () => ({
    joiner: new RegExp(`(?<![\\p{L}])${matchAny([ctx.lex.listJoiner])}\\s[^.!?;:\\p{N}]{0,40}$`, 'iu'),
    figure: new RegExp(`\\d|(?<![\\p{L}])${matchAny([...Object.keys(ctx.lex.ones), ...Object.keys(ctx.lex.tens), ...ctx.lex.hundred, ...Object.keys(ctx.lex.scales)])}(?![\\p{L}])`, 'iu'),
  }));
  const from = Math.max(0, match.index - 45);
  const at = joiner.exec(ctx.text.slice(from, match.index));
  if (!at) return null;
  const joinerAt = from + at.index;
  const clause = ctx.text.slice(Math.max(0, joinerAt - 60), joinerAt).split(/[.!?;:]/u).pop() ?? '';
  return figure.test(clause) ? { start: match.index, end, numeral: { ...ONE } } : null;
}

/** "one of the three", "een van de drie": "one" before a part-of cue and a figure is the number 1. */
function oneOf(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim();
  const lower = word.toLowerCase();
  if (!ctx.lex.articleOne.includes(lower) && ctx.lex.ones[lower] !== 1) return null;
  const end = match.index + word.length;
  const after = ctx.grammar.phraseAfter(ctx.lex.partOfNext, ctx.text, end);
  if (after === null || !/^\s*\d|^\s*\p{L}/u.test(ctx.text.slice(after, after + 3))) return null;
  const next = secondFigurePattern(ctx).exec(ctx.text.slice(after, after + 80));
  if (!next?.[1] || !ctx.grammar.numeral.parse(next[1])) return null;
  return { start: match.index, end, numeral: { ...ONE } };
}

/**
 * The word "one" (not the article "a") as the number 1 (`Lexicon.oneWords`): before a unit or currency
 * ("one penny", "one-yen bid", "one percent"), after a qualifier of several words ("at least one rider",
 * "more than one"), or before a noun for people or a measure ("killing one man", "one dead"). Elsewhere
 * it is a pronoun: "one of the largest swings", "get one before Christmas".
 */
function oneCount(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim();
  if (!ctx.lex.oneWords.includes(word.toLowerCase())) return null;
  const end = match.index + word.length;
  const one: Figure = { start: match.index, end, numeral: { ...ONE } };
  const suffix = ctx.grammar.suffixAt(ctx.text, ctx.text[end] === '-' ? end + 1 : end);
  if (suffix && suffix.kind !== 'duration') return one;
  const qualifier = ctx.grammar.qualifierBefore(ctx.text, match.index);
  if (qualifier && /\s/u.test(ctx.text.slice(qualifier.start, match.index).trim())) return one;
  const next = ctx.grammar.wordsAfter(ctx.text, end, 1)[0];
  return next !== undefined && /^\s+\p{L}/u.test(ctx.text.slice(end, end + 2)) && ctx.isMeasureWord(next) ? one : null;
}

const FREQUENCY = /^(?:per|keer|maal|once|twice|times|a)$/iu;

/** "een week", "one week": the article or "one" before a time unit is the number 1. */
function articleDuration(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim().toLowerCase();
  if (!ctx.lex.articleOne.includes(word)) return null;
  const end = match.index + match[0].trim().length;
  const unit = ctx.grammar.suffixAt(ctx.text, end);
  if (unit?.kind !== 'duration') return null;
  const before = ctx.grammar.wordBefore(ctx.text, match.index);
  if (FREQUENCY.test(before)) return null; // "twee keer per week", "once a week"
  // "€40 million a day" is a rate; "£1.62 a year earlier" is not. So is "45,000 passengers a day", "11,500
  // kWh of gas a year": a figure (not a year: "in 2019 prices rose a year after the vote") and up to
  // three words of its clause before the article.
  const rate = /\d$/u.test(before) || ctx.grammar.suffixAt(` ${before}`, 0) || before in ctx.lex.scales || figureRateBefore(ctx, match.index, before);
  if (rate && ctx.grammar.phraseAfter(ctx.lex.durationOffsets, ctx.text, end + unit.length) === null) return null;
  return { start: match.index, end, numeral: { ...ONE, bareOne: true } };
}

function figureRateBefore(ctx: ExtractContext, at: number, before: string): boolean {
  if (ctx.lex.functionWords.includes(before.toLowerCase())) return false;
  const figure = /(?<![\p{L}\p{N}])(\d[\d.,]*)(?:\s+[\p{L}-]+){1,3}\s+$/u.exec(ctx.text.slice(Math.max(0, at - 60), at))?.[1];
  return figure !== undefined && !/^(?:1[89]|20)\d\d$/u.test(figure);
}

/** "een meter", "Een ha", "a kilometre": the article before a unit of `Lexicon.articleUnits` is the number 1. */
function articleQuantity(ctx: ExtractContext, match: RegExpExecArray): Figure | null {
  const word = match[0].trim();
  if (!ctx.lex.articleOne.includes(word.toLowerCase())) return null;
  const end = match.index + word.length;
  const unit = memo(ctx.lex, 'article-unit', () => new RegExp(`^\\s{1,2}${matchAny(ctx.lex.articleUnits)}(?![\\p{L}\\p{N}])`, 'iu'));
  if (!unit.test(ctx.text.slice(end, end + 40)) || ctx.grammar.suffixAt(ctx.text, end)?.kind !== 'quantity') return null;
  return { start: match.index, end, numeral: { ...ONE } };
}
