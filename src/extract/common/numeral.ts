import { matchAny } from '../../util/match-any.js';
import type { Lexicon } from '../lexicon.js';
import { fractionValue } from './numeral-fraction.js';
import { round, spokenDecimal, wholeValue, type Atom, type AtomKind, type NumeralValue } from './numeral-value.js';

/** A number as written: digits with the language's separators, number words, and a scale word. */
export interface Numeral {
  value: number;
  /** Decimals written in digits ("2,5" → 1); drives implied precision. */
  decimals: number;
  /** Only an article ("een", "a") with a scale word, or a bare "one": never a count on its own. */
  bareOne: boolean;
  /** Written in words only ("vijfhonderd"), not digits. */
  words: boolean;
  /** A scale word was written after digits ("1,5 miljoen" → 1e6), else 1. */
  scale: number;
  /** A fraction in words ("drie vijfde"), or a whole number with one ("drie en een kwart"). */
  fraction?: 'pure' | 'mixed';
  /** A pure fraction with the article or "one" as numerator ("een achtste", "a fifth"): also an ordinal. */
  articleFraction?: boolean;
  /** A decimal point in words ("vijf komma vijf"). */
  spokenDecimal?: boolean;
}

export interface NumeralGrammar {
  /** Regex source matching a numeral; anchor it yourself. */
  source: string;
  parse(text: string): Numeral | null;
  /**
   * Whether a numeral can start at text[at]: false only when none can (its first character is no
   * digit, decimal separator, vulgar fraction or first letter of a number word), so a caller can skip
   * the regex.
   */
  mayStartAt(text: string, at: number): boolean;
}

/**
 * A test of one character against a class (the class's regex flags decide case), from a table for
 * ASCII; a character outside it runs the class regex, and half a surrogate pair passes.
 */
export function charTest(chars: Iterable<string>, flags: string): (text: string, at: number) => boolean {
  const set = [...new Set(chars)];
  const re = new RegExp(`^[${set.map((c) => (/[\\\]\[^-]/u.test(c) ? `\\${c}` : c)).join('')}]$`, flags);
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = set.length > 0 && re.test(String.fromCharCode(code)) ? 1 : 0;
  return (text, at) => {
    const code = text.charCodeAt(at);
    if (Number.isNaN(code)) return false;
    if (code < 128) return ascii[code] === 1;
    if (code >= 0xd800 && code <= 0xdfff) return true;
    return set.length > 0 && re.test(text[at]!);
  };
}

const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,:])`;
// Letters may follow digits here ("£5m", "10km", "3e"); the figure extractor decides what they make.
const BOUNDARY_AFTER = String.raw`(?![\p{N}]|[.,:]\p{N})`;

/**
 * Digits in a language's notation: grouped ("120.000", "1 234 567", Indian "12,34,567.89"), with
 * decimals, a leading decimal separator (",08", ".5") and an exponent ("1e10", "1.3x10^6").
 */
function digitsSource(lex: Lexicon): string {
  const g = lex.groupSeparator === '.' ? '\\.' : ',';
  const d = lex.decimalSeparator === ',' ? ',' : '\\.';
  const indian = lex.groupSeparator === ',' ? String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:${d}\d+)?|` : '';
  const plain = String.raw`${indian}\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?|(?<!\p{N}[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:${d}\d+)?|\d+(?:${d}\d+)?|(?<=^|[\s(\-\u2212$€£])${d}\d+`;
  return String.raw`(?:${plain})(?:[eE][+-]?\d{1,3}(?![\p{L}\p{N}])|\s?[x×]\s?10\^[+-]?\d{1,3})?`;
}

/** Vulgar fractions, in any language: "½", "2¾". */
const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
const VULGAR_SOURCE = `(?:\\d{1,3} ?)?[${Object.keys(VULGAR).join('')}]`;

const VULGAR_ALONE = new RegExp(`^(\\d{1,3})? ?([${Object.keys(VULGAR).join('')}])$`, 'u');

function vulgarFraction(text: string): Numeral | null {
  const m = VULGAR_ALONE.exec(text);
  const part = m?.[2] ? VULGAR[m[2]] : undefined;
  if (!m || part === undefined) return null;
  const whole = m[1] ? Number(m[1]) : 0;
  return { value: whole + part, decimals: 2, bareOne: false, words: false, scale: 1, fraction: m[1] ? 'mixed' : 'pure' };
}

