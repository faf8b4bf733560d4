import { ASTRAL_CASED, FOLD_RUNS, LOWER_DIFFERS, PROPERTY_EXTRA } from './case-fold-table.js';

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
 * foldSource) runs as it is.
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
  const inner = new RegExp(folded.source, flags.replace('i', '') + (folded.groups && !flags.includes('d') ? 'd' : ''));
  return new Folded(source, flags, inner, folded.groups);
}

class Folded implements FoldedRegExp {
  lastIndex = 0;
  private original: RegExp | null = null;
  // The last text and its fold: the engine scans a document match by match, each exec on the same text.
  private lastText: string | null = null;
  private lastFolded: string | null = null;
  private readonly advances: boolean;

  constructor(
    readonly source: string,
    readonly flags: string,
    private readonly inner: RegExp,
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
    if (text !== this.lastText) {
      this.lastFolded = foldText(text);
      this.lastText = text;
    }
    const folded = this.lastFolded;
    if (folded === null) {
      this.original ??= new RegExp(this.source, this.flags);
      this.original.lastIndex = this.lastIndex;
      const m = this.original.exec(text);
      this.lastIndex = this.original.lastIndex;
      return m;
    }
    this.inner.lastIndex = this.lastIndex;
    const m = this.inner.exec(folded);
    if (this.advances) this.lastIndex = this.inner.lastIndex;
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

// Fold of each BMP code, 0 for itself; built on first need (most texts fold by toLowerCase alone).
let foldTable: Uint16Array | null = null;

function table(): Uint16Array {
  if (foldTable === null) {
    foldTable = new Uint16Array(0x10000);
    for (const [from, to, delta] of FOLD_RUNS) for (let c = from; c <= to; c++) foldTable[c] = c + delta;
  }
  return foldTable;
}

const foldChar = (code: number): number => (code < 0x10000 ? table()[code] || code : code);

/** A character whose lower case is not its fold, or half a surrogate pair: such a text is folded code by code. */
const NOT_BY_LOWER = new RegExp(`[${LOWER_DIFFERS.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join('')}\\ud800-\\udfff]`);

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0');
}

/**
 * The text with each character replaced by its case representative, of the same length; null when it
 * holds a cased character outside the BMP.
 */
export function foldText(text: string): string | null {
  return NOT_BY_LOWER.test(text) ? foldByCode(text) : text.toLowerCase();
}

function foldByCode(text: string): string | null {
  const fold = table();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff && isAstralCased(0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00))) return null;
    }
    const f = fold[c]!;
    if (f !== 0) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

function isAstralCased(code: number): boolean {
  for (const [from, to] of ASTRAL_CASED) if (code >= from && code <= to) return true;
  return false;
}

const hex = (code: number): string => `\\u{${code.toString(16)}}`;

/**
 * What foldSource must look at: an escape, a class, a named group's name, an upper-case ASCII letter or
 * a character outside ASCII. The rest (lower-case letters, digits, syntax) stays as it is, so that the
 * long alternations of the lexicons pass through one native replace.
 */
const TOKEN = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|k<[^>]*>|c[A-Za-z]|[\s\S])|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?<(?![=!])[^>]*>|[A-Z]|[^\x00-\x7f]/g;

