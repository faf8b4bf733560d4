import { impliedPrecision, toInterval } from '../../claims/interval.js';
import type { ClaimDraft, Qualifier } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { isSpace, type Suffix } from './grammar.js';
import { charTest, type Numeral } from './numeral.js';
import { isNotACount } from './not-a-count.js';
import { sentenceAt, sentencesOf } from './sentences.js';
import { secondFigurePattern, wordOne } from './word-one.js';
import { loneOne, magnitudeAfter, negativeOne, ONE, ratio, wordFraction, type Figure } from './number-forms.js';
import { foldedRegExp } from '../../util/folded-regexp.js';

/**
 * Numbers in digits or words, with what stands around them: the qualifier before, a second number
 * making a range, and a percent sign, currency, unit or time unit after.
 * `"ruim 2,5 miljoen euro"` → money 2500000 EUR (more-than); `"tussen 10 en 20 doden"` → count 10..20.
 */
export const figureExtractor: Extractor = {
  name: 'figure',
  resumeAfterClaim: true,
  pattern: (ctx) => memo(ctx.lex, 'figure', () => foldedRegExp(ctx.grammar.numeral.source, 'giu')),
  extract(ctx, match) {
    const read = readFigure(ctx, match.index, match[0]);
    if (decimalRejected(ctx, read)) {
      // No decimal after all ("At one point four ministers resigned"): the words on either side of
      // "point" are read apart, so that "four ministers" is still a figure.
      const before = beforeDecimalWord(ctx, match[0]);
      const found = [figureAt(ctx, match, readFigure(ctx, match.index, before)), afterDecimalWord(ctx, match.index + before.length)];
      return found.flat().filter((d): d is ClaimDraft => d !== null);
    }
    return figureAt(ctx, match, read);
  },
};

