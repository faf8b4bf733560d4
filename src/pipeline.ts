import type { Claim } from './claims/types.js';
import type { Document } from './document/types.js';
import { ExtractionCrash, RuleCrash, type InputError } from './errors.js';
import type { MeasureLexicon } from './measures/lexicon.js';
import { extractClaims, type ExtractOptions } from './extract/engine.js';
import type { Documents, RunResults } from './report/types.js';
import { BUILTIN_RULES } from './rules/builtin/index.js';
import { isSuppressed, parseDirectives, unusedDirectiveFindings, type Directive } from './rules/directives.js';
import type { TextStore } from './document/text-store.js';
import { storyClusters } from './rules/stories.js';
import { runRules, startRun, type RunOptions } from './rules/engine.js';
import { concatLists, memorySpool, orderOf } from './rules/finding-spool.js';
import { memoryFigureStore } from './rules/story-match.js';
import type { CheckedDocument, Finding, FindingList, RuleModule } from './rules/types.js';
import type { SpillArea } from './spill/area.js';
import { memoryDocuments, spillingDocuments, type DocumentList } from './spill/documents.js';
import { spillingFigureStore } from './spill/figure-store.js';
import { spillingSpool } from './spill/finding-spool.js';

export interface CheckOptions extends ExtractOptions, RunOptions {
  rules?: readonly RuleModule[];
  /** The measure words for a document, when rule packs add to the bundled ones. */
  measuresFor?: (doc: Document) => MeasureLexicon;
  /** Extract claims only, run no rules (`factlint extract`). */
  extractOnly?: boolean;
  /** Report suppression directives that suppressed nothing. */
  reportUnusedDirectives?: boolean;
  /** Articles from elsewhere (the archive) for the corpus rules to compare the run's articles with. */
  corpusContext?: CorpusContext;
  /** Called after each document is extracted, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * What one document yields on its own: its claims and the findings of the rules that look at one
 * document at a time. Plain data, so that a worker thread can compute it (see parallel/).
 */
export interface DocumentResult {
  /** null when extraction crashed. */
  claims: Claim[] | null;
  findings: Finding[];
  crashes: Array<{ ruleId: string | null; message: string }>;
}

/** Extracts one document and runs the document-scope rules on it. Never throws. */
export function checkDocument(doc: Document, options: CheckOptions = {}): DocumentResult {
  const measures = options.measuresFor?.(doc) ?? options.measures;
  let claims: Claim[];
  try {
    claims = extractClaims(doc, measures ? { ...options, measures } : options);
  } catch (error) {
    return { claims: null, findings: [], crashes: [{ ruleId: null, message: messageOf(error) }] };
  }
  if (options.extractOnly) return { claims, findings: [], crashes: [] };
  const rules = (options.rules ?? BUILTIN_RULES).filter((r) => r.meta.scope === 'document');
  const run = runRules([{ doc, claims }], rules, options);
  return { claims, findings: run.findings, crashes: run.crashes.map((c) => ({ ruleId: c.ruleId, message: c.causeMessage })) };
}

/**
 * Puts the documents' own results together, in input order, and runs what needs them all: the
 * corpus-scope rules and the suppression directives.
 */
export function finishRun(documents: readonly Document[], results: readonly DocumentResult[], inputErrors: readonly InputError[], options: CheckOptions = {}): RunResults {
  const corpus = startCorpus(options);
  documents.forEach((doc, i) => corpus.add(doc, results[i]!));
  // Without a spill area, findings and documents are arrays already.
  return corpus.finish(inputErrors) as RunResults;
}

export interface CorpusOptions extends CheckOptions {
  /**
   * Keep every claim for the report (html, table, or a caller of the core). Without, a document keeps
   * only the number of its claims, and the corpus rules keep what they need: a corpus is checked
   * without holding its claims.
   */
  keepClaims?: boolean;
  /**
   * Where checked documents keep their texts (document/text-store.ts): a streamed run's memory then
   * stays bounded. Without, each document is kept whole.
   */
  store?: TextStore;
  /** Called with each document's claims as it is added, in input order: streamed reports write it then. */
  onDocument?: (checked: CheckedDocument) => void;
  /** Group the articles into stories for the report (`--group-by story`). */
  groupByStory?: boolean;
  /**
   * Where checked documents (with a store and no claims kept), story figures and findings go past their
   * budgets (spill/area.ts): a streamed corpus's memory then stays flat. Without, they are held in memory.
   */
  spill?: SpillArea;
}

/**
 * Articles from elsewhere (the archive) for the corpus rules to compare a run's articles with: told
 * about each of the run's articles as it comes, asked for the related ones when the run ends.
 */
export interface CorpusContext {
  note(checked: CheckedDocument): void;
  related(): Iterable<CheckedDocument>;
}

/** The corpus stage, fed one document at a time in input order. */
export interface CorpusRun {
  add(doc: Document, result: DocumentResult): void;
  /** Findings may be read back from the spill area: iterate them before it closes. */
  finish(inputErrors?: readonly InputError[]): RunResults<FindingList, Documents>;
}

export function startCorpus(options: CorpusOptions = {}): CorpusRun {
  const keepClaims = options.keepClaims ?? true;
  const spill = options.spill;
  // A run that keeps claims keeps its documents whole; one that keeps stand-ins in a text store may set
  // them aside on disk too.
  const checked: DocumentList & { push(c: CheckedDocument): void; items?: readonly CheckedDocument[] } =
    spill && options.store && !keepClaims ? spillingDocuments(spill, options.store) : memoryDocuments();
  const extractionCrashes: ExtractionCrash[] = [];
  const ruleCrashes: RuleCrash[] = [];
  const spool = spill ? spillingSpool(spill) : memorySpool();
  // Each finding is judged against the suppression directives as it comes (its article's directives are
  // known by then), and set aside with its place in the report: a corpus's findings are never one list.
  const directives = new Map<string, Directive[]>();
  const indexOf = (id: string) => checked.indexOf(id);
  const keep = (finding: Finding): void => {
    if (!isSuppressed(finding, directives)) spool.add(finding, orderOf(finding, indexOf));
  };
  const corpusRules = options.extractOnly ? [] : (options.rules ?? BUILTIN_RULES).filter((r) => r.meta.scope === 'corpus');
  const figureStore = spill ? () => spillingFigureStore(spill, { documentById: (id) => checked.byId(id) }) : memoryFigureStore;
  const run = startRun(corpusRules, { ...options, onFinding: keep, figureStore });
  const stories = options.groupByStory ? storyClusters(figureStore()) : null;
  return {
    add(doc, result) {
      for (const crash of result.crashes) {
        if (crash.ruleId === null) extractionCrashes.push(new ExtractionCrash(doc.id, new Error(crash.message)));
        else ruleCrashes.push(new RuleCrash(crash.ruleId, doc.id, new Error(crash.message)));
      }
      if (result.claims === null) return; // one bad article never stops the others
      // What outlives this call: the document as the store keeps it, or a fresh object without the
      // caches extraction hung on the document (sentences, line index).
      const kept = options.store ? options.store.keep(doc) : keepClaims ? doc : { ...doc };
      const full: CheckedDocument = { doc, claims: result.claims, kept };
      options.onDocument?.(full);
      run.add(full);
      options.corpusContext?.note(full);
      stories?.add(full);
      if (!options.extractOnly) {
        const found = parseDirectives(doc);
        if (found.length > 0) directives.set(doc.id, found.map((d) => ({ ...d, document: kept })));
      }
      checked.push(keepClaims ? { doc: options.store ? kept : doc, claims: result.claims } : { doc: kept, claims: [], claimCount: result.claims.length });
      result.findings.forEach(keep);
    },
    finish(inputErrors = []) {
      const errors = [...inputErrors, ...extractionCrashes];
      const documents: Documents = checked.items ?? checked; // an array when in memory
      if (options.extractOnly) return { documents, findings: null, errors };
      for (const archived of options.corpusContext?.related() ?? []) run.addContext(archived);
      const corpus = run.finish(); // its findings went to keep()
      const unused = options.reportUnusedDirectives ? unusedDirectiveFindings(directives) : [];
      const findings = concatLists(spool.sorted(), unused);
      return { documents, findings, errors: [...errors, ...ruleCrashes, ...corpus.crashes], ...(stories ? { stories: stories.finish() } : {}) };
    },
  };
}

/** Extracts and checks documents: the whole core, with no I/O. Input errors pass through to the report. */
export function checkDocuments(documents: readonly Document[], inputErrors: readonly InputError[] = [], options: CheckOptions = {}): RunResults {
  const results = documents.map((doc, i) => {
    const result = checkDocument(doc, options);
    options.onProgress?.(i + 1, documents.length);
    return result;
  });
  return finishRun(documents, results, inputErrors, options);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
