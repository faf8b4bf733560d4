import type { Document } from '../document/types.js';
import { lineIndexOf } from '../util/line-index.js';
import { locate } from '../util/line-index.js';
import type { Finding } from './types.js';

/** An inline suppression: `<!-- factlint-disable-next-line rule-id -- reason -->` and its kin. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** The rules it names; empty for all rules. */
  rules: string[];
  reason: string | null;
  document: Document;
  start: number;
  end: number;
  /** The lines it covers, first and last (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

/**
 * The suppressions in a document, in any format (Markdown, HTML and plain text share the comment
 * syntax): `disable-next-line` covers the next line with text, `disable-line` its own line, and
 * `disable` … `enable` the lines between.
 */
export function parseDirectives(doc: Document): Directive[] {
  if (!doc.text.includes('factlint-')) return [];
  const lines = lineIndexOf(doc);
  const lineCount = lines.position(doc.text.length).line;
  const found: Directive[] = [];
  for (const m of doc.text.matchAll(DIRECTIVE)) {
    const [body = '', reason] = (m[2] ?? '').split(/\s--\s?/, 2);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    const line = lines.position(m.index).line;
    const kind = m[1] as Directive['kind'];
    let from = line;
    let to = line;
    if (kind === 'disable-next-line') {
      from = to = nextLineWithText(doc, line, lineCount);
    } else if (kind === 'disable') {
      to = lineCount;
    }
    found.push({ kind, rules, reason: reason?.trim() || null, document: doc, start: m.index, end: m.index + m[0].length, from, to, used: false });
  }
  // "enable" ends the open "disable" of the same rules (or of all rules).
  for (const enable of found.filter((d) => d.kind === 'enable')) {
    for (const disable of found) {
      if (disable.kind === 'disable' && disable.from <= enable.from && disable.to >= enable.from && sameRules(disable, enable)) disable.to = enable.from;
    }
  }
  return found.filter((d) => d.kind !== 'enable');
}

function nextLineWithText(doc: Document, line: number, lineCount: number): number {
  const lines = lineIndexOf(doc);
  for (let l = line + 1; l <= lineCount; l++) {
    const { start, end } = lines.lineBounds(l, doc.text);
    if (doc.text.slice(start, end).trim() !== '') return l;
  }
  return line + 1;
}

const sameRules = (a: Directive, b: Directive): boolean => b.rules.length === 0 || b.rules.every((r) => a.rules.includes(r));

/**
 * Whether a directive covers a finding (by the line of its first location); the directive that does
 * is marked as used.
 */
export function isSuppressed(finding: Finding, directives: ReadonlyMap<string, readonly Directive[]>): boolean {
  const at = finding.locations[0];
  const directive = at && directives.get(at.document)?.find((d) => at.line >= d.from && at.line <= d.to && (d.rules.length === 0 || d.rules.includes(finding.ruleId)));
  if (directive) directive.used = true;
  return directive !== undefined;
}

/** Each directive that suppressed nothing, as a finding of its own (`--report-unused-directives`). */
export function unusedDirectiveFindings(directives: ReadonlyMap<string, readonly Directive[]>): Finding[] {
  const findings: Finding[] = [];
  for (const list of directives.values()) {
    for (const d of list.filter((x) => !x.used)) {
      findings.push({
        ruleId: 'unused-disable-directive',
        messageId: 'unused',
        severity: 'warning',
        message: `Unused factlint-${d.kind} directive: no ${d.rules.length ? d.rules.join(', ') : 'problem'} was reported ${d.kind === 'disable' ? `on lines ${d.from}-${d.to}` : `on line ${d.from}`}.`,
        locations: [locate(d.document, d.start, d.end)],
        claims: [],
      });
    }
  }
  return findings;
}
