import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim } from '../claims/types.js';
import type { Document } from '../document/types.js';
import { locate } from '../util/line-index.js';
import type { Finding, FindingLocation, Severity } from '../rules/types.js';
import { lineIndexOf } from '../util/line-index.js';
import { displayPath, documentsById, summaryText, type DocumentLookup, type Formatter, type FormatOptions, type AnyRunResults, type StreamedFormatter } from './types.js';

const WINDOW = 60; // characters of context either side of a span on long lines
const MAX_MARKS = 100;

/**
 * Compiler-style report: `file:line:col  severity  message  rule-id`, the source line with the span
 * underlined, the other places the finding involves, and a summary line. For `extract`, one line a claim.
 */
export const formatStylish: Formatter = (results, options) => {
  const c = chalkFor(options);
  const docs = documentsById(results.documents);
  const out: string[] = [];
  if (results.findings === null) {
    return [streamClaims.head(options), ...Array.from(results.documents, (d, i) => streamClaims.document(d, i, options)), ...streamClaims.tail(results, results.documents.length, options)].join('');
  } else {
    const byDoc = new Map<string, Finding[]>();
    for (const f of results.findings) {
      const id = f.locations[0]?.document ?? '';
      byDoc.set(id, [...(byDoc.get(id) ?? []), f]);
    }
    const block = (id: string, findings: readonly Finding[]) => {
      out.push(c.underline(displayPath(id, options)));
      for (const f of findings) out.push(findingBlock(c, f, docs, options), '');
    };
    if (results.stories) {
      // --group-by story: each story with findings, its articles and what links them, then its findings.
      for (const story of results.stories) {
        const ids = story.documents.filter((id) => byDoc.has(id));
        if (ids.length === 0) continue;
        const about = story.about.length > 0 ? ` — ${story.about.join('; ')}` : '';
        out.push(c.bold(`${story.id}: ${story.documents.length} article${story.documents.length === 1 ? '' : 's'}${about}`));
        out.push(...story.documents.map((id) => c.dim(`  ${displayPath(id, options)}`)), '');
        for (const id of ids) block(id, byDoc.get(id)!);
      }
    } else {
      for (const [id, findings] of byDoc) block(id, findings);
    }
  }
  out.push(summaryLine(c, results));
  return `${out.join('\n')}\n`;
};

/** `extract`'s stylish list, written as the run goes: one block of claims a document, then the summary. */
export const streamClaims: StreamedFormatter = {
  head: () => '',
  document: ({ doc, claims }, _index, options) => `${claimsBlock(chalkFor(options), doc, claims, options)}\n`,
  tail: (results, _documents, options) => [`${summaryLine(chalkFor(options), results)}\n`],
};

// Made once: the streamed list asks for one per document.
const CHALKS = [new Chalk({ level: 0 }), new Chalk({ level: 1 })] as const;
const chalkFor = (options: FormatOptions): ChalkInstance => CHALKS[options.color ? 1 : 0];

const SEVERITY_STYLE: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s),
};

function findingBlock(c: ChalkInstance, f: Finding, docs: DocumentLookup, options: FormatOptions): string {
  const [first, ...others] = f.locations;
  const where = first ? `${first.line}:${first.column}` : '';
  const lines = [`  ${c.dim(where.padEnd(7))} ${SEVERITY_STYLE[f.severity](c, f.severity.padEnd(7))}  ${f.message}  ${c.dim(f.ruleId)}`];
  if (first) lines.push(...excerpt(c, docs.get(first.document), first));
  for (const loc of others) {
    const sameDoc = loc.document === first?.document;
    lines.push(`    ${c.dim('also at')} ${sameDoc ? '' : `${displayPath(loc.document, options)}:`}${loc.line}:${loc.column}`);
    lines.push(...excerpt(c, docs.get(loc.document), loc));
  }
  return lines.join('\n');
}

/** The source line of a location (cut to a window around the span on long lines), the span underlined. */
function excerpt(c: ChalkInstance, doc: Document | undefined, loc: FindingLocation): string[] {
  if (!doc) return [];
  const bounds = lineIndexOf(doc).lineBounds(loc.line, doc.text);
  // Long spans (a repeated paragraph) are shown from their start, cut after MAX_MARKS characters.
  const spanEnd = Math.min(loc.end, bounds.end, loc.start + MAX_MARKS);
  const cut = spanEnd < loc.end;
  const from = Math.max(bounds.start, loc.start - WINDOW);
  const to = cut ? spanEnd : Math.min(bounds.end, spanEnd + WINDOW);
  const prefix = from > bounds.start ? '…' : '';
  const suffix = to < bounds.end || cut ? '…' : '';
  const gutter = String(loc.line).padStart(6);
  const source = doc.text.slice(from, to).replace(/\t/g, ' ');
  const pad = ' '.repeat(prefix.length + loc.start - from);
  const marks = '^'.repeat(Math.max(1, spanEnd - loc.start));
  return [`${c.dim(`${gutter} |`)} ${prefix}${source}${suffix}`, `${c.dim(`${' '.repeat(6)} |`)} ${pad}${c.red(marks)}`];
}

function claimsBlock(c: ChalkInstance, doc: Document, claims: readonly Claim[], options: FormatOptions): string {
  const head = `${c.underline(displayPath(doc.id, options))} ${c.dim(`(${doc.lang}, ${doc.date?.value ?? 'undated'})`)}`;
  const rows = claims.map((claim) => {
    const { line, column } = locate(doc, claim.start, claim.end);
    const value = claim.kind === 'date' ? `${claim.value} [${claim.low}..${claim.high}]` : `${fmt(claim.value)}${claim.low !== claim.value || claim.high !== claim.value ? ` [${fmt(claim.low)}..${fmt(claim.high)}]` : ''}`;
    const meaning = [claim.unit, claim.measure, claim.partOf && `part of ${claim.partOf}`].filter(Boolean).join(' ');
    return `  ${c.dim(`${line}:${column}`.padEnd(7))} ${claim.id.padEnd(4)} ${claim.kind.padEnd(8)} ${c.bold(JSON.stringify(claim.text))}  ${value} ${c.dim(claim.qualifier)} ${meaning}`.trimEnd();
  });
  return [head, ...rows, ''].join('\n');
}

const fmt = (n: number): string => (n === Infinity ? '∞' : Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

function summaryLine(c: ChalkInstance, results: AnyRunResults): string {
  const { text, tone } = summaryText(results);
  return { neutral: c.dim, ok: c.green, error: c.red.bold, warning: c.yellow.bold }[tone](text);
}
