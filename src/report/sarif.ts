import { createHash } from 'node:crypto';
import { errorLocation, RuleCrash, type ReportedError } from '../errors.js';
import type { Finding, FindingLocation, RuleMeta, Severity } from '../rules/types.js';
import { displayPath, type FormatOptions, type Formatter } from './types.js';
import { endOf, quote } from './location.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const HOME = 'https://github.com/factlint/factlint';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleDescriptor {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: string };
}

/**
 * SARIF 2.1.0 for code scanning: one run, `tool.driver.rules` built from the rules' meta, and `results`
 * always present (empty when nothing was found). Unreadable articles and crashed rules become
 * tool execution notifications, and the run is then not `executionSuccessful`.
 *
 * @example
 * formatSarif(results, { rulesMeta, cwd: process.cwd(), color: false });
 * // {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
 * //   "tool": {"driver": {"name": "factlint", "rules": [{"id": "part-exceeds-whole", …}]}},
 * //   "results": [{"ruleId": "part-exceeds-whole", "ruleIndex": 0, "level": "error", …}]}]}
 */
export const formatSarif: Formatter = (results, options) => {
  const findings = [...(results.findings ?? [])];
  const rules: RuleDescriptor[] = Object.values(options.rulesMeta).map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  // A rule missing from rulesMeta still gets a descriptor, so every ruleIndex points at one.
  for (const f of findings) if (!ruleIndex.has(f.ruleId)) ruleIndex.set(f.ruleId, rules.push({ id: f.ruleId }) - 1);
  const occurrences = new Map<string, number>();
  const run = {
    tool: { driver: { name: 'factlint', informationUri: HOME, rules } },
    invocations: [invocation(results.errors, ruleIndex, options)],
    columnKind: 'utf16CodeUnits',
    results: findings.map((f) => result(f, ruleIndex.get(f.ruleId) ?? -1, occurrences, options)),
  };
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
};

/**
 * The page documenting a rule.
 *
 * @example
 * ruleHelpUri('sum-mismatch'); // 'https://github.com/factlint/factlint/blob/main/docs/rules/sum-mismatch.md'
 */
const ruleHelpUri = (id: string): string => `${HOME}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;

function ruleDescriptor(meta: RuleMeta): RuleDescriptor {
  return {
    id: meta.id,
    shortDescription: { text: meta.docs.description },
    helpUri: ruleHelpUri(meta.id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
  };
}

function result(f: Finding, ruleIndex: number, occurrences: Map<string, number>, options: FormatOptions) {
  const [first, ...others] = f.locations;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: first ? [location(first, options)] : [],
    ...(others.length > 0
      ? { relatedLocations: others.map((loc, i) => ({ id: i + 1, ...location(loc, options), message: { text: quote(loc.text) } })) }
      : {}),
    partialFingerprints: { 'factlint/v1': fingerprint(f, occurrences, options) },
  };
}

function location(loc: FindingLocation, options: FormatOptions) {
  const end = endOf(loc);
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(loc.document, options) },
      region: {
        startLine: loc.line,
        startColumn: loc.column,
        endLine: end.line,
        endColumn: end.column,
        charOffset: loc.start,
        charLength: loc.end - loc.start,
        snippet: { text: loc.text },
      },
    },
  };
}

/**
 * Identifies a finding across runs: its rule and the documents and texts of its locations, not line
 * numbers, so that editing elsewhere in an article keeps it. Findings that would share a hash are
 * told apart by their order, as GitHub does with `primaryLocationLineHash`.
 */
function fingerprint(f: Finding, occurrences: Map<string, number>, options: FormatOptions): string {
  const key = JSON.stringify([f.ruleId, ...f.locations.map((l) => [displayPath(l.document, options), l.text])]);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  const n = (occurrences.get(hash) ?? 0) + 1;
  occurrences.set(hash, n);
  return `${hash}:${n}`;
}

function invocation(errors: readonly ReportedError[], ruleIndex: Map<string, number>, options: FormatOptions) {
  return {
    executionSuccessful: errors.length === 0,
    ...(errors.length > 0 ? { toolExecutionNotifications: errors.map((e) => notification(e, ruleIndex, options)) } : {}),
  };
}

function notification(e: ReportedError, ruleIndex: Map<string, number>, options: FormatOptions) {
  const crash = e instanceof RuleCrash;
  const { file, line } = errorLocation(e);
  const index = crash ? ruleIndex.get(e.ruleId) : undefined;
  return {
    level: 'error',
    message: { text: e.message },
    descriptor: { id: e.code },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(file, options) },
        ...(line === null ? {} : { region: { startLine: line } }),
      },
    }],
    ...(crash ? { associatedRule: { id: e.ruleId, ...(index === undefined ? {} : { index }) } } : {}),
  };
}

/** A document id as a relative URI reference: "<stdin>" or "corpus.jsonl#3" must not break it. */
const artifactUri = (id: string, options: FormatOptions): string =>
  displayPath(id, options).split('/').map(encodeURIComponent).join('/');



