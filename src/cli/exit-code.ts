import type { AnyRunResults } from '../report/types.js';
import type { Severity } from '../rules/types.js';

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * 2 when an article could not be read (or a rule crashed), else 1 when a finding reaches the fail
 * level or the warnings exceed `maxWarnings`, else 0.
 */
export function exitCodeFor(results: AnyRunResults, failOn: Severity = 'error', maxWarnings?: number): number {
  if (results.errors.length > 0) return EXIT.error;
  let failing = false;
  let warnings = 0;
  for (const f of results.findings ?? []) {
    failing ||= RANK[f.severity] >= RANK[failOn];
    if (f.severity === 'warning') warnings += 1;
  }
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  return failing || tooManyWarnings ? EXIT.findings : EXIT.ok;
}
