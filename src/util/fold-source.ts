import { foldChar } from './case-fold.js';
import { PROPERTY_EXTRA } from './case-fold-table.js';

// A regex source with the i and u flags rewritten for case-folded text (util/folded-regexp.ts).

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
