import { foldText } from './case-fold.js';
import { foldSource } from './fold-source.js';

/**
 * A regex with the `i` and `u` flags, run without `i` over a case-folded copy of the text. V8 compiles
 * `i` with `u` slowly: each letter of a long alternation and each `\p{L}` is closed over Unicode case
 * through ICU, which made the numeral grammar's patterns take 20 ms each to compile, a fifth of a
 * one-article check. Folding maps every character to one representative of the characters `/iu` treats
 * as one (src/util/case-fold-table.ts, generated from node itself), code unit for code unit, so offsets
 * stay those of the text; the pattern's letters are folded the same way, and its class escapes get what
 * they need to match as they did. A match is given back with the original text's substrings.
 *
 * Texts with a cased character outside the BMP (Deseret, Osage, Adlam …) are not folded: there the
 * original `/iu` regex runs, built on first need. A pattern the folding does not understand (see
 * fold-source.ts) runs as it is.
 */
export interface FoldedRegExp {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  [Symbol.matchAll](text: string): IterableIterator<RegExpExecArray>;
}

/** `new RegExp(source, flags)` with the same matches, compiled without `i` when the flags hold `i` and `u`. */
export function foldedRegExp(source: string, flags: string): FoldedRegExp | RegExp {
  if (!flags.includes('i') || !flags.includes('u')) return new RegExp(source, flags);
  const folded = foldSource(source);
  if (folded === null) return new RegExp(source, flags);
  // With groups, their offsets ('d') give their text in the original; without, the match's own offsets do.
  const inner = new LazyRegExp(folded.source, flags.replace('i', '') + (folded.groups && !flags.includes('d') ? 'd' : ''));
  return new Folded(source, flags, inner, folded.groups);
}

/** foldText with a memory of one: the text last folded and its fold (null where it cannot be folded). */
function lastFold(): (text: string) => string | null {
  let lastText: string | null = null;
  let lastFolded: string | null = null;
  return (text) => {
    if (text !== lastText) {
      lastFolded = foldText(text);
      lastText = text;
    }
    return lastFolded;
  };
}

/**
 * A regex built on first use: V8 parses a pattern when it is constructed, and some patterns that embed
 * the numeral grammar are built for every run but used on few texts (a range's second figure).
 */
class LazyRegExp {
  private re: RegExp | null = null;

  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}

  get(): RegExp {
    return (this.re ??= new RegExp(this.source, this.flags));
  }
}

class Folded implements FoldedRegExp {
  lastIndex = 0;
  private original: RegExp | null = null;
  // The engine scans a document match by match, each exec on the same text.
  private readonly fold = lastFold();
  private readonly advances: boolean;

  constructor(
    readonly source: string,
    readonly flags: string,
    private readonly inner: LazyRegExp,
    private readonly groups: boolean,
  ) {
    this.advances = flags.includes('g') || flags.includes('y');
  }

  /** For `text.matchAll(re)`: a copy scans, as with a RegExp, and this one's lastIndex stays. */
  *[Symbol.matchAll](text: string): IterableIterator<RegExpExecArray> {
    const copy = new Folded(this.source, this.flags, this.inner, this.groups);
    copy.lastIndex = this.lastIndex;
    for (let m = copy.exec(text); m; m = copy.exec(text)) {
      yield m;
      if (!this.advances) return;
      if (m[0].length === 0) copy.lastIndex += 1;
    }
  }

  exec(text: string): RegExpExecArray | null {
    const folded = this.fold(text);
    if (folded === null) {
      this.original ??= new RegExp(this.source, this.flags);
      this.original.lastIndex = this.lastIndex;
      const m = this.original.exec(text);
      this.lastIndex = this.original.lastIndex;
      return m;
    }
    const inner = this.inner.get();
    inner.lastIndex = this.lastIndex;
    const m = inner.exec(folded);
    if (this.advances) this.lastIndex = inner.lastIndex;
    return m === null ? null : unfold(m, text, this.groups, this.flags.includes('d'));
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** A match on the folded text, rebuilt with the original text's substrings. */
function unfold(m: RegExpExecArray, text: string, groups: boolean, keepIndices: boolean): RegExpExecArray {
  if (!groups) {
    const out = [text.slice(m.index, m.index + m[0].length)] as unknown as RegExpExecArray;
    out.index = m.index;
    out.input = text;
    out.groups = undefined;
    return out;
  }
  const indices = m.indices!;
  const out = indices.map((span) => (span === undefined ? undefined : text.slice(span[0], span[1]))) as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = text;
  if (m.groups) {
    const named: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const name of Object.keys(m.groups)) {
      const span = indices.groups?.[name];
      (named as Record<string, string | undefined>)[name] = span === undefined ? undefined : text.slice(span[0], span[1]);
    }
    out.groups = named;
  } else {
    out.groups = undefined;
  }
  if (keepIndices) out.indices = indices;
  return out;
}

/**
 * For a regex (flags `iu`, no `g` or `y`) tested on slices of one text after another, as the measure
 * verbs on each figure's clause: which capture group takes part in its first match in
 * `text.slice(from, to)` (0 for the first group; -1 when none does or nothing matches). It runs without
 * `i` on slices of the whole text folded once (see foldedRegExp), which compiles in a fraction of the
 * time; folding each slice anew had made English extraction take 1.8× the instructions.
 */
export function firstGroupMatcher(source: string, flags: string): (text: string, from: number, to: number) => number {
  const original = new LazyRegExp(source, flags);
  const folded = flags.includes('i') && flags.includes('u') ? foldSource(source) : null;
  if (folded === null) return (text, from, to) => firstGroup(original.get().exec(text.slice(from, to)));
  const inner = new LazyRegExp(folded.source, flags.replace('i', ''));
  const fold = lastFold();
  return (text, from, to) => {
    // Folding is code unit by code unit, so a slice of the fold is the fold of the slice.
    const wholeFolded = fold(text);
    if (wholeFolded === null) return firstGroup(original.get().exec(text.slice(from, to)));
    return firstGroup(inner.get().exec(wholeFolded.slice(from, to)));
  };
}

const firstGroup = (m: RegExpExecArray | null): number => (m ? m.slice(1).findIndex((g) => g !== undefined) : -1);
