import { compareKeys, findingKey, type FindingKey } from './engine.js';
import type { Finding, FindingList } from './types.js';

/**
 * Where a run's findings wait for the run to end, to come back in report order (engine.ts,
 * findingKey). In memory by default; a streamed corpus run gives one that sets its findings aside on
 * disk past a budget (spill/finding-spool.ts), so that a corpus of any size is reported without
 * holding its findings.
 */
export interface FindingSpool {
  /** `order`: the input position of the document the finding points at first. */
  add(finding: Finding, order: number): void;
  /** Every finding added, in report order. */
  sorted(): FindingList;
}

/** A finding with its place in the report. */
export interface SpooledFinding {
  finding: Finding;
  key: FindingKey;
}

export function memorySpool(): FindingSpool {
  const entries: SpooledFinding[] = [];
  return {
    add: (finding, order) => void entries.push({ finding, key: findingKey(finding, order) }),
    sorted: () => inReportOrder(entries),
  };
}

/** The findings in report order (a stable sort, so findings equal in every key keep their order). */
export const inReportOrder = (entries: SpooledFinding[]): Finding[] => entries.sort((a, b) => compareKeys(a.key, b.key)).map((e) => e.finding);

/** One list after the other, without copying either. */
export function concatLists(a: FindingList, b: readonly Finding[]): FindingList {
  if (b.length === 0) return a;
  if (Array.isArray(a)) return [...(a as readonly Finding[]), ...b];
  return {
    length: a.length + b.length,
    *[Symbol.iterator]() {
      yield* a;
      yield* b;
    },
  };
}