/** Builds the numeral regex and parser for one language's lexicon. */
export function numeralGrammar(lex: Lexicon): NumeralGrammar {
  const digits = digitsSource(lex);
  const ordinals = [...Object.keys(lex.ordinalDenominators), ...Object.keys(lex.compoundOrdinals)];
  const atoms = [...Object.keys(lex.ones), ...Object.keys(lex.tens), ...lex.hundred, ...Object.keys(lex.scales), ...Object.keys(lex.fractionalNumbers), ...ordinals];
  const joiners = lex.compoundJoiners.filter((j) => /^\p{L}+$/u.test(j));
  const atom = matchAny(atoms);
  // A word is atoms glued together ("tweeënveertig", "vijfhonderdduizend"), words are joined by spaces/hyphens.
  const word = `${atom}(?:${matchAny(joiners.filter((j) => j.length <= 2))}?${atom})*(?![\\p{L}])`;
  const spaced = lex.compoundJoiners.filter((j) => j.length > 2);
  // A short joiner stands between words only after "honderd" or a scale: "vierduizend en twee" (4002),
  // never "tien en twintig" (a range or a list) ...
  const short = joiners.filter((j) => j.length <= 2);
  const multipliers = matchAny([...lex.hundred, ...Object.keys(lex.scales), ...Object.keys(lex.scaleAbbreviations).filter((a) => a.length > 1)]);
  const afterMultiplier = `(?<=${multipliers})`;
  // ... and before a fraction: "drie en een kwart", "vijf miljard en driekwart", "twee en een half".
  const beforeFraction = String.raw`(?=\p{L}+(?:[\s-]+\p{L}+)?(?<=${matchAny(ordinals)})(?![\p{L}]))`;
  const shortGap = short.length > 0 ? String.raw`|${afterMultiplier}\s+${matchAny(short)}\s+|\s+${matchAny(short)}\s+${beforeFraction}` : '';
  const pointGap = String.raw`|\s+${matchAny(lex.decimalWords)}\s+|\s*/\s*(?=${matchAny(ordinals)}(?![\p{L}]))`; // "vijf / achtste"
  const wordGap = String.raw`(?:[\s-]+(?:${matchAny(spaced)}\s+)?${shortGap}${pointGap})`;
  const digitsTerm = String.raw`(?:${digits})(?:\s*${multipliers}(?![\p{L}]))?`;
  // Digits inside words only after a multiplier, before another or after "and": "4 thousand 3 hundred
  // and 21", never "3 million 20 years ago".
  const and = matchAny(lex.compoundJoiners.filter((j) => /^\p{L}+$/u.test(j)));
  // The lookahead for a digit comes first, so that the lookbehinds never scan back over a long gap.
  const innerDigits = String.raw`(?=[\d.,])(?:(?<=${multipliers}\s+${and}\s+)${digitsTerm}|(?<=${multipliers}[\s-]+)(?:${digits})\s*${multipliers}(?![\p{L}]))`;
  // At most twelve words ("one hundred and twenty-three thousand four hundred and fifty-six"): a longer
  // run is no one number, and an unbounded one makes every match re-parse a whole paragraph of "a a a …".
  const source = `${BOUNDARY_BEFORE}(?:${VULGAR_SOURCE}|${digitsTerm}|${word})(?:(?<=\\p{L})${wordGap}(?:${word}|${innerDigits})){0,11}${BOUNDARY_AFTER}`;
  const table = atomTable(lex);
  const digitsAt = new RegExp(digits, 'uy');
  // Reading a figure tries each prefix of its words, and the figure extractor resumes inside a long
  // run of number words: the same few strings come back, so their readings are kept (a bounded cache).
  const cache = new Map<string, Numeral | null>();
  const parse = (text: string): Numeral | null => {
    let hit = cache.get(text);
    if (hit === undefined) {
      if (cache.size > 4096) cache.clear();
      hit = parseNumeral(lex, table, digitsAt, text);
      cache.set(text, hit);
    }
    return hit === null ? null : copyNumeral(hit);
  };
  const firstChars = [...'0123456789', lex.decimalSeparator, ...Object.keys(VULGAR), ...atoms.map((a) => [...a][0] ?? '')].filter((c) => c.length === 1);
  // The class leaves out nothing a numeral can start with (a code point outside the BMP always passes).
  const mayStartAt = charTest(firstChars, 'iu');
  return { source, parse, mayStartAt };
}
/** A copy of a numeral, key by key in the order they are made (a spread of it cost more than reading it). */
export function copyNumeral(n: Numeral): Numeral {
  const copy: Numeral = { value: n.value, decimals: n.decimals, bareOne: n.bareOne, words: n.words, scale: n.scale };
  if ('fraction' in n) copy.fraction = n.fraction;
  if ('articleFraction' in n) copy.articleFraction = n.articleFraction;
  if ('spokenDecimal' in n) copy.spokenDecimal = n.spokenDecimal;
  return copy;
}

