import type { FindingLocation } from '../rules/types.js';

/** Where a location ends, exclusive (the column after its last character), as SARIF, GitHub and rdjson count. */
export function endOf(loc: FindingLocation): { line: number; column: number } {
  const lines = loc.text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  return lines.length === 1
    ? { line: loc.line, column: loc.column + last.length }
    : { line: loc.line + lines.length - 1, column: last.length + 1 };
}
