import type { Document } from './document/types.js';
import type { InputError } from './errors.js';
import type { MeasureLexicon } from './measures/lexicon.js';
import { extractClaims, type ExtractOptions } from './extract/engine.js';
import type { RunResults } from './report/types.js';
import { BUILTIN_RULES } from './rules/builtin/index.js';
import { runRules, type RunOptions } from './rules/engine.js';
import type { CheckedDocument, RuleModule } from './rules/types.js';

export interface CheckOptions extends ExtractOptions, RunOptions {
  rules?: readonly RuleModule[];
  /** The measure words for a document, when rule packs add to the bundled ones. */
  measuresFor?: (doc: Document) => MeasureLexicon;
  /** Extract claims only, run no rules (`factlint extract`). */
  extractOnly?: boolean;
}

/** Extracts and checks documents: the whole core, with no I/O. Input errors pass through to the report. */
export function checkDocuments(documents: readonly Document[], inputErrors: readonly InputError[] = [], options: CheckOptions = {}): RunResults {
  const checked: CheckedDocument[] = documents.map((doc) => {
    const measures = options.measuresFor?.(doc) ?? options.measures;
    return { doc, claims: extractClaims(doc, measures ? { ...options, measures } : options) };
  });
  if (options.extractOnly) return { documents: checked, findings: null, errors: inputErrors };
  const { findings, crashes } = runRules(checked, options.rules ?? BUILTIN_RULES, options);
  return { documents: checked, findings, errors: [...inputErrors, ...crashes] };
}
