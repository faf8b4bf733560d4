import type { Claim } from '../claims/types.js';
import type { Document, Lang } from '../document/types.js';
import { RuleCrash } from '../errors.js';
import { localeConfig } from '../extract/index.js';
import type { Lexicon } from '../extract/lexicon.js';
import { locate } from '../util/line-index.js';
import { sortFindings } from './finding-spool.js';
import { memoryFigureStore, type FigureStore } from './story-match.js';
import type { CheckedDocument, Finding, ReportDescriptor, RuleContext, RuleHandlers, RuleModule, Severity } from './types.js';

/** How a rule is set for one document: its severity ('off' turns it off) and its options. */
export interface RuleSettings {
  severity?: Severity | 'off';
  options?: Record<string, number>;
}

export interface RunOptions {
  /** The settings of every rule for a document (from its config file); absent rules keep their defaults. */
  settings?: (doc: Document) => Record<string, RuleSettings | undefined>;
  debug?: (message: string) => void;
  /**
   * Articles from outside the run (the archive) that corpus rules see as other articles. Document
   * rules never see them, and a finding that points at none of the run's articles is dropped.
   */
  context?: readonly CheckedDocument[];
  /** Takes each finding as it is reported, instead of the run's result holding them all (a corpus's spool). */
  onFinding?: (finding: Finding) => void;
  /** Where corpus rules keep the figures they compare across articles (default: in memory). */
  figureStore?: () => FigureStore;
}