/** Reads a matched numeral into atoms (digits and number words) and evaluates them. */
function parseNumeral(lex: Lexicon, table: AtomTable, digitsAt: RegExp, text: string): Numeral | null {
  const trimmed = text.trim();
  const vulgar = vulgarFraction(trimmed);
  if (vulgar) return vulgar;
  const atoms: Atom[] = [];
  let word = 0;
  let i = 0;
  while (i < trimmed.length) {
    const gap = /^[\s/-]+/u.exec(trimmed.slice(i, i + 40));
    if (gap) {
      i += gap[0].length;
      word++;
      continue;
    }
    digitsAt.lastIndex = i;
    const digits = digitsAt.exec(trimmed);
    if (digits && /^[\d.,]/u.test(digits[0])) {
      const number = parseDigits(lex, digits[0]);
      if (!number) return null;
      atoms.push({ kind: 'digits', value: number.value, decimals: number.decimals, article: false, word });
      i += digits[0].length;
      if (/^\p{L}/u.test(trimmed.slice(i, i + 1))) word++; // "10mln"
      continue;
    }
    const token = /^[^\s/-]+/u.exec(trimmed.slice(i))?.[0] ?? '';
    const split = splitAtoms(table, token.toLowerCase(), word);
    if (!split) return null;
    atoms.push(...split);
    i += token.length;
  }
  // "4.5 million three years ago", "4,5 miljoen drie jaar": digits with a scale take no bare number word
  // below a hundred after it; digits and hundreds they do ("4 thousand 3 hundred and 21", "2 million two
  // hundred thousand").
  if (atoms.length > 2 && atoms[0]!.kind === 'digits' && atoms[1]!.kind === 'scale' && atoms[2]!.kind !== 'digits' && atoms[2]!.kind !== 'joiner'
    && !atoms.slice(3).some((a) => a.kind === 'hundred' || a.kind === 'scale')) return null;
  const read = numeralValue(atoms, lex.fractionNumeratorIsLastWord);
  if (!read) return null;
  const words = !atoms.some((a) => a.kind === 'digits');
  const scaled = atoms.length === 2 && atoms[0]!.kind === 'digits' && (atoms[1]!.kind === 'scale' || atoms[1]!.kind === 'hundred');
  return {
    value: read.value,
    decimals: atoms[0]!.kind === 'digits' && (atoms.length === 1 || scaled) ? (atoms[0]!.decimals ?? 0) : read.decimals,
    bareOne: words && atoms.length === 1 && read.value === 1,
    words,
    scale: scaled ? atoms[1]!.value : 1,
    ...(read.fraction ? { fraction: read.fraction } : {}),
    ...(read.articleFraction ? { articleFraction: true } : {}),
    ...(read.spokenDecimal ? { spokenDecimal: true } : {}),
  };
}


/** "120.000", "1 234 567,89", "12,34,567.89", "1,2e10", "1.3x10^6", ".5" in a language's notation. */
function parseDigits(lex: Lexicon, raw: string): { value: number; decimals: number } | null {
  const exp = /(?:[eE]([+-]?\d+)|\s?[x×]\s?10\^([+-]?\d+))$/u.exec(raw);
  const mantissa = exp ? raw.slice(0, exp.index) : raw;
  const [whole = '', fraction] = mantissa.split(lex.decimalSeparator);
  const plain = whole.split(lex.groupSeparator).join('').replace(/[\s\u00a0\u202f]/gu, '');
  if (!/^\d*$/.test(plain) || (fraction !== undefined && !/^\d+$/.test(fraction)) || (plain === '' && fraction === undefined)) return null;
  const value = Number(`${plain || '0'}${fraction === undefined ? '' : `.${fraction}`}`) * (exp ? 10 ** Number(exp[1] ?? exp[2]) : 1);
  return Number.isFinite(value) ? { value: exp ? round(value) : value, decimals: exp ? 0 : (fraction?.length ?? 0) } : null;
}