/** The figure the numeral grammar read at a match (or null), with what stands around it. */
function figureAt(ctx: ExtractContext, match: RegExpExecArray, read: Figure | null): ClaimDraft | readonly ClaimDraft[] | null {
  const lone = read ? null : loneOne(ctx, match);
  const asRatio = read ?? lone ? ratio(ctx, (read ?? lone)!, secondFigurePattern(ctx)) : null; // "1 op de 3", "een op de twintig"
  if (asRatio) return asRatio;
  const first = read ?? wordOne(ctx, match) ?? negativeOne(ctx, match) ?? oneStartingRange(ctx, lone);
  if (!first) return null;
  if (first.numeral.fraction === 'pure') {
    // "vijf achtste", "a trillionth"; with a unit after it ("drie kwart liter") it is a quantity.
    const unit = ctx.grammar.suffixAt(ctx.text, first.end);
    if (!unit) return wordFraction(ctx, first, signBefore(ctx, first.start));
    // "een half uur" (under an hour), "a third day": no claim; "een halve meter", "een half jaar" are half of one.
    if (first.numeral.articleFraction && !halfOfUnit(first, unit)) return null;
  }
  const fraction = slashFraction(ctx, first.end);
  if (fraction) {
    first.numeral = { ...first.numeral, value: (fraction.mixed ? first.numeral.value : 0) + fraction.value, decimals: 2, ...(fraction.mixed ? {} : { fraction: 'pure' as const }) };
    first.end = fraction.end;
  }
  if (fraction && !fraction.unit && !fraction.mixed) return wordFraction(ctx, first, signBefore(ctx, first.start)); // "3/4", "-4/5"
  const magnitude = fraction ? null : magnitudeAfter(ctx, first); // "10k", "2,33 k", "1.5M"
  if (magnitude && !ctx.grammar.suffixAt(ctx.text, first.end)) {
    first.numeral = { ...first.numeral, value: Math.round(first.numeral.value * magnitude.scale * 1e6) / 1e6, scale: magnitude.scale };
    first.end += magnitude.length;
  }
  const sign = signBefore(ctx, first.start);
  if (sign !== null) first.numeral = { ...first.numeral, value: -first.numeral.value };
  const range = readRange(ctx, first);
  let end = range ? range.second.end : first.end;
  let start = sign ?? first.start;
  let qualifier: Qualifier = range ? 'range' : 'exact';

  const currency = ctx.grammar.currencyBefore(ctx.text, start);
  if (currency) start = currency.start;
  const gluedHours = !range && !currency ? gluedDuration(ctx, first, end) : null; // "for 3h"
  let suffix: Suffix | null = ctx.grammar.suffixAt(ctx.text, end) ?? hyphenatedUnit(ctx, end) ?? gluedHours ?? (range ? null : gluedDegrees(ctx, first, end));
  if (currency && suffix?.kind !== 'percent') {
    const glued = !range ? gluedScale(ctx, end) : null; // "£5m", "$2bn"
    if (glued) {
      first.numeral = { ...first.numeral, value: first.numeral.value * glued.scale, scale: glued.scale };
      end += glued.length;
    }
    suffix = { kind: 'money', unit: currency.unit, length: 0 };
  } else if (suffix?.kind === 'money') {
    suffix = weightReading(ctx, start, end, suffix, first.numeral.value) ?? suffix; // "twee pond" of a baby
  }
  if (!suffix && !currency && !range) suffix = sharedWithChange(ctx, first); // "van 10 naar 15 procent"
  if (suffix) end += suffix.length;
  // "34 cents" is 0.34 of its currency; "3 euro en 50 cent", "15 dollars 50." add the cents written after.
  // "a decade" is 10 years: a time word that is a multiple of its unit.
  const scale = suffix?.kind === 'money' && suffix.subunit ? 0.01 : suffix?.kind === 'duration' ? (suffix.factor ?? 1) : 1;
  const cents = suffix?.kind === 'money' && !suffix.subunit && !range ? centsAfter(ctx, end) : null;
  if (cents) end = cents.end;
  const inches = suffix?.kind === 'quantity' && suffix.unit === 'ft' && !range ? inchesAfter(ctx, end) : null; // "5 feet 2 inches"
  if (inches) end = inches.end;
  // "a year and a half"; "1 hour and 30 minutes" (1.5 hours)
  const part = suffix?.kind === 'duration' && !range ? (unitPartAfter(ctx, end) ?? (suffix.unit === 'hour' ? minutesAfter(ctx, end) : null)) : null;
  if (part) end = part.end;
  // "- 20 graden": a spaced minus before a temperature is still its sign (weather tables write it so).
  if (sign === null && suffix?.kind === 'quantity' && (suffix.unit === 'degC' || suffix.unit === 'degF') && /(?:^|\s)[-\u2212] $/u.test(ctx.text.slice(Math.max(0, start - 3), start))) {
    start -= 2;
    first.numeral = { ...first.numeral, value: -first.numeral.value };
  }
  if (end === first.end && /\p{L}/u.test(ctx.text[end] ?? '')) return null; // "3e", "21st", "4x4"
  const around = { start, end, first, range: range?.second ?? null };
  if (!suffix && isNotACount(ctx, around)) return null;
  if (suffix?.kind === 'quantity' && /[\p{L}\p{N}][-/]$/u.test(ctx.text.slice(Math.max(0, start - 2), start))) return null; // "scp-173m", "A-10 m"
  // "42 jaar oud", "24 uur van Le Mans"; a glued "h" is a time of day only after a clock word, which gluedDuration rules out.
  if (suffix?.kind === 'duration' && ((suffix !== gluedHours && isNotACount(ctx, around)) || isEventName(ctx, end))) return null;
  if (first.numeral.bareOne && suffix?.kind !== 'duration' && !ctx.lex.oneWords.includes(ctx.text.slice(first.start, first.end).toLowerCase())) return null;
  if (!range) {
    const before = ctx.grammar.qualifierBefore(ctx.text, start);
    if (before && !comparedWithOffset(ctx, before.start, end, suffix)) qualifier = before.qualifier;
  }
  const value = roundCents((first.numeral.value + (part?.value ?? 0)) * scale + (cents?.value ?? 0) + (inches?.value ?? 0));
  // A scaled figure ("1,5 miljoen") is as precise as a round number of its size; "2,5" to its decimal;
  // a count to the unit is exact.
  const exactUnits = !suffix;
  const precision = cents ? 0.01 : impliedPrecision(first.numeral.value, first.numeral.scale > 1 ? 0 : first.numeral.decimals, exactUnits) * scale;
  const bounds = range ? { low: value, high: roundCents(range.second.numeral.value * scale) } : undefined;
  const { low, high } = toInterval(value, qualifier, precision, bounds);
  // One literal per kind, keys in one order (not a spread of a shared base: its clone was a tenth of the time here).
  const text = ctx.text.slice(start, end);
  if (suffix?.kind === 'duration') return { start, end, text, value, low, high, precision, qualifier, kind: 'duration', unit: suffix.unit };
  if (suffix) return { start, end, text, value, low, high, precision, qualifier, kind: suffix.kind, unit: suffix.unit } as ClaimDraft;
  return { start, end, text, value, low, high, precision, qualifier, kind: 'count', unit: null } satisfies ClaimDraft;
}

