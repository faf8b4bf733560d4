/** Fractions in words: "drie en een kwart", "five eighths", "one hundred thirty-fifths", "zes miljoen en twee derde". */
import { wholeValue, type Atom, type NumeralValue } from './numeral-value.js';

/**
 * A fraction: numerator words, an ordinal denominator, optionally a whole number before them and a
 * scale after ("een half miljoen", "one billion and three quarters million").
 */
export function fractionValue(atoms: readonly Atom[], lastWordNumerator: boolean): NumeralValue | null {
  const pluralAfterMany = !lastWordNumerator; // English: "two fifths", never "two fifth"
  let o = atoms.length - 1;
  while (o >= 0 && atoms[o]!.kind !== 'ordinal') o--;
  const ord = atoms[o]!;
  const tail = atoms.slice(o + 1);
  const scale = tail[tail.length - 1];
  if (tail.length > 2 || (scale && (scale.kind !== 'scale' || scale.value < 12)) || (tail.length === 2 && !tail[0]!.article)) return null;
  const times = scale?.value ?? 1;
  if (tail.length === 2 && o > 0) return null;
  if (o === 0) return scale && !ord.compoundOnly ? { value: times / ord.value, decimals: 0 } : null; // "half a million"
  for (const d of denominators(atoms, o, !lastWordNumerator)) {
    const read = split(atoms.slice(0, d.start), lastWordNumerator, atoms[d.start]!, d.value);
    if (!read) continue;
    const { whole, numerator, joined, wholeScale } = read;
    if (numerator > 1 && pluralAfterMany && !/s$/u.test(ord.text ?? '')) continue; // "the two millionth visitor"
    const part = (numerator / d.value) * (times > 1 && wholeScale ? times : joined && wholeScale ? wholeScale : 1);
    const pure = whole === null && times === 1;
    const value = whole === null ? part * (times > 1 ? times : 1) : wholeScale ? whole + part : (whole + part) * times; // "five and a half million"
    return { value, decimals: 0, ...(pure ? { fraction: 'pure' as const, articleFraction: read.article } : { fraction: 'mixed' as const }) };
  }
  return null;
}

/**
 * Where the denominator may start, likeliest first: a tens compound ("thirty-fifths", "twenty-first")
 * when words are left for the numerator, the ordinal alone, then compounds with "hundred" ("one one
 * hundred fifth" = 1/105). Dutch glues its compounds into one word ("eenentwintigste").
 */
function denominators(atoms: readonly Atom[], o: number, spelledOut: boolean): { start: number; value: number }[] {
  const ord = atoms[o]!;
  let start = o;
  let value = ord.value;
  const a1 = atoms[o - 1];
  const a2 = atoms[o - 2];
  if (a1?.kind === 'joiner' && a1.word === ord.word && a2?.kind === 'one' && a2.word === ord.word && value >= 20 && value < 100) {
    start = o - 2;
    value += a2.value;
  }
  const found: { start: number; value: number }[] = [];
  const before = atoms[start - 1];
  if (spelledOut && before?.kind === 'ten' && value < 10 && start > 1) found.push({ start: start - 1, value: before.value + value });
  if (!ord.compoundOnly) found.push({ start, value });
  if (!spelledOut || ord.compoundOnly) return found;
  for (let k = start - 1; k > 0; k--) {
    const words = atoms.slice(k, start);
    const bare = words[words.length - 1]?.kind === 'joiner' ? words.slice(0, -1) : words;
    if (!bare.some((a) => a.kind === 'hundred' || a.kind === 'scale')) continue;
    const base = bare.length > 0 ? wholeValue(bare) : null;
    if (base !== null && base % 100 === 0) found.push({ start: k, value: base + value });
  }
  return found;
}

interface Split { whole: number | null; numerator: number; joined: boolean; wholeScale: number | null; article: boolean }

/** Splits the words before a denominator into a whole number and a numerator. */
function split(head: readonly Atom[], lastWordNumerator: boolean, denominator: Atom, denominatorValue: number): Split | null {
  if (head.length === 0) return null;
  const glued = head.filter((a) => a.word === denominator.word);
  // Glued to its denominator a numerator is one unit ("driekwart", "tweederde"), and "en" only glues a
  // half ("tweeënhalf"): "honderdachtste", "honderdenachtste" are ordinals.
  if (glued.length > 0 && !(glued.length === 1 && glued[0]!.kind === 'one') && !(glued[glued.length - 1]!.kind === 'joiner' && denominator.value === 2)) return null;
  let cut = 0; // where the numerator starts: after the last word (Dutch), or after the last "and"
  if (lastWordNumerator) cut = head.findIndex((a) => a.word === head[head.length - 1]!.word);
  else for (let i = head.length - 1; i > 0 && cut === 0; i--) if (head[i]!.kind === 'joiner') cut = i + 1;
  const read = readSplit(head.slice(0, cut), head.slice(cut), denominatorValue);
  // English: a whole number takes a proper fraction ("one hundred and three quarters" = 100.75); else all
  // the words are the numerator ("one hundred and thirty-two fifths" = 132/5).
  if (lastWordNumerator || cut === 0 || (read && read.numerator < denominatorValue)) return read;
  return readSplit([], head, denominatorValue);
}

function readSplit(wholeWords: readonly Atom[], numeratorWords: readonly Atom[], denominator: number): Split | null {
  let wholeAtoms = wholeWords;
  let numerator: number | null;
  const lastTwo = numeratorWords.slice(-2);
  if (numeratorWords.length === 0 && denominator === 2 && wholeWords[wholeWords.length - 1]?.kind === 'joiner') {
    numerator = 1; // "one and half hour"
  } else if (lastTwo.length === 2 && lastTwo[1]!.kind === 'joiner' && lastTwo[1]!.word === lastTwo[0]!.word) {
    // "tweeënhalf": the unit and "en" glued before "half" are the whole, the numerator is one.
    wholeAtoms = [...wholeWords, ...numeratorWords];
    numerator = 1;
  } else {
    numerator = numeratorWords.length > 0 ? wholeValue(numeratorWords) : null;
  }
  if (numerator === null) return null;
  const joined = wholeAtoms[wholeAtoms.length - 1]?.kind === 'joiner';
  if (joined) wholeAtoms = wholeAtoms.slice(0, -1);
  if (joined && wholeAtoms.length === 0) return null;
  const whole = wholeAtoms.length > 0 ? wholeValue(wholeAtoms) : null;
  if (wholeAtoms.length > 0 && whole === null) return null;
  const last = wholeAtoms[wholeAtoms.length - 1];
  return {
    whole, numerator, joined,
    wholeScale: last?.kind === 'scale' && last.value >= 1000 ? last.value : null,
    article: numeratorWords.length === 1 && numeratorWords[0]!.article,
  };
}
