// Types for score.mjs, so that test/peers/score.test.ts typechecks under `strict`.
export interface PeerEntity {
  text: string;
  start: number | null;
  end: number | null;
  value: unknown;
  [key: string]: unknown;
}
export interface PeerCase {
  id: string;
  lang: 'nl' | 'en';
  culture: string;
  kind: string;
  model: string;
  input: string;
  ref?: string | null;
  expected: PeerEntity[];
}
export interface ClaimLike {
  kind: string;
  start: number;
  end: number;
  text: string;
  value: unknown;
  qualifier?: string;
  low?: unknown;
  high?: unknown;
  unit?: string | null;
  measure?: string | null;
  /** A date's time of day ("10:00:00"), when it states one. */
  time?: string;
  /** A duration tied to the article date: the first and last day it spans. */
  covers?: { low: string; high: string } | undefined;
  anchor?: string;
  grain?: string;
}
export interface Exclusions {
  patterns?: Record<string, string>;
  cases?: Record<string, string>;
}
export interface Tally {
  suite: string;
  lang: string;
  total: number;
  pass: number;
  kept: number;
  keptPass: number;
  excluded: number;
  plain: number;
  plainPass: number;
  plainKept: number;
  plainKeptPass: number;
}
export interface Failure {
  testCase: PeerCase;
  got: ClaimLike[];
  missing: PeerEntity[];
}
export const SUITES: { suite: string; models: string[] }[];
export const PLAIN_DATE_TYPES: string[];
export const PATTERNS: Record<string, { entity(e: PeerEntity): boolean }>;
export function claimFitsModel(model: string, claim: ClaimLike): boolean;
export function valueMatches(model: string, expected: PeerEntity, claim: ClaimLike): boolean;
export function scoreCase(testCase: PeerCase, claims: readonly ClaimLike[], options?: { ignoreEntity?: (e: PeerEntity) => boolean }): { pass: boolean; got: ClaimLike[]; missing: PeerEntity[] };
export function isPlainDate(testCase: PeerCase): boolean;
export function refDay(testCase: PeerCase): string | undefined;
export function dayFirstCase(testCase: PeerCase): boolean;
export function chronoClaims(testCase: PeerCase): ClaimLike[];
export function exclusionOf(testCase: PeerCase, exclusions: Exclusions): string | null;
export function ignoredEntity(exclusions: Exclusions): (e: PeerEntity) => boolean;
export function scoreAll(cases: readonly PeerCase[], extract: (c: PeerCase) => readonly ClaimLike[], exclusions?: Exclusions): { tallies: Tally[]; failures: Failure[] };
export function rate(pass: number, total: number): number;
