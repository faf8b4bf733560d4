import type { FindingLocation } from '../rules/types.js';

/** Where a location ends, exclusive (the column after its last character), as SARIF, GitHub and rdjson count. */
export function endOf(loc: FindingLocation): { line: number; column: number } {
  const lines = loc.text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  return lines.length === 1
    ? { line: loc.line, column: loc.column + last.length }
    : { line: loc.line + lines.length - 1, column: last.length + 1 };
}

const QUOTE_MAX = 60;

/** A related location's message: its text, on one line and cut short (a repeated passage is long). */
export function quote(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]; // code points, so a cut never splits a pair
  return `"${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('').trimEnd()}…` : chars.join('')}"`;
}