const halfOfUnit = (first: Figure, unit: Suffix): boolean =>
  first.numeral.value === 0.5 && (unit.kind === 'quantity' || (unit.kind === 'duration' && unit.unit !== 'hour' && unit.factor === undefined));

/** The figure after a decimal word that makes no decimal ("one point | four ministers"), or null. */
function afterDecimalWord(ctx: ExtractContext, at: number): ClaimDraft | readonly ClaimDraft[] | null {
  const word = /^\s+\p{L}+\s+/u.exec(ctx.text.slice(at, at + 40));
  if (!word) return null;
  const sticky = memo(ctx.lex, 'figure-at', () => foldedRegExp(ctx.grammar.numeral.source, 'iuy'));
  sticky.lastIndex = at + word[0].length;
  const match = sticky.exec(ctx.text);
  if (!match) return null;
  // Not split again here ("five point five point five …"): the scan resumes after this figure.
  const read = readFigure(ctx, match.index, match[0]);
  return figureAt(ctx, match, decimalRejected(ctx, read) ? readFigure(ctx, match.index, beforeDecimalWord(ctx, match[0])) : read);
}

/**
 * A minus sign glued to the figure ("-5 graden", "€ -12") or a minus word before it ("min 5 graden",
 * "minus five percent"): where the sign starts, or null. A hyphen after a word or number is no sign
 * ("Covid-19", "3-1").
 */
