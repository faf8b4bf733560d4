import type { Finding, FindingList, Severity } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Where a finding goes in a report: by the input position of the document of its first location
 * (`order`), then by position, severity and rule; findings equal in all four keep the order they came in.
 */
export function findingKey(finding: Finding, order: number): { order: number; start: number; rank: number; rule: string } {
  return { order, start: finding.locations[0]?.start ?? 0, rank: RANK[finding.severity], rule: finding.ruleId };
}

export type FindingKey = ReturnType<typeof findingKey>;

export const compareKeys = (a: FindingKey, b: FindingKey): number =>
  a.order - b.order || a.start - b.start || a.rank - b.rank || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** The input position of the document a finding points at first (0 for a finding without a place). */
export const orderOf = (finding: Finding, indexOf: (id: string) => number | undefined): number => {
  const at = finding.locations[0];
  return at ? (indexOf(at.document) ?? 0) : 0;
};

/** Findings in report order, by the input positions of their documents (`order`, by id). */
export const sortFindings = (findings: readonly Finding[], order: ReadonlyMap<string, number>): Finding[] =>
  inReportOrder(findings.map((finding) => ({ finding, key: findingKey(finding, orderOf(finding, (id) => order.get(id))) })));

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
