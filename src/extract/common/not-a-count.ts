import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext } from '../types.js';
import type { Numeral } from './numeral.js';

interface Candidate {
  start: number;
  end: number;
  first: { start: number; end: number; numeral: Numeral };
  range: { end: number } | null;
}

const TIME_AFTER = /^\s*(?:uur\b|u\.|h\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock)/iu;
const TIME_BEFORE = new Set(['om', 'at', 'tegen', 'vanaf', 'rond', 'around', 'by', 'until', 'tot']);

/**
 * Numbers that are not counts (PRODUCT.md): years, times of day, ages, ordinals, page and phone
 * numbers, identifiers and numbers inside names ("G7", "Covid-19", "F-16").
 */
export function isNotACount(ctx: ExtractContext, c: Candidate): boolean {
  const { text, lex, grammar } = ctx;
  const { numeral } = c.first;
  const raw = text.slice(c.first.start, c.first.end);
  const before = text[c.first.start - 1] ?? '';
  const before2 = text[c.first.start - 2] ?? '';
  const after = text[c.end] ?? '';
  const afterNext = text[c.end + 1] ?? '';
  if ((before === '-' || before === '/') && /[\p{L}\p{N}]/u.test(before2)) return true; // Covid-19, F-16, 3-1, 3/6
  if ((after === '-' || after === '/') && /[\p{L}\p{N}]/u.test(afterNext) && !raw.includes(lex.groupSeparator)) return true; // 42-jarige, 5-member, 3/6; not "60,000-seat"
  if (before === '#' || after === '°' && !/[CF]/.test(afterNext)) return true;
  if (!numeral.words && /^0\d/.test(raw)) return true; // 020 1234567, 007
  let next: string | undefined; // the word after, read once and only when asked for
  const wordAfter = (): string => (next ??= grammar.wordsAfter(text, c.end, 1)[0] ?? '');
  if (isYearLike(numeral, raw) && !c.range && !ctx.isMeasureWord(wordAfter())) return true;
  const wordBefore = grammar.wordBefore(text, c.start);
  // Where the label stands is looked up only for a label word: the search runs over the text before.
  if (lex.notCountBefore.includes(wordBefore) && !lex.labelNotAfter.includes(grammar.wordBefore(text, text.slice(0, c.start).toLowerCase().lastIndexOf(wordBefore)))) return true;
  if (/^\p{Lu}[\p{Lu}&]*\p{Lu}$/u.test(text.slice(c.start - wordBefore.length - 1, c.start).trim())) return true; // "NHS 111", "S&P 500"
  if (lex.notCountAfter.includes(wordAfter())) return true; // "5 minuten", "19 seconds"
  if (isMultiplier(ctx, c.end)) return true; // "two or three times higher", "drie keer zo hoog"
  if (TIME_AFTER.test(text.slice(c.first.end, c.first.end + 10)) && (TIME_BEFORE.has(wordBefore) || !/^\s*uur/.test(text.slice(c.first.end, c.first.end + 6)))) return true;
  if (isAge(ctx, c)) return true;
  return false;
}

function isMultiplier(ctx: ExtractContext, end: number): boolean {
  const { lex, text } = ctx;
  if (lex.multipliers.words.length === 0) return false;
  const re = memo(lex, 'multiplier-after', () => {
    const { words, before, alternatives } = lex.multipliers;
    return new RegExp(`^(?:\\s+${matchAny(alternatives)}\\s+[\\p{L}\\p{N}.,]+)?\\s+${matchAny(words)}\\s+${matchAny(before)}(?![\\p{L}])`, 'iu');
  });
  return re.test(text.slice(end, end + 60));
}

const isYearLike = (n: Numeral, raw: string): boolean =>
  !n.words && n.scale === 1 && n.decimals === 0 && /^\d{4}$/.test(raw) && n.value >= 1800 && n.value <= 2100;

function isAge(ctx: ExtractContext, c: Candidate): boolean {
  const { text, lex, grammar } = ctx;
  if (grammar.phraseBefore(lex.ageBefore, text, c.start) !== null) return true;
  const next = grammar.wordsAfter(text, c.end, 2);
  if (next[0] !== undefined && lex.ageAfter.includes(next[0])) return true;
  if (next[0] !== undefined && lex.durationUnits[next[0]] === 'year' && next[1] !== undefined && lex.ageAfter.includes(next[1])) return true;
  // "Jan Peeters (42)": a small number alone in brackets after a name.
  return text[c.start - 1] === '(' && text[c.end] === ')' && c.first.numeral.value < 120;
}
