/**
 * The value of a numeral read as atoms: whole numbers ("tweeënveertig", "4 thousand 3 hundred and 21"),
 * dozens ("three hundred and two dozens") and spoken decimals ("five point five"). Fractions in words
 * are in numeral-fraction.ts.
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

export const round = (n: number): number => Math.round(n * 1e9) / 1e9;

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

/** "vijf komma vijf", "two hundred point zero three", "nought point eleven". */
export function spokenDecimal(whole: readonly Atom[], rest: readonly Atom[]): NumeralValue | null {
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