/** Capturing groups (plain or named) and backreferences: the folded pattern then needs the 'd' flag. */
const HAS_GROUPS = /\((?!\?)|\(\?<(?![=!])|\\[1-9k]/;

/**
 * The pattern for folded text: literal letters folded, each class with the folds of its members, and
 * each class escape with the folded characters it must add (PROPERTY_EXTRA). null for what this reading
 * does not cover (an escape it does not know, a class escape with no entry in the table, a character
 * outside the BMP).
 */
export function foldSource(source: string): { source: string; groups: boolean } | null {
  let ok = true;
  const out = source.replace(TOKEN, (token) => {
    const folded = foldToken(token);
    if (folded === null) ok = false;
    return folded ?? token;
  });
  return ok ? { source: out, groups: HAS_GROUPS.test(source) } : null;
}

function foldToken(token: string): string | null {
  if (token.startsWith('(?<')) return token;
  if (token.startsWith('[')) return foldClass(token);
  if (token.startsWith('\\')) {
    const esc = readEscape(token, 0);
    if (esc === null) return null;
    if (esc.kind === 'property') {
      const extra = propertyExtra(esc.text);
      return extra === null ? null : extra === '' ? esc.text : `[${esc.text}${extra}]`;
    }
    // A character escape stays as written unless it folds ("\u00C9" → "\u{e9}").
    return esc.kind === 'char' && foldChar(esc.code) !== esc.code ? foldedLiteral(esc.code) : token;
  }
  const code = token.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff ? null : foldedLiteral(code);
}

/** A class, "[...]" or "[^...]": its members as written, then the folds they need. */
function foldClass(token: string): string | null {
  const negated = token[1] === '^';
  let i = negated ? 2 : 1;
  let out = negated ? '[^' : '[';
  let extra = '';
  const close = token.length - 1;
  while (i < close) {
    const atom = readClassAtom(token, i);
    if (atom === null) return null;
    if (atom.kind === 'property') {
      const add = propertyExtra(atom.text);
      if (add === null) return null;
      out += atom.text;
      extra += add;
      i = atom.end;
      continue;
    }
    if (atom.kind !== 'char') {
      out += atom.text;
      i = atom.end;
      continue;
    }
    // A range: the folds of what lies between its ends are added.
    if (token[atom.end] === '-' && atom.end + 1 < close) {
      const end = readClassAtom(token, atom.end + 1);
      if (end?.kind !== 'char') return null;
      out += token.slice(i, end.end);
      extra += charExtra(atom.code, end.code);
      i = end.end;
      continue;
    }
    // A lone '-' escaped, so that what is added after it makes no range.
    out += atom.text === '-' ? '\\-' : atom.text;
    extra += charExtra(atom.code, atom.code);
    i = atom.end;
  }
  return `${out}${extra}]`;
}

/** A literal character on folded text: its fold, escaped when it is syntax. */
function foldedLiteral(code: number): string {
  const f = foldChar(code);
  const ch = String.fromCharCode(f);
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) || f < 0x20 || f !== code ? hex(f) : ch;
}

/** The folded characters a class escape adds, as class text; null for an escape the table does not cover. */
function propertyExtra(escape: string): string | null {
  const extra = PROPERTY_EXTRA[escape];
  return extra === undefined ? null : extra.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
}

/** The folds, inside a class, of the characters from..to that fold to another character. */
function charExtra(from: number, to: number): string {
  let add = '';
  for (let c = from; c <= to; c++) if (c < 0x10000 && foldChar(c) !== c) add += hex(foldChar(c));
  return add;
}

type Escape =
  | { kind: 'char'; code: number; text: string; end: number }
  | { kind: 'property'; text: string; end: number }
  | { kind: 'other' | 'backreference'; text: string; end: number };

const SYNTAX_ESCAPES = new Set([...'^$\\.*+?()[]{}|/-']);
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** The escape at source[i] ("\\"), or null for one this reading does not cover. */
function readEscape(source: string, i: number): Escape | null {
  const n = source[i + 1];
  if (n === undefined) return null;
  if (n === 'p') {
    const close = source.indexOf('}', i);
    if (source[i + 2] !== '{' || close === -1) return null;
    return { kind: 'property', text: source.slice(i, close + 1), end: close + 1 };
  }
  if (n === 'u') {
    const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i, i + 12));
    const plain = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(i, i + 6));
    const m = braced ?? plain;
    if (!m) return null;
    const code = parseInt(m[1]!, 16);
    if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { kind: 'char', code, text: m[0], end: i + m[0].length };
  }
  if (n === 'x') {
    const m = /^\\x([0-9a-fA-F]{2})/.exec(source.slice(i, i + 4));
    return m ? { kind: 'char', code: parseInt(m[1]!, 16), text: m[0], end: i + 4 } : null;
  }
  if ('dDsS'.includes(n)) return { kind: 'other', text: source.slice(i, i + 2), end: i + 2 };
  if ('wWbB'.includes(n)) return { kind: 'other', text: source.slice(i, i + 2), end: i + 2 };
  if (n in CONTROL) return { kind: 'char', code: CONTROL[n]!, text: source.slice(i, i + 2), end: i + 2 };
  if (SYNTAX_ESCAPES.has(n)) return { kind: 'char', code: n.charCodeAt(0), text: source.slice(i, i + 2), end: i + 2 };
  if (/[1-9]/.test(n)) return { kind: 'backreference', text: source.slice(i, i + 2), end: i + 2 };
  if (n === 'k') {
    const close = source.indexOf('>', i);
    return close === -1 ? null : { kind: 'backreference', text: source.slice(i, close + 1), end: close + 1 };
  }
  return null;
}

/** One member of a class at source[i]: a character (plain or escaped) or an escape. */
function readClassAtom(source: string, i: number): Escape | null {
  if (source[i] === '\\') {
    const esc = readEscape(source, i);
    return esc?.kind === 'backreference' ? null : esc;
  }
  const code = source.codePointAt(i)!;
  return code > 0xffff ? null : { kind: 'char', code, text: source[i]!, end: i + 1 };
}