/** Evaluates a numeral's atoms; null when they are no one number. */
function numeralValue(atoms: readonly Atom[], lastWordNumerator: boolean): NumeralValue | null {
  const point = atoms.findIndex((a) => a.kind === 'point');
  if (point >= 0) return spokenDecimal(atoms.slice(0, point), atoms.slice(point + 1));
  if (atoms.some((a) => a.kind === 'ordinal')) return fractionValue(atoms, lastWordNumerator);
  const fractionAt = atoms.findIndex((a) => a.kind === 'fraction');
  if (fractionAt >= 0) {
    // "anderhalf", "anderhalf miljoen": 1.5, alone or times the scale after it.
    const after = atoms.slice(fractionAt + 1);
    if (fractionAt > 0 || after.some((a) => a.kind !== 'scale') || after.length > 1) return null;
    return { value: round(atoms[0]!.value * (after[0]?.value ?? 1)), decimals: 0 };
  }
  const value = wholeValue(atoms);
  if (value === null) return null;
  if (atoms.length === 1 && atoms[0]!.article) return null; // "een", "a": an article
  const digits = atoms.find((a) => a.kind === 'digits');
  return { value, decimals: digits && atoms.length === 1 ? (digits.decimals ?? 0) : 0 };
}

type AtomEntry = [string, Omit<Atom, 'word'>];
/** Number words by their first letter, longest first: reading a word tries only the words it can start with. */
type AtomTable = Map<string, AtomEntry[]>;

/** Every number word of a lexicon with what it means, longest first. */
function atomTable(lex: Lexicon): AtomTable {
  const entry = (kind: AtomKind, value: number, extra: Partial<Atom> = {}) => ({ kind, value, article: false, ...extra });
  const entries: AtomEntry[] = [
    ...Object.entries(lex.ones).map(([w, v]): AtomEntry => [w, entry('one', v, { article: lex.articleOne.includes(w) })]),
    ...Object.entries(lex.tens).map(([w, v]): AtomEntry => [w, entry('ten', v)]),
    ...lex.hundred.map((w): AtomEntry => [w, entry('hundred', 100)]),
    ...Object.entries(lex.scales).map(([w, v]): AtomEntry => [w, entry('scale', v)]),
    ...Object.entries(lex.scaleAbbreviations).filter(([w]) => w.length > 1).map(([w, v]): AtomEntry => [w, entry('scale', v)]),
    ...Object.entries(lex.fractionalNumbers).map(([w, v]): AtomEntry => [w, entry('fraction', v)]),
    ...Object.entries(lex.ordinalDenominators).map(([w, v]): AtomEntry => [w, entry('ordinal', v)]),
    ...Object.entries(lex.compoundOrdinals).map(([w, v]): AtomEntry => [w, entry('ordinal', v, { compoundOnly: true })]),
    ...lex.decimalWords.map((w): AtomEntry => [w, entry('point', 0)]),
    ...lex.compoundJoiners.map((w): AtomEntry => [w, entry('joiner', 0)]),
  ];
  const table: AtomTable = new Map();
  for (const entry of entries.sort((a, b) => b[0].length - a[0].length)) {
    const first = entry[0][0] ?? '';
    table.set(first, [...(table.get(first) ?? []), entry]);
  }
  return table;
}

/** Splits "tweeënveertig" into twee · ën · veertig, longest atom first; null when something is left. */
function splitAtoms(table: AtomTable, text: string, word: number): Atom[] | null {
  const atoms: Atom[] = [];
  let rest = text;
  while (rest.length > 0) {
    const hit = table.get(rest[0] ?? '')?.find(([w]) => rest.startsWith(w) && (w.length === rest.length || !/^\p{L}/u.test(rest.slice(w.length)) || isAtomStart(table, rest.slice(w.length))));
    if (!hit) return null;
    atoms.push({ ...hit[1], word, text: hit[0] });
    rest = rest.slice(hit[0].length);
  }
  return atoms;
}

const isAtomStart = (table: AtomTable, rest: string): boolean => table.get(rest[0] ?? '')?.some(([w]) => rest.startsWith(w)) ?? false;
