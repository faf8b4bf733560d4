import { matchAny } from '../../util/match-any.js';
import type { Lexicon } from '../lexicon.js';

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
}

export interface NumeralGrammar {
  /** Regex source matching a numeral; anchor it yourself. */
  source: string;
  parse(text: string): Numeral | null;
}

const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,:])`;
// Letters may follow digits here ("£5m", "10km", "3e"); the figure extractor decides what they make.
const BOUNDARY_AFTER = String.raw`(?![\p{N}]|[.,:]\p{N})`;

/** Builds the numeral regex and parser for one language's lexicon. */
export function numeralGrammar(lex: Lexicon): NumeralGrammar {
  const g = lex.groupSeparator === '.' ? '\\.' : ',';
  const d = lex.decimalSeparator === ',' ? ',' : '\\.';
  const digits = String.raw`\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?|\d+(?:${d}\d+)?`;
  const atoms = [...Object.keys(lex.ones), ...Object.keys(lex.tens), ...lex.hundred, ...Object.keys(lex.scales), ...Object.keys(lex.fractionalNumbers)];
  const joiners = lex.compoundJoiners.filter((j) => /^\p{L}+$/u.test(j));
  const atom = matchAny(atoms);
  // A word is atoms glued together ("tweeënveertig", "vijfhonderdduizend"), words are joined by spaces/hyphens.
  const word = `${atom}(?:${matchAny(joiners.filter((j) => j.length <= 2))}?${atom})*(?![\\p{L}])`;
  const spaced = lex.compoundJoiners.filter((j) => j.length > 2);
  // A short joiner stands between words only after "honderd" or a scale: "vierduizend en twee" (4002),
  // never "tien en twintig" (a range or a list).
  const short = joiners.filter((j) => j.length <= 2);
  const afterMultiplier = `(?<=(?:${matchAny([...lex.hundred, ...Object.keys(lex.scales)])}))`;
  // ... and before a half: "twee en een half", "vijf en een halve".
  const beforeHalf = `(?=${matchAny(lex.articleOne)}\\s+${matchAny(Object.keys(lex.fractionalNumbers))}(?![\\p{L}]))`;
  const shortGap = short.length > 0 ? String.raw`|${afterMultiplier}\s+${matchAny(short)}\s+|\s+${matchAny(short)}\s+${beforeHalf}` : '';
  const wordGap = String.raw`(?:[\s-]+(?:${matchAny(spaced)}\s+)?${shortGap})`;
  // At most eight words ("two thousand three hundred and forty-five"): a longer run is no one number,
  // and an unbounded one makes every match re-parse a whole paragraph of "a a a …".
  const words = `${word}(?:${wordGap}${word}){0,7}`;
  const scaleWords = matchAny([...Object.keys(lex.scales), ...Object.keys(lex.scaleAbbreviations).filter((a) => a.length > 1)]);
  const source = `${BOUNDARY_BEFORE}(?:(?:${digits})(?:\\s*${scaleWords}(?![\\p{L}]))?|${words})${BOUNDARY_AFTER}`;
  const table = atomTable(lex);
  return { source, parse: (text) => parseNumeral(lex, table, text) };
}

type Atom = { kind: 'one' | 'ten' | 'hundred' | 'scale' | 'fraction' | 'joiner'; value: number; article: boolean };

function parseNumeral(lex: Lexicon, table: AtomTable, text: string): Numeral | null {
  const trimmed = text.trim();
  const lead = new RegExp(`^\\d[\\d${escapeClass(lex.groupSeparator + lex.decimalSeparator)}]*`).exec(trimmed);
  if (lead) {
    const number = parseDigits(lex, lead[0]);
    const scale = scaleOf(lex, trimmed.slice(lead[0].length).trim().toLowerCase());
    if (number === null || scale === null) return null;
    return { value: round(number.value * scale), decimals: number.decimals, bareOne: false, words: false, scale };
  }
  const atoms = splitAtoms(table, trimmed.toLowerCase());
  return atoms ? evaluate(atoms) : null;
}

const escapeClass = (chars: string): string => chars.replace(/[\\\]^-]/g, '\\$&');
const round = (n: number): number => Math.round(n * 1e9) / 1e9;

function parseDigits(lex: Lexicon, raw: string): { value: number; decimals: number } | null {
  const [whole = '', fraction] = raw.split(lex.decimalSeparator);
  const plain = whole.split(lex.groupSeparator).join('');
  if (!/^\d+$/.test(plain) || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  const value = Number(fraction === undefined ? plain : `${plain}.${fraction}`);
  return Number.isFinite(value) ? { value, decimals: fraction?.length ?? 0 } : null;
}

function scaleOf(lex: Lexicon, word: string): number | null {
  if (word === '') return 1;
  return lex.scales[word] ?? lex.scaleAbbreviations[word] ?? null;
}

type AtomTable = [string, Atom][];

/** Every number word of a lexicon with what it means, longest first. */
function atomTable(lex: Lexicon): AtomTable {
  const table: AtomTable = [
    ...Object.entries(lex.ones).map(([w, v]): [string, Atom] => [w, { kind: 'one', value: v, article: lex.articleOne.includes(w) }]),
    ...Object.entries(lex.tens).map(([w, v]): [string, Atom] => [w, { kind: 'ten', value: v, article: false }]),
    ...lex.hundred.map((w): [string, Atom] => [w, { kind: 'hundred', value: 100, article: false }]),
    ...Object.entries(lex.scales).map(([w, v]): [string, Atom] => [w, { kind: 'scale', value: v, article: false }]),
    ...Object.entries(lex.fractionalNumbers).map(([w, v]): [string, Atom] => [w, { kind: 'fraction', value: v, article: false }]),
    ...lex.compoundJoiners.map((w): [string, Atom] => [w, { kind: 'joiner', value: 0, article: false }]),
  ];
  return table.sort((a, b) => b[0].length - a[0].length);
}

/** Splits "tweeënveertig" into twee · ën · veertig, longest atom first; null when something is left. */
function splitAtoms(table: AtomTable, text: string): Atom[] | null {
  const atoms: Atom[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^[\s-]+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const hit = table.find(([w]) => rest.startsWith(w) && (w.length === rest.length || !/^\p{L}/u.test(rest.slice(w.length)) || isAtomStart(table, rest.slice(w.length))));
    if (!hit) return null;
    atoms.push(hit[1]);
    rest = rest.slice(hit[0].length);
  }
  return atoms;
}

const isAtomStart = (table: [string, Atom][], rest: string): boolean => table.some(([w]) => rest.startsWith(w));

/** Evaluates atoms the way the words are read: "twee · ën · veertig" = 42, "five hundred and five" = 505. */
function evaluate(atoms: Atom[]): Numeral | null {
  let total = 0;
  let current = 0;
  let prev: Atom | undefined; // the last atom that is not a joiner
  let pendingOne = 0; // Dutch: the unit before "en" + tens ("twee-ën-veertig")
  let mixed = false; // a whole number joined to a fraction ("two and a half")
  let lastScale = Infinity; // scales only descend: "one million two thousand", never "one thousand and two thousand"
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const next = atoms[i + 1];
    const after = prev?.kind;
    switch (atom.kind) {
      case 'joiner': {
        const dutchUnit = after === 'one' && next?.kind === 'ten';
        const englishAnd = (after === 'hundred' || after === 'scale') && (next?.kind === 'one' || next?.kind === 'ten');
        // "two and a half", "tweeënhalf", "vijf en een halve": a whole number and a fraction.
        const andHalf = (after === 'one' || after === 'ten') && (next?.kind === 'fraction' || (next?.article === true && atoms[i + 2]?.kind === 'fraction'));
        if (!dutchUnit && !englishAnd && !andHalf) return null;
        if (andHalf) mixed = true;
        continue;
      }
      case 'one':
        if (atom.article && after === 'fraction') continue; // "half a million"
        if (atom.article && mixed && next?.kind === 'fraction') continue; // "two and a half"
        if (after === 'one' || (after === 'ten' && atom.value >= 10) || after === 'fraction') return null;
        if (next?.kind === 'joiner' && atoms[i + 2]?.kind === 'ten') pendingOne = atom.value;
        else current += atom.value;
        break;
      case 'ten':
        if (after === 'ten' || (after === 'one' && pendingOne === 0)) return null;
        current += atom.value + pendingOne;
        pendingOne = 0;
        break;
      case 'hundred':
        // "one hundred and two hundred" is two numbers (a range or a list), not 10200.
        if (after === 'hundred' || after === 'fraction' || current >= 100) return null;
        current = (current === 0 ? 1 : current) * 100;
        break;
      case 'fraction':
        if (after !== undefined && after !== 'one' && !(mixed && after === 'ten')) return null;
        current = prev?.article ? atom.value : current + atom.value; // "een half miljoen" = 0.5 million
        break;
      case 'scale':
        if (atom.value >= lastScale) return null;
        lastScale = atom.value;
        total += (current === 0 ? 1 : current) * atom.value;
        current = 0;
        break;
    }
    prev = atom;
  }
  const first = atoms[0];
  // "miljoen" alone (as in "1.5 miljoen" in Dutch text, where "1.5" is no Dutch number) is no number.
  if (atoms.length === 1 && first?.kind === 'scale' && first.value >= 1e6) return null;
  const hasFraction = atoms.some((a) => a.kind === 'fraction');
  // "half" needs a scale after it ("half a million"); "anderhalf" is a number of its own.
  const standsAlone = atoms.length === 1 && first?.kind === 'fraction' && first.value > 1;
  if (pendingOne !== 0 || !first || (hasFraction && prev?.kind !== 'scale' && !standsAlone && !mixed)) return null;
  // The article "een"/"a" is a number only before a scale word: "een miljoen", "a hundred".
  const second = atoms.find((a, i) => i > 0 && a.kind !== 'joiner');
  if (first.article && atoms[1]?.kind !== 'joiner' && second?.kind !== 'scale' && second?.kind !== 'hundred' && second?.kind !== 'fraction') return null;
  const value = round(total + current);
  return { value, decimals: 0, bareOne: atoms.length === 1 && value === 1, words: true, scale: 1 };
}
