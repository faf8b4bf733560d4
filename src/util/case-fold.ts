import { ASTRAL_CASED, FOLD_RUNS, LOWER_DIFFERS } from './case-fold-table.js';

// Case folding as a regex with the i and u flags reads it (src/util/case-fold-table.ts, generated from
// node itself): each character maps to one representative of the characters /iu treats as the same,
// code unit for code unit. util/folded-regexp.ts runs patterns without i over the folded text.

// Fold of each BMP code, 0 for itself; built on first need (most texts fold by toLowerCase alone).
let foldTable: Uint16Array | null = null;

function table(): Uint16Array {
  if (foldTable === null) {
    foldTable = new Uint16Array(0x10000);
    for (const [from, to, delta] of FOLD_RUNS) for (let c = from; c <= to; c++) foldTable[c] = c + delta;
  }
  return foldTable;
}

/** The fold of one code point (itself outside the BMP). */
export const foldChar = (code: number): number => (code < 0x10000 ? table()[code] || code : code);

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