export interface RunResult {
  findings: Finding[];
  crashes: RuleCrash[];
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/**
 * Runs rules over documents. The engine, not the rules, owns severities, messages and locations:
 * a rule reports a message id, data and the claims involved.
 */
export function runRules(documents: readonly CheckedDocument[], rules: readonly RuleModule[], options: RunOptions = {}): RunResult {
  const run = startRun(rules, options);
  for (const checked of documents) run.add(checked);
  for (const checked of options.context ?? []) run.addContext(checked);
  const result = run.finish();
  const order = new Map(documents.map((d, i) => [d.doc.id, i]));
  return { findings: sortFindings(result.findings, order), crashes: result.crashes };
}

/** A run that takes documents one at a time, so that a corpus need not be held to be checked. */
export interface IncrementalRun {
  add(checked: CheckedDocument): void;
  /** An article from outside the run (the archive): only corpus rules see it. */
  addContext(checked: CheckedDocument): void;
  /** Ends the corpus rules; findings in the order they were reported. */
  finish(): RunResult;
}

export function startRun(rules: readonly RuleModule[], options: RunOptions = {}): IncrementalRun {
  const findings: Finding[] = [];
  const crashes: RuleCrash[] = [];
  const settingOf = (rule: RuleModule, doc: Document | undefined): RuleSettings => (doc && options.settings?.(doc)[rule.meta.id]) || {};
  const severityOf = (rule: RuleModule, doc: Document | undefined) => settingOf(rule, doc).severity ?? rule.meta.severity;
  // The articles from elsewhere (the archive), by object; every other document is the run's, including
  // a stand-in a spilled corpus gives back from disk. Weak, so that it holds none of them.
  const fromContext = new WeakSet<Document>();
  const inRun = (doc: Document): boolean => !fromContext.has(doc);
  let last: CheckedDocument | undefined;
  const states = rules.map((rule) => {
    const state: { rule: RuleModule; current: CheckedDocument | undefined; handlers: RuleHandlers; guard: (id: string, fn: () => void) => void } = {
      rule,
      current: undefined,
      handlers: {},
      guard: (documentId, fn) => {
        try {
          fn();
        } catch (error) {
          crashes.push(new RuleCrash(rule.meta.id, documentId, error));
        }
      },
    };
    const context: RuleContext = {
      get document() {
        if (!state.current) throw new Error('no document');
        return state.current;
      },
      get archived() {
        return state.current !== undefined && fromContext.has(state.current.doc);
      },
      get lexicon() {
        return lexiconOf(state.current?.doc.lang ?? 'en');
      },
      get options() {
        return { ...rule.meta.defaultOptions, ...settingOf(rule, state.current?.doc).options };
      },
      report(descriptor) {
        // A corpus finding takes the setting of the run's document it points at first.
        const docs = [...(descriptor.claims ?? []).map((c) => c.document), ...(descriptor.spans ?? []).map((s) => s.document)];
        if (docs.length > 0 && !docs.some(inRun)) return; // only about archived articles
        const doc = docs.find(inRun) ?? state.current?.doc;
        const severity = severityOf(rule, doc);
        if (severity === 'off') return;
        const finding = toFinding(rule, severity, leadWithRun(descriptor, inRun));
        if (options.onFinding) options.onFinding(finding);
        else findings.push(finding);
      },
      lineOf: (claim, document) => locate(document ?? context.document.doc, claim.start, claim.end).line,
      figureStore: options.figureStore ?? memoryFigureStore,
    };
    // Set after, not spread into the literal: a spread beside the getters made every context a slow object.
    if (options.debug) context.debug = options.debug;
    if (rule.meta.scope === 'corpus') state.guard('<corpus>', () => (state.handlers = rule.create(context)));
    return { state, context };
  });
  return {
    add(checked) {
      last = checked;
      for (const { state, context } of states) {
        const { rule } = state;
        state.current = checked;
        if (rule.meta.scope === 'document' && severityOf(rule, checked.doc) === 'off') continue;
        state.guard(checked.doc.id, () => {
          if (rule.meta.scope === 'document') state.handlers = rule.create(context);
          for (const claim of checked.claims) dispatch(state.handlers, claim);
          state.handlers['document:exit']?.();
        });
      }
    },
    addContext(checked) {
      fromContext.add(checked.doc);
      if (checked.kept) fromContext.add(checked.kept);
      for (const { state } of states) {
        if (state.rule.meta.scope !== 'corpus') continue;
        state.current = checked;
        state.guard(checked.doc.id, () => {
          for (const claim of checked.claims) dispatch(state.handlers, claim);
          state.handlers['document:exit']?.();
        });
      }
    },
    finish() {
      for (const { state } of states) {
        state.current = last; // options in corpus:exit come from the run, never from the archive
        state.guard('<corpus>', () => state.handlers['corpus:exit']?.());
      }
      return { findings, crashes };
    },
  };
}

/** A finding between a run's article and an archived one points first at the run's article, where it can be fixed. */
function leadWithRun(d: ReportDescriptor, inRun: (doc: Document) => boolean): ReportDescriptor {
  const lead = d.claims?.findIndex((c) => inRun(c.document)) ?? -1;
  if (!d.claims || lead <= 0) return d;
  return { ...d, claims: [d.claims[lead]!, ...d.claims.filter((_, i) => i !== lead)] };
}

function dispatch(handlers: RuleHandlers, claim: Claim): void {
  switch (claim.kind) {
    case 'date':
      return handlers.date?.(claim);
    case 'duration':
      return handlers.duration?.(claim);
    default:
      return handlers[claim.kind]?.(claim);
  }
}

const lexiconOf = (lang: Lang): Lexicon => localeConfig(lang).lexicon;

function toFinding(rule: RuleModule, severity: Severity, d: ReportDescriptor): Finding {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${d.messageId}"`);
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(d.data?.[key] ?? `{{${key}}}`));
  const spans = [...(d.claims ?? []).map(({ claim, document }) => ({ document, start: claim.start, end: claim.end })), ...(d.spans ?? [])];
  const crossDocument = new Set(spans.map((s) => s.document.id)).size > 1;
  return {
    ruleId: rule.meta.id,
    messageId: d.messageId,
    severity: d.lenient ? LOWER[severity] : severity,
    message,
    locations: spans.map((s) => locate(s.document, s.start, s.end)),
    claims: (d.claims ?? []).map(({ claim, document }) => (crossDocument ? `${document.id}#${claim.id}` : claim.id)),
  };
}
