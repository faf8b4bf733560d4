import type { DurationUnit, Qualifier } from '../../claims/types.js';
import { foldedRegExp } from '../../util/folded-regexp.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Lexicon } from '../lexicon.js';
import { numeralGrammar, type NumeralGrammar } from './numeral.js';

/** What follows a number and decides its kind: "%", "euro", "km", "maanden". */
export type Suffix =
  | { kind: 'percent'; unit: string | null; length: number }
  | { kind: 'money'; unit: string; length: number; subunit?: true }
  | { kind: 'quantity'; unit: string; length: number }
  | { kind: 'duration'; unit: DurationUnit; length: number; factor?: number };

/** A language's lexicon compiled into the regexes the extractors share, built once per lexicon. */
export interface LocaleGrammar {
  numeral: NumeralGrammar;
  /** Qualifier words ending right before an offset. */
  qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } | null;
  /** A currency symbol or code right before an offset ("€", "US$ "). */
  currencyBefore(text: string, start: number): { unit: string; start: number } | null;
  /** Percent, currency, unit or time unit right after an offset. */
  suffixAt(text: string, end: number): Suffix | null;
  /** The word before an offset, lowercased ("" at the start). */
  wordBefore(text: string, start: number): string;
  /** Words (up to `count`) after an offset, lowercased. */
  wordsAfter(text: string, end: number, count: number): string[];
  /** A phrase from `words` ending right before `start`; returns where it starts. */
  phraseBefore(words: readonly string[], text: string, start: number): number | null;
  /** A phrase from `words` starting right after `end` (after spaces); returns where it ends. */
  phraseAfter(words: readonly string[], text: string, end: number): number | null;
}

const LOOKBEHIND = 60;

export const grammarFor = (lex: Lexicon): LocaleGrammar => memo(lex, 'grammar', () => buildGrammar(lex));