function signBefore(ctx: ExtractContext, start: number): number | null {
  const { text } = ctx;
  const ch = text[start - 1];
  if ((ch === '-' || ch === '\u2212') && !/[\p{L}\p{N}\-.,/]/u.test(text[start - 2] ?? '')) return start - 1;
  const word = memo(ctx.lex, 'negative-word', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.negativeWords)}\\s+$`, 'iu'));
  const m = word.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[0].length : null;
}

const roundCents = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * Cents after an amount: "3 euro en 50 cent", "thirteen dollars and forty-five cents", "15 dollars 50."
 * Without a cent word the number must end the clause, so "5 dollars and 20 were paid" stays apart.
 */
function centsAfter(ctx: ExtractContext, end: number): { value: number; end: number } | null {
  const { lex, grammar, text } = ctx;
  const { re, joinerStart } = memo(lex, 'cents-after', () => ({
    re: foldedRegExp(`^\\s+(?:${matchAny([lex.listJoiner])}\\s+)?(${grammar.numeral.source})(?:\\s*(${matchAny(Object.keys(lex.currencySubunits))})(?![\\p{L}]))?`, 'iu'),
    joinerStart: charTest([...lex.listJoiner].slice(0, 1), 'iu'),
  }));
  // What follows the spaces must be able to start the joiner or a number, or the regex finds nothing.
  const limit = Math.min(text.length, end + 60);
  let at = end;
  while (at < limit && isSpace(text.charCodeAt(at))) at += 1;
  if (at === end || at === limit || !(grammar.numeral.mayStartAt(text, at) || joinerStart(text, at))) return null;
  const m = re.exec(text.slice(end, end + 60));
  if (!m?.[1]) return null;
  const numeral = grammar.numeral.parse(m[1]);
  if (!numeral || numeral.decimals > 0 || !Number.isInteger(numeral.value) || numeral.value < 1 || numeral.value > 99) return null;
  const after = end + m[0].length;
  if (!m[2] && !/^(?:[.,;:!?)]|\s*$)/u.test(text.slice(after, after + 2))) return null;
  return { value: numeral.value / 100, end: after };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A fraction of the unit after a duration: "one hour and a half" → 1.5 hours, "a year and a quarter". */
function unitPartAfter(ctx: ExtractContext, end: number): { value: number; end: number } | null {
  const { lex, text } = ctx;
  if (Object.keys(lex.unitFractions).length === 0) return null;
  // No \p{L} under "iu" (costly to compile): the word boundary after it is tested apart.
  const re = memo(lex, 'unit-part-after', () => new RegExp(`^\\s+${matchAny([lex.listJoiner])}\\s+(${matchAny(Object.keys(lex.unitFractions))})`, 'iu'));
  const m = re.exec(text.slice(end, end + 24));
  const value = m?.[1] ? lex.unitFractions[m[1].toLowerCase().replace(/\s+/gu, ' ')] : undefined;
  return m && value !== undefined && !WORD_CHAR.test(text[end + m[0].length] ?? '') ? { value, end: end + m[0].length } : null;
}

/** Minutes after hours: "1 hour and 30 minutes", "2 uur en 15 minuten" → 0.5, 0.25 of an hour. */
function minutesAfter(ctx: ExtractContext, end: number): { value: number; end: number } | null {
  const { lex, grammar, text } = ctx;
  if (lex.minuteWords.length === 0) return null;
  const re = memo(lex, 'minutes-after', () =>
    foldedRegExp(`^\\s+(?:${matchAny([lex.listJoiner])}\\s+)?(\\d{1,2}|${grammar.numeral.source})\\s*${matchAny(lex.minuteWords)}(?![\\p{L}])`, 'iu'));
  const m = re.exec(text.slice(end, end + 40));
  const n = m?.[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : grammar.numeral.parse(m[1])?.value) : undefined;
  return m && n !== undefined && Number.isInteger(n) && n > 0 && n < 60 ? { value: n / 60, end: end + m[0].length } : null;
}

/** Inches after feet: "5 ft 2 in", "5 feet and 2 inches" → 2/12 of a foot. */
function inchesAfter(ctx: ExtractContext, end: number): { value: number; end: number } | null {
  const { lex, grammar, text } = ctx;
  const re = memo(lex, 'inches-after', () => {
    const inchWords = [...Object.keys(lex.unitWords).filter((w) => lex.unitWords[w] === 'inch'), 'in'];
    return foldedRegExp(`^\\s+(?:${matchAny([lex.listJoiner])}\\s+)?(\\d{1,2}|${grammar.numeral.source})\\s*${matchAny(inchWords)}(?![\\p{L}])`, 'iu');
  });
  const m = re.exec(text.slice(end, end + 40));
  const n = m?.[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : grammar.numeral.parse(m[1])?.value) : undefined;
  return m && n !== undefined && n < 12 ? { value: n / 12, end: end + m[0].length } : null;
}

/**
 * A fraction in digits: "1/4 mijl", "10 1/2 miles" (mixed), "3/4", "-4/5", "2  1/4". Without a unit
 * after it, "3/4" may be a date ("op 3/4"; the date reading wins) or a score, so the numerator must be
 * below the denominator and no other slash, dash or digit may follow ("17/5/2018", "24/7").
 */
function slashFraction(ctx: ExtractContext, end: number): { value: number; end: number; mixed: boolean; unit: boolean } | null {
  const { text } = ctx;
  const m = /^\/(\d{1,2})(?![\p{N}/-]|[.,]\p{N})/u.exec(text.slice(end, end + 8));
  const mixed = /^\s{1,2}(\d)\/(\d{1,2})(?![\p{N}/-]|[.,]\p{N})/u.exec(text.slice(end, end + 8));
  const hit = mixed ?? m;
  if (!hit) return null;
  const numerator = mixed ? Number(mixed[1]) : Number(text.slice(Math.max(0, end - 3), end).match(/(\d+)$/u)?.[1]);
  const denominator = Number(mixed ? mixed[2] : hit[1]);
  if (!(numerator > 0 && numerator < denominator)) return null;
  if (/[/\p{L}]/u.test(text[end - String(mixed ? '' : numerator).length - 1] ?? '') && !mixed) return null; // "5/17", "A4/5"
  const after = end + hit[0].length;
  const suffix = ctx.grammar.suffixAt(text, after);
  const unit = suffix?.kind === 'quantity' || suffix?.kind === 'money';
  if (!unit && /^\s*[/\p{L}]/u.test(text.slice(after, after + 2)) && !/^\s+\p{L}/u.test(text.slice(after, after + 2))) return null;
  return { value: numerator / denominator, end: after, mixed: mixed !== null, unit };
}

/**
 * "vijf komma vijf procent", "minus five point five.": a decimal point in words before a unit, a function
 * word or the end of the clause; "at one point four ministers resigned" has none.
 */
/** A spoken decimal ("one point four") with no unit, function word or clause end after it: no decimal. */
const decimalRejected = (ctx: ExtractContext, read: Figure | null): boolean => read?.numeral.spokenDecimal === true && !spokenDecimalFits(ctx, read.end);

function spokenDecimalFits(ctx: ExtractContext, end: number): boolean {
  if (ctx.grammar.suffixAt(ctx.text, end) || !/^\s+\p{L}/u.test(ctx.text.slice(end, end + 2))) return true;
  return ctx.lex.functionWords.includes(ctx.grammar.wordsAfter(ctx.text, end, 1)[0] ?? '');
}

const beforeDecimalWord = (ctx: ExtractContext, text: string): string =>
  text.slice(0, memo(ctx.lex, 'decimal-word', () => new RegExp(`\\s+${matchAny(ctx.lex.decimalWords)}\\s`, 'iu')).exec(text)?.index ?? text.length);

/** Parses the matched numeral, falling back to its longest valid prefix of words ("five and six" → "five"). */
function readFigure(ctx: ExtractContext, index: number, text: string): Figure | null {
  const words = wordsWithSpaceBefore(text);
  const oneAfterArticle = words.length > 1 ? articleThenTimedOne(ctx, index, words) : null;
  if (oneAfterArticle) return oneAfterArticle;
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join('').trimEnd();
    // "one hundred and two | hundred": a prefix the next word would multiply is no number of its own.
    if (n < words.length && isMultiplier(ctx, words[n]!.trim())) continue;
    const numeral = ctx.grammar.numeral.parse(candidate);
    if (numeral) return { start: index, end: index + candidate.length, numeral };
  }
  // "a three-foot trip", "the first three months": the article or ordinal the regex took along is no
  // part of the number after it.
  const article = /^(\p{L}+)\s+/u.exec(text);
  const lead = article?.[1]?.toLowerCase() ?? '';
  if (article && (ctx.lex.articleOne.includes(lead) || ctx.lex.compoundOrdinals[lead] !== undefined) && words.length > 1) {
    const rest = readFigure(ctx, index + article[0].length, text.slice(article[0].length));
    if (rest && !rest.numeral.bareOne) return rest;
  }
  return null;
}

/**
 * "a one year and a quarter gap", "a one-month delay": the article before "one" and a time unit is no
 * part of the number (read as a figure of its own, the article hid the duration after it). Only before
 * a time unit: "a one-off" stays no figure.
 */
function articleThenTimedOne(ctx: ExtractContext, index: number, words: readonly string[]): Figure | null {
  const lead = words[0]!.toLowerCase();
  const next = words[1]!.trim().toLowerCase();
  if (!ctx.lex.articleOne.includes(lead) || ctx.lex.oneWords.includes(lead) || !ctx.lex.oneWords.includes(next)) return null;
  const start = index + words[0]!.length + (words[1]!.length - words[1]!.trimStart().length);
  const end = start + next.length;
  const unit = ctx.grammar.suffixAt(ctx.text, end) ?? hyphenatedUnit(ctx, end);
  return unit?.kind === 'duration' ? { start, end, numeral: { ...ONE } } : null;
}

/** `text.split(/(?<=\S)(?=\s)/u)`: each word with the space before it ("5 duizend" → "5", " duizend"). */
function wordsWithSpaceBefore(text: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) {
      words.push(text.slice(from, i));
      from = i;
    }
  }
  words.push(text.slice(from));
  return words;
}

const isMultiplier = (ctx: ExtractContext, word: string): boolean => {
  const w = word.toLowerCase();
  return ctx.lex.hundred.includes(w) || ctx.lex.scales[w] !== undefined;
};

/** "10 tot 20", "10-20", "tussen 10 en 20", "between 10 and 20": a second figure above the first. */
function readRange(ctx: ExtractContext, first: Figure): { start: number; second: Figure } | null {
  const { text, lex, grammar } = ctx;
  const leftEdge = grammar.currencyBefore(text, first.start)?.start ?? first.start; // "between $10 and $20"
  const { openers, openerJoiners } = memo(lex, 'range-words', () => ({ openers: Object.keys(lex.rangeOpeners), openerJoiners: Object.values(lex.rangeOpeners).flat() }));
  // "tussen de 20 en 30": an article may stand between the opener and the figure.
  const article = grammar.phraseBefore(lex.rangeOpenerArticles, text, leftEdge);
  const openerStart = grammar.phraseBefore(openers, text, leftEdge) ?? (article === null ? null : grammar.phraseBefore(openers, text, article));
  const joiners = openerStart === null ? lex.rangeJoiners : openerJoiners;
  const afterJoiner = grammar.phraseAfter(joiners, text, first.end) ?? hyphenAfter(text, first.end, joiners);
  if (afterJoiner === null) return null;
  const changeFrom = grammar.phraseBefore(lex.changeFrom, text, grammar.qualifierBefore(text, leftEdge)?.start ?? leftEdge);
  // "van 120 naar 312", "from 120 to 312"; not "temperaturen van 30 tot 34 graden"
  if (changeFrom !== null && !targetStatedBefore(ctx, changeFrom) && !rangeAfterFrom(ctx, changeFrom, first.end, afterJoiner)) return null;
  // "steeg met 9.000, tot 373.000", "fell by 12,000 to 898,000": the size of a change, then the new level.
  if (grammar.phraseBefore(lex.changeAmountCues, text, leftEdge) !== null && lex.changeTo.includes(text.slice(first.end, afterJoiner).replace(/[\s,]+/gu, ' ').trim().toLowerCase())) return null;
  const rest = secondFigurePattern(ctx).exec(text.slice(afterJoiner, afterJoiner + 80));
  if (!rest?.[1]) return null;
  const secondStart = afterJoiner + rest[0].length - rest[1].length;
  const second = readFigure(ctx, secondStart, rest[1]);
  if (!second) return null;
  // "1 tot 2 miljoen": the scale written once belongs to both ends.
  let low = first.numeral.value;
  const high = second.numeral.value;
  if (low < high / 1000 && high >= 1e6 && Number.isInteger(high / 1e6)) low *= high >= 1e9 ? 1e9 : 1e6;
  if (!(low < high)) return null;
  // "a discount of £150 to 2.7 million households": ends three orders of magnitude apart, with no
  // "tussen"/"between" to say so, are a figure and where it goes, not a range.
  if (openerStart === null && high > 1000 * low) return null;
  if (isYear(first.numeral) && isYear(second.numeral)) return null; // "2019-2020"
  first.numeral = { ...first.numeral, value: low };
  return { start: openerStart ?? first.start, second };
}

/**
 * "one to two million people", "een tot twee miljoen", "between one and three": "one" (or the article)
 * that opens a range to a small number is the number 1. The second number must be at most ten, or a
 * number of millions or billions, so that "een tot 2030 lopend plan" stays no range.
 */
function oneStartingRange(ctx: ExtractContext, lone: Figure | null): Figure | null {
  // Not an article that is only an article ("a to b"): "one", "een", "één".
  const word = lone === null ? '' : ctx.text.slice(lone.start, lone.end);
  if (lone === null || (ctx.lex.articleOne.includes(word) && ctx.lex.ones[word.toLowerCase()] !== 1)) return null;
  const one: Figure = { ...lone, numeral: { ...lone.numeral } };
  const range = readRange(ctx, one);
  // readRange gives "one" the second's scale ("one to two million" is 1,000,000 to 2,000,000).
  return range && (range.second.numeral.value <= 10 || one.numeral.value > 1) ? one : null;
}

/**
 * "lowered its forecast to between 5.6 and 6.0 percent, from 6.5 to 7.5 percent previously": when the
 * clause has said where a change went ("to" and a figure, then a comma), a "from A to B" right after it
 * is where the change came from, a range.
 */
function targetStatedBefore(ctx: ExtractContext, fromAt: number): boolean {
  const re = memo(ctx.lex, 'change-target-before', () => new RegExp(
    `(?<![\\p{L}])${matchAny(ctx.lex.changeTo)}\\s+(?:${matchAny(Object.keys(ctx.lex.rangeOpeners))}\\s+)?\\S{0,4}\\d[^;:!?]{0,40},\\s*$`, 'iu'));
  return re.test(ctx.text.slice(Math.max(0, fromAt - 60), fromAt));
}

/**
 * "temperaturen van 30 tot 34 graden", "kinderen van 4 tot 12 jaar": after a change word, a joiner of
 * `Lexicon.rangeAfterChangeFrom` makes a range unless a change cue stands in its clause ("de prijs steeg
 * van 3 tot 5 euro", "is van 3 tot 5 procent gestegen" stay a change).
 */
function rangeAfterFrom(ctx: ExtractContext, fromAt: number, firstEnd: number, afterJoiner: number): boolean {
  const { lex, text } = ctx;
  if (!lex.rangeAfterChangeFrom.includes(text.slice(firstEnd, afterJoiner).trim().toLowerCase())) return false;
  const before = /[^.;:!?,\n]*$/u.exec(text.slice(Math.max(0, fromAt - 200), fromAt))?.[0] ?? '';
  const after = /^[^.;:!?,\n]*/u.exec(text.slice(afterJoiner, afterJoiner + 200))?.[0] ?? '';
  const cue = memo(lex, 'change-cue-in-clause', () => new RegExp(`(?<![\\p{L}])${matchAny(lex.changeCues)}(?![\\p{L}])`, 'iu'));
  return !cue.test(before) && !cue.test(after);
}

function hyphenAfter(text: string, end: number, joiners: readonly string[]): number | null {
  const ch = text[end];
  return ch !== undefined && joiners.includes(ch) && /\d/.test(text[end + 1] ?? '') ? end + 1 : null;
}

/**
 * "van 10 naar 15 procent", "from €4.2 to €3.9 billion": the first figure of a change shares the unit
 * (and scale) written once after the second.
 */
function sharedWithChange(ctx: ExtractContext, first: Figure): Suffix | null {
  const { text, lex, grammar } = ctx;
  // "van (gemiddeld, ongeveer) 4,1 naar 3,7 procent": a qualifier may stand between "van" and the figure.
  if (grammar.phraseBefore(lex.changeFrom, text, grammar.qualifierBefore(text, first.start)?.start ?? first.start) === null) return null;
  const after = grammar.phraseAfter(lex.changeTo, text, first.end);
  if (after === null) return null;
  const rest = secondFigurePattern(ctx).exec(text.slice(after, after + 80));
  if (!rest?.[1]) return null;
  const second = readFigure(ctx, after + rest[0].length - rest[1].length, rest[1]);
  const suffix = second ? grammar.suffixAt(text, second.end) : null;
  if (!second || !suffix || suffix.kind === 'duration') return null;
  if (second.numeral.scale > 1 && first.numeral.scale === 1 && first.numeral.value < 1000) {
    first.numeral = { ...first.numeral, value: first.numeral.value * second.numeral.scale, scale: second.numeral.scale };
  }
  return { ...suffix, length: 0 };
}

/**
 * "deze baby is meer dan twee pond", "a baby of seven pounds": a currency word that is also a weight
 * (`Lexicon.weightCurrencies`) names the weight when a word of weighing stands near it in its sentence.
 */
function weightReading(ctx: ExtractContext, start: number, end: number, suffix: Suffix, value: number): Suffix | null {
  const { units, cues } = ctx.lex.weightCurrencies;
  const unit = units[ctx.text.slice(end, end + suffix.length).trim().toLowerCase()];
  // Millions are money: "25 million pounds weighed on profits".
  if (unit === undefined || cues.length === 0 || value >= 1e6) return null;
  return cueNear(ctx, 'weight-cues', cues, start, end + suffix.length) ? { kind: 'quantity', unit, length: suffix.length } : null;
}

/**
 * Whether a word starting with one of `cues` stands near the figure at [start, end) in its sentence:
 * within 80 characters either side, a bounded window, so a run-on text costs no more per figure.
 */
function cueNear(ctx: ExtractContext, key: string, cues: readonly string[], start: number, end: number): boolean {
  const re = memo(ctx.lex, key, () => new RegExp(`(?<![\\p{L}])${matchAny(cues)}`, 'iu'));
  const sentences = sentencesOf(ctx.doc);
  const sentence = sentences[sentenceAt(sentences, start)];
  const from = Math.max(sentence?.start ?? 0, start - 80);
  const to = Math.min(sentence?.end ?? ctx.text.length, end + 80);
  return re.test(ctx.text.slice(from, to));
}

/**
 * "4.000 minder dan een maand eerder", "20 more than a day earlier": the comparison belongs to the
 * figure before it, and the span of time after it is an offset, not "less than a month".
 */
function comparedWithOffset(ctx: ExtractContext, qualifierStart: number, end: number, suffix: Suffix | null): boolean {
  if (suffix?.kind !== 'duration' || !/[\d%]\s*$/u.test(ctx.text.slice(Math.max(0, qualifierStart - 3), qualifierStart))) return false;
  return ctx.grammar.phraseAfter(ctx.lex.durationOffsets, ctx.text, end) !== null;
}

// Temperatures news reports, in degrees: a "C" or "F" glued to a number beyond them is no temperature.
const DEGREES = { C: { unit: 'degC', low: -90, high: 60 }, F: { unit: 'degF', low: -130, high: 140 } } as const;

/**
 * "41C", "105F", "1.5C": a capital C or F glued to digits, as British and climate copy write degrees,
 * where the value is a weather or climate temperature and a word of weather stands near it in its
 * sentence ("Room 101C", "the 13F filing", "14.7C/ per security" are no degrees).
 */
function gluedDegrees(ctx: ExtractContext, first: Figure, end: number): Suffix | null {
  const letter = ctx.text[end];
  if ((letter !== 'C' && letter !== 'F') || first.numeral.words || !/\d/u.test(ctx.text[end - 1] ?? '') || /[\p{L}\p{N}/]/u.test(ctx.text[end + 1] ?? '')) return null;
  const { unit, low, high } = DEGREES[letter];
  const value = first.numeral.value * (signBefore(ctx, first.start) === null ? 1 : -1);
  if (value < low || value > high) return null;
  return cueNear(ctx, 'temperature-cues', ctx.lex.temperatureCues, first.start, end + 1) ? { kind: 'quantity', unit, length: 1 } : null;
}

/**
 * "300-metre", "10-kilometer", "a 12-cent dividend", "a 16-year high", "a two-day visit": a unit, currency
 * or time unit joined to the number by a hyphen. An age ("a 16-year-old") is left to the age extractor.
 */
function hyphenatedUnit(ctx: ExtractContext, end: number): Suffix | null {
  if (ctx.text[end] !== '-' || /\s/u.test(ctx.text[end + 1] ?? ' ')) return null;
  const suffix = ctx.grammar.suffixAt(ctx.text, end + 1);
  if (suffix?.kind === 'duration' && /^-\p{L}/u.test(ctx.text.slice(end + 1 + suffix.length, end + 3 + suffix.length))) return null;
  return suffix && suffix.kind !== 'percent' ? { ...suffix, length: suffix.length + 1 } : null;
}

/**
 * A time-unit letter glued to digits: "for 3h", "within 2h" (`Lexicon.gluedDurationUnits`). Not after a
 * clock word ("at 3h", "from 9h"), inside a code ("A3h", "3/4h") or before more digits ("5h30").
 */
function gluedDuration(ctx: ExtractContext, first: Figure, end: number): Suffix | null {
  const { text, lex } = ctx;
  const unit = lex.gluedDurationUnits[text[end] ?? ''];
  if (unit === undefined || first.numeral.words || end !== first.end) return null;
  if (/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') || /^[.:,]\d/u.test(text.slice(end + 1, end + 3))) return null;
  if (/[\p{L}\p{N}\-/.:,]/u.test(text[first.start - 1] ?? '')) return null;
  const before = ctx.grammar.wordBefore(text, first.start);
  const clock = memo(lex, 'glued-duration-clock', () => new Set([...lex.clockJoiners, ...lex.dateRangeFrom, ...lex.dateRangeJoiners]));
  return clock.has(before) ? null : { kind: 'duration', unit, length: 1 };
}

/** A one-letter scale glued to a money figure: "£5m", "$2bn", "€3k". */
function gluedScale(ctx: ExtractContext, end: number): { scale: number; length: number } | null {
  const m = /^([a-zA-Z]{1,2})(?![\p{L}\p{N}])/u.exec(ctx.text.slice(end, end + 3));
  const scale = m?.[1] ? ctx.lex.scaleAbbreviations[m[1]] ?? ctx.lex.magnitudeSuffixes[m[1]] : undefined; // "£5m", "US$ 1MM"
  return m?.[1] && scale ? { scale, length: m[1].length } : null;
}

/** "24 uur van Le Mans", "the 24 Hours of Le Mans": a duration inside the name of an event. */
function isEventName(ctx: ExtractContext, end: number): boolean {
  // The word ending at `end`, looked for in a bounded window: a search over the whole text before
  // it would make every figure cost the length of the document (quadratic on long inputs).
  const unitText = /(\p{L}+)$/u.exec(ctx.text.slice(Math.max(0, end - 64), end))?.[1] ?? '';
  if (/^\p{Lu}/u.test(unitText)) return true;
  // Written in lower case, only a race of hours is named so ("24 uur van Le Mans"); "14 years of
  // Conservative government" is a duration.
  return ctx.lex.durationUnits[unitText.toLowerCase()] === 'hour' && /^\s+(?:van|of)\s+(?:de\s+|the\s+)?\p{Lu}/u.test(ctx.text.slice(end, end + 30));
}

const isYear = (n: Numeral): boolean => !n.words && n.decimals === 0 && n.value >= 1800 && n.value <= 2100;
