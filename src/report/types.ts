import { isAbsolute, relative, sep } from 'node:path';
import type { ReportedError } from '../errors.js';
import type { Story } from '../rules/stories.js';
import type { Document } from '../document/types.js';
import type { CheckedDocument, Finding, FindingList, RuleMeta, RuleModule } from '../rules/types.js';
import type { DocumentList } from '../spill/documents.js';

export type { FindingList } from '../rules/types.js';

/**
 * A run's checked documents, in input order: an array, or, for a corpus whose documents went past the
 * memory budget, a list read back from disk (spill/documents.ts) that also finds a document by id.
 */
export type Documents = readonly CheckedDocument[] | DocumentList;

/** Everything one run produced, as the formatters see it. The core's functions give arrays. */
export interface RunResults<Findings extends FindingList = readonly Finding[], Docs extends Documents = readonly CheckedDocument[]> {
  documents: Docs;
  /** null for `extract`, which reports claims only. */
  findings: Findings | null;
  /** Articles that could not be read, and rules that crashed: reported, never lost. */
  errors: readonly ReportedError[];
  /** The run's articles grouped by story (`--group-by story`). */
  stories?: readonly Story[];
}

export interface FormatOptions {
  rulesMeta: Record<string, RuleMeta>;
  cwd: string;
  color: boolean;
}

/** A formatter is pure: results in, text out; no writing and no exit codes. */
export type Formatter = (results: AnyRunResults, options: FormatOptions) => string;

/** Results as a report takes them: findings and documents in memory or read back from disk. */
export type AnyRunResults = RunResults<FindingList, Documents>;

/**
 * A format written while the run goes, so that a corpus of any size is reported without holding it:
 * its head, then each document as soon as it is checked (`index` counts from 0), then its tail once
 * the run ends, given the run's results (documents without their claims) and how many documents came.
 */
export interface StreamedFormatter {
  head(options: FormatOptions): string;
  document(checked: CheckedDocument, index: number, options: FormatOptions): string;
  /** The end of the report, in pieces: a corpus's findings are written one by one, never as one string. */
  tail(results: AnyRunResults, documents: number, options: FormatOptions): Iterable<string>;
}

export interface Summary {
  documents: number;
  claims: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Finds a run's documents by id, for the lines a report quotes. */
export interface DocumentLookup {
  get(id: string): Document | undefined;
}

export function documentsById(documents: Documents): DocumentLookup {
  if ('byId' in documents) return { get: (id) => documents.byId(id) };
  return new Map(documents.map((d) => [d.doc.id, d.doc]));
}

export function summarize(results: AnyRunResults): Summary {
  // One pass over each list: a spilled list is read from disk.
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of results.findings ?? []) count[f.severity] += 1;
  let claims = 0;
  for (const d of results.documents) claims += d.claimCount ?? d.claims.length;
  return {
    documents: results.documents.length,
    claims,
    errors: count.error,
    warnings: count.warning,
    infos: count.info,
  };
}

/** A document id for display and for URIs: relative to the working folder when absolute, with forward slashes. */
export const displayPath = (id: string, options: Pick<FormatOptions, 'cwd'>): string =>
  (isAbsolute(id) ? relative(options.cwd, id) || id : id).split(sep).join('/');

/**
 * The closing line of a report, and its tone: "✔ no problems (1 document, 16 claims)", "✖ 2 problems
 * (1 error, 1 warning, 0 info) in …". Never a ✔ when an article could not be read.
 */
export function summaryText(results: AnyRunResults): { text: string; tone: 'neutral' | 'ok' | 'error' | 'warning' } {
  const s = summarize(results);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const docs = `${plural(s.documents, 'document')}, ${plural(s.claims, 'claim')}`;
  const unread = results.errors.length > 0 ? `, ${results.errors.length} could not be checked` : '';
  if (results.findings === null) return { text: `${docs}${unread}`, tone: results.errors.length > 0 ? 'error' : 'neutral' };
  const total = s.errors + s.warnings + s.infos;
  if (total === 0 && results.errors.length > 0) return { text: `✖ no problems found, but ${results.errors.length} could not be checked (${docs})`, tone: 'error' };
  if (total === 0) return { text: `✔ no problems (${docs})`, tone: 'ok' };
  const text = `✖ ${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info) in ${docs}${unread}`;
  return { text, tone: s.errors > 0 || results.errors.length > 0 ? 'error' : 'warning' };
}

/** Rule metadata by id for the formatters; the first module of an id (its code rule) describes it. */
export const rulesMetaOf = (rules: readonly RuleModule[]): Record<string, RuleMeta> =>
  Object.fromEntries([...rules].reverse().map((r) => [r.meta.id, r.meta]));