function buildGrammar(lex: Lexicon): LocaleGrammar {
  const qualifiers = lowerKeys(lex.qualifiers);
  const qualifierRe = new RegExp(`(?:^|[^\\p{L}])(${matchAny(Object.keys(lex.qualifiers))})\\s*$`, 'iu');
  // "steeg tot 4 meter", "rose up to": after a verb of change, "tot" and "up to" say where a figure went, not a bound.
  const changeBeforeRe = new RegExp(`(?:^|[^\\p{L}])${matchAny(lex.changeCues)}\\s*$`, 'iu');
  // Up to seven spaces: an HTML entity ("&euro;5") leaves its character followed by blanks in the prose.
  const currencyRe = new RegExp(`(?:^|[^\\p{L}])(${matchAny(Object.keys(lex.currencyBefore))})(?:\\s?| {0,7})$`, 'u');
  const suffixTables: [Suffix['kind'], Record<string, string>][] = [
    ['percent', Object.fromEntries(lex.percentPointWords.map((w) => [w, 'percentage-point']))],
    ['percent', Object.fromEntries(lex.percentWords.map((w) => [w, '']))],
    ['money', lex.currencyAfter],
    ['money', lex.currencySubunits],
    ['duration', lex.durationUnits],
    ['quantity', lex.unitWords],
  ];
  const allSuffixes = new Map<string, [Suffix['kind'], string]>();
  for (const [kind, table] of suffixTables) {
    for (const [word, unit] of Object.entries(table)) if (!allSuffixes.has(word.toLowerCase())) allSuffixes.set(word.toLowerCase(), [kind, unit]);
  }
  // "a decade", "twee decennia": a time word that is a multiple of a duration unit.
  const multiples = lowerKeys(lex.durationMultiples);
  for (const [word, { unit }] of multiples) if (!allSuffixes.has(word)) allSuffixes.set(word, ['duration', unit]);
  // Symbols may be glued ("50%", "15°C"); words need a space or nothing and a word end, and are not the
  // first letter of an abbreviation ("8 p.m." is no 8 pence, "20 t.o.v." no 20 tonnes).
  const suffixRe = foldedRegExp(`^(?:\\s{0,2}| {0,7})(${matchAny(allSuffixes.keys())})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'iu');
  const caseSensitive = new Set([...Object.keys(lex.unitWords), ...Object.keys(lex.currencyAfter)].filter((w) => w.length <= 3));
  const subunits = new Set(Object.keys(lex.currencySubunits).map((w) => w.toLowerCase()));
  const phraseCache = new Map<string, Phrases>();
  const phraseByList = new WeakMap<readonly string[], Phrases>(); // the lexicon's own lists, found by identity
  const phrases = (words: readonly string[]): Phrases => {
    let hit = phraseByList.get(words);
    if (hit) return hit;
    const key = words.join('\u0000'); // callers may pass a fresh array for the same words
    hit = phraseCache.get(key);
    if (!hit) {
      hit = {
        before: new RegExp(`(?:^|[^\\p{L}])(${matchAny(words)})[\\s,]*$`, 'iu'),
        after: new RegExp(`^[\\s,]*(${matchAny(words)})(?![\\p{L}])`, 'iu'),
        last: edgeChars(words, 'last', 'iu', isSpaceOrComma),
        first: edgeChars(words, 'first', 'iu', isSpaceOrComma),
      };
      phraseCache.set(key, hit);
    }
    phraseByList.set(words, hit);
    return hit;
  };
  // What a word of each table can end (or start) with: a phrase can only end where such a character stands.
  const qualifierLast = edgeChars(Object.keys(lex.qualifiers), 'last', 'iu', isSpace);
  const currencyLast = edgeChars(Object.keys(lex.currencyBefore), 'last', 'u', isSpace);
  const suffixFirst = edgeChars(allSuffixes.keys(), 'first', 'iu', isSpace);

  return {
    numeral: numeralGrammar(lex),
    qualifierBefore(text, start) {
      if (!mayEndAt(qualifierLast, text, Math.max(0, start - LOOKBEHIND), start, isSpace)) return null;
      const m = qualifierRe.exec(text.slice(Math.max(0, start - LOOKBEHIND), start));
      if (!m?.[1]) return null;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const qualifier = qualifiers.get(word);
      const at = start - m[0].length + m[0].lastIndexOf(m[1]);
      if (qualifier === 'at-most' && (word === 'tot' || word === 'up to') && changeBeforeRe.test(text.slice(Math.max(0, at - 40), at))) return null;
      return qualifier ? { qualifier, start: at } : null;
    },
    currencyBefore(text, start) {
      if (!mayEndAt(currencyLast, text, Math.max(0, start - 14), start, isSpace)) return null;
      const m = currencyRe.exec(text.slice(Math.max(0, start - 14), start));
      if (!m?.[1]) return null;
      const unit = lex.currencyBefore[m[1]];
      return unit ? { unit, start: start - m[0].length + m[0].indexOf(m[1]) } : null;
    },
    suffixAt(text, end) {
      if (!mayStartAt(suffixFirst, text, end, Math.min(text.length, end + 40), isSpace)) return null;
      const m = suffixRe.exec(text.slice(end, end + 40));
      if (!m?.[1]) return null;
      const word = m[1];
      if (caseSensitive.has(word) === false && caseSensitive.has(word.toLowerCase()) && word !== word.toLowerCase()) return null;
      const entry = allSuffixes.get(word.toLowerCase().replace(/\s+/g, ' '));
      if (!entry) return null;
      const [kind, unit] = entry;
      const length = m[0].length;
      if (kind === 'money' && subunits.has(word.toLowerCase())) return { kind, unit, length, subunit: true };
      if (kind === 'percent') return { kind, unit: unit === '' ? null : unit, length };
      if (kind === 'duration') {
        const factor = multiples.get(word.toLowerCase().replace(/\s+/g, ' '))?.factor;
        return factor === undefined ? { kind, unit: unit as DurationUnit, length } : { kind, unit: unit as DurationUnit, length, factor };
      }
      return { kind, unit, length };
    },
    wordBefore(text, start) {
      // As `/(\S+)\s*$/u` on the 40 characters before: the last run of non-space characters.
      const from = Math.max(0, start - 40);
      let end = start;
      while (end > from && isSpace(text.charCodeAt(end - 1))) end -= 1;
      let i = end;
      while (i > from && !isSpace(text.charCodeAt(i - 1))) i -= 1;
      return text.slice(i, end).toLowerCase();
    },
    wordsAfter(text, end, count) {
      // As `slice.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu).slice(0, count)`, in one pass that stops after `count`.
      const slice = text.slice(end, end + 30 * count).toLowerCase();
      const words: string[] = [];
      let i = 0;
      while (i < slice.length && words.length < count) {
        while (i < slice.length && !isWordChar(slice, i)) i += 1;
        const start = i;
        while (i < slice.length && isWordChar(slice, i)) i += slice.charCodeAt(i) >= 0xd800 && slice.charCodeAt(i) <= 0xdbff ? 2 : 1;
        if (i > start) words.push(slice.slice(start, i));
      }
      return words;
    },
    phraseBefore(words, text, start) {
      const re = phrases(words);
      if (!mayEndAt(re.last, text, Math.max(0, start - LOOKBEHIND), start, isSpaceOrComma)) return null;
      const slice = text.slice(Math.max(0, start - LOOKBEHIND), start);
      const m = re.before.exec(slice);
      return m?.[1] ? start - slice.length + (m.index + m[0].indexOf(m[1])) : null;
    },
    phraseAfter(words, text, end) {
      const re = phrases(words);
      if (!mayStartAt(re.first, text, end, Math.min(text.length, end + LOOKBEHIND), isSpaceOrComma)) return null;
      const m = re.after.exec(text.slice(end, end + LOOKBEHIND));
      return m ? end + m[0].length : null;
    },
  };
}

interface Phrases {
  before: RegExp;
  after: RegExp;
  last: EdgeChars | null;
  first: EdgeChars | null;
}

/**
 * The characters `words` end (or start) with, under the regex's own case rules: a table for ASCII, the
 * class itself for the rest. null (no filter) when a word could end (or start) with a character the
 * pattern skips around it.
 */
function edgeChars(words: Iterable<string>, edge: 'first' | 'last', flags: string, skipped: (code: number) => boolean): EdgeChars | null {
  const chars = new Set<string>();
  for (const word of words) {
    const points = [...word];
    const c = edge === 'first' ? points[0] : points[points.length - 1];
    if (c === undefined || c.length !== 1 || skipped(c.charCodeAt(0))) return null;
    chars.add(c);
  }
  if (chars.size === 0) return null;
  const escaped = [...chars].map((c) => (/[\\\]\[^-]/u.test(c) ? `\\${c}` : c)).join('');
  const re = new RegExp(`^[${escaped}]$`, flags);
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = re.test(String.fromCharCode(code)) ? 1 : 0;
  return { ascii, re };
}

interface EdgeChars {
  ascii: Uint8Array;
  re: RegExp;
}

/** Whether text[i] is one of the edge characters (a lone surrogate half passes: the regex decides). */
function isEdge(chars: EdgeChars, text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return chars.ascii[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return chars.re.test(text[i]!);
}

/**
 * Whether a word of the class can end at the last character of text[from, to) that `skipped` does not
 * cover: a quick test that rules out most offsets before the full regex runs, with the same result.
 */
function mayEndAt(last: EdgeChars | null, text: string, from: number, to: number, skipped: (code: number) => boolean): boolean {
  if (last === null) return true;
  let i = to;
  while (i > from && skipped(text.charCodeAt(i - 1))) i -= 1;
  return i > from && isEdge(last, text, i - 1);
}

/** The same test at the start: the first character of text[from, to) that `skipped` does not cover. */
function mayStartAt(first: EdgeChars | null, text: string, from: number, to: number, skipped: (code: number) => boolean): boolean {
  if (first === null) return true;
  let i = from;
  while (i < to && skipped(text.charCodeAt(i))) i += 1;
  return i < to && isEdge(first, text, i);
}

/** `\s` as a regex reads it: white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const WORD_ASCII = new Uint8Array(128).map((_, code) => (/[\p{L}\p{N}'-]/u.test(String.fromCharCode(code)) ? 1 : 0));
const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;

/** Whether the code point at text[i] is a letter, a digit, an apostrophe or a hyphen. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return WORD_ASCII[code] === 1;
  const high = code >= 0xd800 && code <= 0xdbff;
  return WORD_CHAR.test(text.slice(i, high ? i + 2 : i + 1));
}

const isSpaceOrComma = (code: number): boolean => code === 0x2c || isSpace(code);

function lowerKeys<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
}
