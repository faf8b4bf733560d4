import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim } from '../claims/types.js';
import { locate } from '../util/line-index.js';
import { displayPath, summaryText, type Formatter, type AnyRunResults } from './types.js';

/** Columns of the analyst view, with the widest each may grow before its text is cut. */
const COLUMNS = [
  { head: 'location', max: 44, keepEnd: true },
  { head: 'id', max: 6 },
  { head: 'text', max: 24 },
  { head: 'value', max: 34 },
  { head: 'kind', max: 8 },
  { head: 'measure', max: 20 },
  { head: 'scope', max: 40 },
  { head: 'relation', max: 24 },
] as const;

const GAP = '  ';

/**
 * The analyst view: one row per claim — `file:line:col`, id, text, value or interval, kind, measure,
 * scope and relation — in aligned columns, long cells cut with "…". For `check`, the findings follow.
 * `"ongeveer 500 burgerdoden"` → `x.txt:9:155  c6  500  ≈500 [450..550]  count  deaths.civilian  place=syria`.
 */
export const formatTable: Formatter = (results, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const rows: string[][] = [];
  for (const { doc, claims } of results.documents) {
    const path = displayPath(doc.id, options);
    for (const claim of claims) {
      const { line, column } = locate(doc, claim.start, claim.end);
      rows.push([`${path}:${line}:${column}`, claim.id, oneLine(claim.text), valueCell(claim), claim.kind, claim.measure ?? '', scopeCell(claim), relationCell(claim)]);
    }
  }
  const out: string[] = [];
  if (rows.length > 0) {
    const widths = COLUMNS.map((col, i) => Math.min(col.max, Math.max(col.head.length, ...rows.map((r) => width(r[i] ?? '')))));
    out.push(c.bold(render(COLUMNS.map((col) => col.head), widths)));
    for (const row of rows) out.push(render(row, widths));
  }
  out.push(...findingLines(c, results, options));
  const { text } = summaryText(results);
  out.push(c.dim(text));
  return `${out.join('\n')}\n`;
};

function render(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => pad(cut(cell, widths[i] ?? 0, COLUMNS[i] !== undefined && 'keepEnd' in COLUMNS[i]), widths[i] ?? 0)).join(GAP).trimEnd();
}

/** Length in code points, so that "…" and "≈" count as one column. */
const width = (s: string): number => [...s].length;

/** Cuts a cell to its column with "…"; a location keeps its end, the line and column. */
function cut(s: string, max: number, keepEnd = false): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  return keepEnd ? `…${chars.slice(chars.length - max + 1).join('')}` : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

const num = (n: number): string => (n === Infinity ? '∞' : Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

const QUALIFIER_SIGN: Partial<Record<Claim['qualifier'], string>> = {
  about: '≈', 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', nearly: '≲',
};

/** "1000000", "≈500 [450..550]", "10..20", "2020-03 [2020-03-01..2020-03-10]", with the unit. */
export function valueCell(claim: Claim): string {
  const unit = claim.unit ? ` ${claim.unit}` : '';
  if (claim.kind === 'date') return claim.low === claim.high ? claim.value : `${claim.value} [${claim.low}..${claim.high}]`;
  if (claim.qualifier === 'range' || claim.qualifier === 'vague') return `${num(claim.low)}..${num(claim.high)}${unit}`;
  const sign = QUALIFIER_SIGN[claim.qualifier] ?? '';
  const interval = claim.low !== claim.value || claim.high !== claim.value ? ` [${num(claim.low)}..${num(claim.high)}]` : '';
  return `${sign}${num(claim.value)}${unit}${interval}`;
}

function scopeCell(claim: Claim): string {
  return Object.entries(claim.scope)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

function relationCell(claim: Claim): string {
  const parts: string[] = [];
  if (claim.partOf) parts.push(`part of ${claim.partOf}`);
  if (claim.kind !== 'date' && claim.kind !== 'duration' && claim.partsListed) parts.push(`total (${claim.partsListed} parts)`);
  if (claim.kind === 'date' && claim.since) parts.push('since');
  if (claim.measure === 'birth') parts.push('birth');
  return parts.join(', ');
}

function findingLines(c: ChalkInstance, results: AnyRunResults, options: { cwd: string }): string[] {
  if (results.findings === null || results.findings.length === 0) return [];
  const lines = ['', c.bold('findings')];
  for (const f of results.findings) {
    const loc = f.locations[0];
    const where = loc ? `${displayPath(loc.document, options)}:${loc.line}:${loc.column}` : '';
    lines.push(`${where}${GAP}${f.severity}${GAP}${f.message}${GAP}${c.dim(f.ruleId)}`);
  }
  return lines;
}
