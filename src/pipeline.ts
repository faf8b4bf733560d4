import type { Document } from './document/types.js';
import { ExtractionCrash, type InputError } from './errors.js';
import type { MeasureLexicon } from './measures/lexicon.js';
import { extractClaims, type ExtractOptions } from './extract/engine.js';
import type { RunResults } from './report/types.js';
import { BUILTIN_RULES } from './rules/builtin/index.js';
import { applyDirectives } from './rules/directives.js';
import { runRules, type RunOptions } from './rules/engine.js';
import type { CheckedDocument, RuleModule } from './rules/types.js';

export interface CheckOptions extends ExtractOptions, RunOptions {
  rules?: readonly RuleModule[];
  /** The measure words for a document, when rule packs add to the bundled ones. */
  measuresFor?: (doc: Document) => MeasureLexicon;
  /** Extract claims only, run no rules (`factlint extract`). */
  extractOnly?: boolean;
  /** Report suppression directives that suppressed nothing. */
  reportUnusedDirectives?: boolean;
  /** Articles from elsewhere (the archive) for the corpus rules to compare the run's articles with. */
  corpusContext?: (checked: readonly CheckedDocument[]) => readonly CheckedDocument[];
  /** Called after each document is extracted, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Extracts and checks documents: the whole core, with no I/O. Input errors pass through to the report. */
export function checkDocuments(documents: readonly Document[], inputErrors: readonly InputError[] = [], options: CheckOptions = {}): RunResults {
  const crashes: ExtractionCrash[] = [];
  const checked: CheckedDocument[] = [];
  documents.forEach((doc, i) => {
    const measures = options.measuresFor?.(doc) ?? options.measures;
    try {
      checked.push({ doc, claims: extractClaims(doc, measures ? { ...options, measures } : options) });
    } catch (error) {
      crashes.push(new ExtractionCrash(doc.id, error)); // one bad article never stops the others
    }
    options.onProgress?.(i + 1, documents.length);
  });
  const errors = [...inputErrors, ...crashes];
  if (options.extractOnly) return { documents: checked, findings: null, errors };
  const context = options.corpusContext?.(checked);
  const run = runRules(checked, options.rules ?? BUILTIN_RULES, context ? { ...options, context } : options);
  const kept = applyDirectives(run.findings, checked.map((c) => c.doc), options.reportUnusedDirectives ?? false);
  return { documents: checked, findings: kept, errors: [...errors, ...run.crashes] };
}
