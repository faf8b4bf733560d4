import type { InputError, RuleCrash } from '../errors.js';
import type { CheckedDocument, Finding, RuleMeta } from '../rules/types.js';

/** Everything one run produced, as the formatters see it. */
export interface RunResults {
  documents: readonly CheckedDocument[];
  /** null for `extract`, which reports claims only. */
  findings: readonly Finding[] | null;
  /** Articles that could not be read, and rules that crashed: reported, never lost. */
  errors: readonly (InputError | RuleCrash)[];
}

export interface FormatOptions {
  rulesMeta: Record<string, RuleMeta>;
  cwd: string;
  color: boolean;
}

/** A formatter is pure: results in, text out; no writing and no exit codes. */
export type Formatter = (results: RunResults, options: FormatOptions) => string;

export interface Summary {
  documents: number;
  claims: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: RunResults): Summary {
  const findings = results.findings ?? [];
  return {
    documents: results.documents.length,
    claims: results.documents.reduce((n, d) => n + d.claims.length, 0),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
