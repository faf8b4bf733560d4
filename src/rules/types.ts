import type { Claim, DateClaim, DurationClaim, NumericClaim } from '../claims/types.js';
import type { Document } from '../document/types.js';
import type { Lexicon } from '../extract/lexicon.js';
import type { FigureStore } from './story-match.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A document with its claims, as the rules see it. */
export interface CheckedDocument {
  doc: Document;
  claims: readonly Claim[];
  /** How many claims the document has, when a run did not keep them (see pipeline.startCorpus). */
  claimCount?: number;
  /**
   * The document as a streamed run keeps it once its stage is done (document/text-store.ts): what a
   * corpus rule holds on to, so that the run does not hold every article's text.
   */
  kept?: Document;
}

export interface RuleMeta {
  /** Stable API: kebab-case, named for the inconsistency, never renamed. */
  id: string;
  severity: Severity;
  /** 'document' rules see one article at a time; 'corpus' rules see every article of the run. */
  scope: 'document' | 'corpus';
  docs: { description: string };
  messages: Record<string, string>;
  /** Numeric options (tolerances) a config may set, with their defaults. */
  defaultOptions?: Record<string, number>;
}

/** A place in a document a finding points at, when it is not a claim (a repeated passage). */
export interface SpanRef {
  document: Document;
  start: number;
  end: number;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The claims the finding is about; their spans become its locations, in this order. */
  claims?: readonly { claim: Claim; document: Document }[];
  spans?: readonly SpanRef[];
  /** The figures conflict only under a strict reading of rounding: report one level lower. */
  lenient?: boolean;
}

export interface RuleContext {
  /** The article being checked (for corpus rules: the one whose handlers run now). */
  readonly document: CheckedDocument;
  /** Whether the current article is from outside the run (the archive), not one of the run's own. */
  readonly archived: boolean;
  /** The language pack of the current article, for cue words. */
  readonly lexicon: Lexicon;
  /** The rule's options for the current article: its defaults with the config's settings. */
  readonly options: Readonly<Record<string, number>>;
  report(descriptor: ReportDescriptor): void;
  /** The 1-based line a claim or span starts on, for messages ("line 5"). */
  lineOf(span: { start: number; end: number }, document?: Document): number;
  debug?(message: string): void;
  /** A new store for figures a corpus rule compares across articles when the corpus ends (story-match.ts). */
  figureStore(): FigureStore;
}

type Handler<T> = (claim: T) => void;

export interface RuleHandlers {
  count?: Handler<NumericClaim>;
  percent?: Handler<NumericClaim>;
  money?: Handler<NumericClaim>;
  quantity?: Handler<NumericClaim>;
  fraction?: Handler<NumericClaim>;
  duration?: Handler<DurationClaim>;
  date?: Handler<DateClaim>;
  'document:exit'?: () => void;
  'corpus:exit'?: () => void;
}

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): RuleHandlers;
}

export interface FindingLocation {
  document: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages: stable, for tests and translations. */
  messageId: string;
  severity: Severity;
  message: string;
  locations: FindingLocation[];
  claims: string[];
}

/**
 * A run's findings in report order: an array, or, for a corpus whose findings went past the memory
 * budget, a list read back from disk each time it is iterated (rules/finding-spool.ts).
 */
export interface FindingList extends Iterable<Finding> {
  readonly length: number;
}

/** The ESLint shape for a rule: meta plus create(context) → handlers keyed by claim kind. */
export const defineRule = (rule: RuleModule): RuleModule => rule;

/**
 * The article's figures of the given kinds, in text order: for rules that look at a document as a
 * whole in `document:exit`, instead of collecting claims handler by handler.
 */
export function figuresOf(context: RuleContext, ...kinds: NumericClaim['kind'][]): NumericClaim[] {
  return context.document.claims.filter((c): c is NumericClaim => (kinds as string[]).includes(c.kind));
}
