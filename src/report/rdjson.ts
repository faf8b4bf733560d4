import { errorLocation, type ReportedError } from '../errors.js';
import type { Finding, FindingLocation, Severity } from '../rules/types.js';
import { displayPath, documentsById, type DocumentLookup, type FormatOptions, type Formatter } from './types.js';
import { quote } from './location.js';

const HOME = 'https://github.com/factlint/factlint';
const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

interface Position {
  line: number;
  column?: number;
}

interface Location {
  path: string;
  range?: { start: Position; end?: Position };
}

/**
 * reviewdog's Diagnostic Format (rdjson), for `reviewdog -f=rdjson`: one diagnostic a finding, its other
 * locations as related locations, and one ERROR diagnostic for each article that could not be checked.
 * As the format asks, columns count UTF-8 bytes and a range's end is exclusive.
 *
 * @example
 * formatRdjson(results, { rulesMeta, cwd: process.cwd(), color: false });
 * // {"source": {"name": "factlint", "url": "https://github.com/factlint/factlint"}, "diagnostics": [{
 * //   "message": "…", "location": {"path": "news/a.txt", "range": {"start": {"line": 4, "column": 12}, "end": …}},
 * //   "severity": "ERROR", "code": {"value": "sum-mismatch", "url": "…/docs/rules/sum-mismatch.md"}}]}
 */
export const formatRdjson: Formatter = (results, options) => {
  const docs = documentsById(results.documents);
  const diagnostics = [
    ...Array.from(results.findings ?? [], (f) => diagnostic(f, docs, options)),
    ...results.errors.map((e) => errorDiagnostic(e, options)),
  ];
  return `${JSON.stringify({ source: { name: 'factlint', url: HOME }, diagnostics }, null, 2)}\n`;
};

function diagnostic(f: Finding, docs: DocumentLookup, options: FormatOptions) {
  const [first, ...others] = f.locations;
  return {
    message: f.message,
    location: first ? location(first, docs, options) : { path: '' },
    severity: SEVERITY[f.severity],
    code: { value: f.ruleId, url: `${HOME}/blob/main/docs/rules/${encodeURIComponent(f.ruleId)}.md` },
    ...(others.length > 0
      ? { related_locations: others.map((loc) => ({ message: quote(loc.text), location: location(loc, docs, options) })) }
      : {}),
  };
}

function errorDiagnostic(e: ReportedError, options: FormatOptions) {
  const { file, line } = errorLocation(e);
  const location: Location = { path: displayPath(file, options), ...(line === null ? {} : { range: { start: { line } } }) };
  return { message: e.message, location, severity: 'ERROR', code: { value: e.code } };
}

function location(loc: FindingLocation, docs: DocumentLookup, options: FormatOptions): Location {
  const doc = docs.get(loc.document);
  // FindingLocation columns count UTF-16 units; bytes need the line up to the span, from the document.
  // Without it (never in a run), the columns stay UTF-16 throughout rather than mixing the two.
  const size = doc ? (s: string) => Buffer.byteLength(s) : (s: string) => s.length;
  const startColumn = doc ? size(doc.text.slice(loc.start - (loc.column - 1), loc.start)) + 1 : loc.column;
  const lines = loc.text.split(/\r\n|\r|\n/);
  const last = size(lines[lines.length - 1] ?? '');
  const end = lines.length === 1 ? { line: loc.line, column: startColumn + last } : { line: loc.line + lines.length - 1, column: last + 1 };
  return { path: displayPath(loc.document, options), range: { start: { line: loc.line, column: startColumn }, end } };
}


