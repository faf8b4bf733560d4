/**
 * The value of a numeral read as atoms: whole numbers ("tweeënveertig", "4 thousand 3 hundred and 21"),
 * spoken decimals ("five point five"), dozens ("three hundred and two dozens") and fractions in words
 * ("drie en een kwart", "five eighths", "one hundred thirty-fifths", "zes miljoen en twee derde").
 */
export type AtomKind = 'one' | 'ten' | 'hundred' | 'scale' | 'fraction' | 'ordinal' | 'joiner' | 'point' | 'digits';

export interface Atom {
  kind: AtomKind;
  value: number;
  /** The article "een"/"a"/"an"/"one": a number only before a scale word or as a numerator. */
  article: boolean;
  /** Which word of the numeral it is in: atoms of one word are glued ("drieëntwintig", "driekwart"). */
  word: number;
  /** An ordinal that only ends a compound denominator ("twenty-first"). */
  compoundOnly?: boolean;
  /** The word as written, lowercased ("one", "a"). */
  text?: string;
  /** Digits written after the decimal separator. */
  decimals?: number;
}

export interface NumeralValue {
  value: number;
  decimals: number;
  /** A fraction N/D ("drie vijfde", "a trillionth"), or a whole number with one ("drie en een kwart"). */
  fraction?: 'pure' | 'mixed';
  /** A pure fraction whose numerator is the article or "one" ("een achtste", "a fifth"): also an ordinal. */
  articleFraction?: boolean;
  /** A decimal point in words ("five point five"). */
  spokenDecimal?: boolean;
}

const round = (n: number): number => Math.round(n * 1e9) / 1e9;

/** A whole number from atoms with no ordinal and no decimal point; null when they are no one number. */
export function wholeValue(atoms: readonly Atom[]): number | null {
  let total = 0;
  let current = 0;
  let group = 0; // what was added since the last "honderd" or scale: what a dozen multiplies
  let prev: Atom | undefined; // the last atom that is not a joiner
  let pendingOne = 0; // Dutch: the unit before "en" + tens ("twee-ën-veertig")
  let lastScale = Infinity; // scales descend ("one million two thousand"), or multiply ("lakh crore")
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const next = atoms[i + 1];
    const after = prev?.kind;
    switch (atom.kind) {
      case 'joiner': {
        const dutchUnit = after === 'one' && next?.kind === 'ten' && next.word === atom.word;
        const afterMultiplier = (after === 'hundred' || (after === 'scale' && prev!.value >= 1000)) && (next?.kind === 'one' || next?.kind === 'ten' || next?.kind === 'digits');
        if (!dutchUnit && !afterMultiplier) return null;
        continue;
      }
      case 'digits':
        if (after === 'one' || after === 'ten' || after === 'digits') return null;
        if (atom.value === 0 && prev) return null; // "4 thousand 3 hundred and 0" is two numbers
        current += atom.value;
        group = atom.value;
        break;
      case 'one':
        // The article only opens a number ("a hundred") or follows "and" ("hundred and one", "honderdeneen").
        // After a ten only "one" ("twenty-one", "thirty one"), not "a"/"an" ("twenty a day").
        if (atom.article && prev && atoms[i - 1]?.kind !== 'joiner' && !(after === 'hundred' && prev.word === atom.word) && !(after === 'ten' && (atom.text?.length ?? 0) > 2)) return null;
        if (after === 'one' || after === 'digits' || (after === 'ten' && atom.value >= 10)) return null;
        if (atom.value === 0 && atoms.length > 1) return null; // "zero" is a number alone
        if (next?.kind === 'joiner' && atoms[i + 2]?.kind === 'ten' && next.word === atom.word) pendingOne = atom.value;
        else {
          current += atom.value;
          group = after === 'ten' ? group + atom.value : atom.value;
        }
        break;
      case 'ten':
        if (after === 'ten' || after === 'digits' || (after === 'one' && pendingOne === 0)) return null;
        current += atom.value + pendingOne;
        group = atom.value + pendingOne;
        pendingOne = 0;
        break;
      case 'hundred':
        // "one hundred and two hundred" is two numbers (a range or a list), not 10200.
        if (after === 'hundred' || (current >= 100 && !(after === 'digits' && current === group))) return null; // "322 hundred"

        current = (current === 0 ? 1 : current) * 100;
        group = 0;
        break;
      case 'scale':
        if (atom.value < 1000) {
          // "drie dozijn", "een gros", "three hundred and two dozens": a dozen multiplies the number right
          // before it, and needs one ("het gros van" is no number).
          if (group === 0 || !prev || after === 'scale' || after === 'hundred') return null;
          current += group * (atom.value - 1);
          group = 0;
          break;
        }
        if (atom.value >= lastScale) {
          // "honderdduizend miljoen", "three lakh crore": a larger scale right after a scale multiplies it all.
          if (after !== 'scale' || current !== 0 || atom.value === lastScale) return null;
          total *= atom.value;
        } else {
          total += (current === 0 ? 1 : current) * atom.value;
        }
        lastScale = atom.value;
        current = 0;
        group = 0;
        break;
      default:
        return null;
    }
    prev = atom;
  }
  const first = atoms[0];
  if (pendingOne !== 0 || !first || !prev) return null;
  // "miljoen" alone (as in "1.5 miljoen" in Dutch text, where "1.5" is no Dutch number) is no number.
  if (atoms.length === 1 && first.kind === 'scale' && first.value >= 1e6) return null;
  // The article "een"/"a" is a number only before a scale word: "een miljoen", "a hundred".
  if (first.article && atoms.length > 1 && atoms[1]?.kind !== 'hundred' && atoms[1]?.kind !== 'scale' && atoms[1]?.kind !== 'joiner') return null;
  return round(total + current);
}

/** Evaluates a numeral's atoms; null when they are no one number. */
export function numeralValue(atoms: readonly Atom[], lastWordNumerator: boolean): NumeralValue | null {
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

/** "vijf komma vijf", "two hundred point zero three", "nought point eleven". */
function spokenDecimal(whole: readonly Atom[], rest: readonly Atom[]): NumeralValue | null {
  const w = whole.length === 0 ? null : wholeValue(whole);
  if (w === null || rest.length === 0 || whole.some((a) => a.kind === 'digits')) return null;
  let digits: string;
  if (rest.every((a) => a.kind === 'one' && a.value <= 9 && !a.article)) digits = rest.map((a) => String(a.value)).join('');
  else {
    const v = wholeValue(rest);
    if (v === null || v >= 100 || rest.some((a) => a.kind === 'digits')) return null;
    digits = String(v);
  }
  return { value: round(w + Number(`0.${digits}`)), decimals: digits.length, spokenDecimal: true };
}

/**
 * A fraction: numerator words, an ordinal denominator, optionally a whole number before them and a
 * scale after ("een half miljoen", "one billion and three quarters million").
 */
function fractionValue(atoms: readonly Atom[], lastWordNumerator: boolean): NumeralValue | null {
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
