import { writeFileSync } from 'node:fs';
import { loadDocuments } from '../document/load.js';
import { parseReferenceDate } from '../document/reference-date.js';
import type { Document, DocumentOverrides, Lang } from '../document/types.js';
import { ConfigError, FactlintError, InputError } from '../errors.js';
import { checkDocument, startCorpus, type CheckOptions } from '../pipeline.js';
import { checkInWorkers, threadsFor } from '../parallel/pool.js';
import { FORMATS_LISTING_CLAIMS, loadFormatter, type FormatName } from '../report/formats.js';
import { rulesMetaOf, type RunResults } from '../report/types.js';
import type { CheckedDocument, RuleModule, Severity } from '../rules/types.js';
import { ArchiveStore } from '../archive/store.js';
import { printConfig } from './print-config.js';
import { setupRun } from './setup.js';
import { applyBaseline } from './baseline.js';
import { keepChangedSince } from './changed-lines.js';
import { exitCodeFor } from './exit-code.js';
import { maxSizeFor } from './max-size.js';
import { progressBar } from './progress.js';

export interface RunFlags {
  format: string;
  lang?: string;
  date?: string;
  color?: boolean;
  debug?: boolean;
  'fail-on'?: string;
  config?: string;
  rule?: string[];
  'print-config'?: boolean;
  output?: string;
  'max-warnings'?: number;
  quiet?: boolean;
  'report-unused-directives'?: boolean;
  baseline?: string;
  'update-baseline'?: boolean;
  'changed-since'?: string;
  jobs?: number;
  /** Check against the claims of this archive too (`check --archive [FILE]`). */
  archive?: string;
  'max-size'?: string;
  'group-by'?: string;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * The shell around the core, for check and extract: read articles, run, format, write; returns the
 * exit code. Plain code with no oclif in it, so that bin/run.js can call it without loading oclif.
 */
export async function runFactlint(paths: string[], flags: RunFlags, extractOnly: boolean): Promise<number> {
  try {
    const overrides = overridesOf(flags);
    const documents: Document[] = [];
    const inputErrors: InputError[] = [];
    for await (const loaded of loadDocuments(paths, { ...overrides, readStdin, maxSize: maxSizeFor(flags) })) {
      if ('document' in loaded) documents.push(loaded.document);
      else inputErrors.push(loaded.error);
    }
    const setupPaths = [...new Set(documents.map((d) => d.path)), ...paths];
    const setupFlags = { ...(flags.config ? { config: flags.config } : {}), ...(flags.rule ? { rule: flags.rule } : {}) };
    const setup = setupRun(setupPaths, setupFlags);
    if (flags['print-config']) {
      process.stdout.write(printConfig(setup, paths[0] ?? '.'));
      return 0;
    }
    const progress = progressBar(documents.length, process.stderr, process.env);
    const options: CheckOptions = {
      ...setup.options,
      extractOnly,
      reportUnusedDirectives: flags['report-unused-directives'] ?? false,
      ...(progress ? { onProgress: progress } : {}),
      ...(flags.debug ? { debug: (m: string) => log(`debug: ${m}`) } : {}),
    };
    const archive = flags.archive === undefined || extractOnly ? null : ArchiveStore.open(flags.archive);
    // Claims stay in memory only for the reports that show them; the rest of a run keeps texts.
    const corpus = startCorpus({
      ...options,
      ...(archive ? { corpusContext: (docs: readonly CheckedDocument[]) => archive.related(docs) } : {}),
      keepClaims: extractOnly || FORMATS_LISTING_CLAIMS.has(flags.format),
      groupByStory: flags['group-by'] === 'story' && !extractOnly,
    });
    // Rule debug messages are printed as they happen, which only this thread can do.
    const threads = flags.debug ? 1 : threadsFor(documents.length, flags.jobs);
    if (threads > 1) {
      const data = { setupPaths, setupFlags, extractOnly };
      await checkInWorkers(documents, threads, data, (i, result) => corpus.add(documents[i]!, result), (done) => progress?.(done));
    } else {
      documents.forEach((doc, i) => {
        // A copy carries extraction's caches (sentences, line index) and is dropped when done.
        corpus.add(doc, checkDocument({ ...doc }, options));
        progress?.(i + 1);
      });
    }
    const finished = corpus.finish(inputErrors);
    archive?.close();
    const results = narrow(finished, flags);
    await write(results, flags, setup.rules);
    return exitCodeFor(results, (flags['fail-on'] ?? 'error') as Severity, flags['max-warnings']);
  } catch (error) {
    return reportError(error, flags.debug);
  }
}

/**
 * Prints a factlint error as one unwrapped line (file:line stays whole for editors and CI logs) with its
 * suggestions after it, and returns its exit code; anything else is a bug and keeps its stack.
 */
export function reportError(error: unknown, debug = false): number {
  if (!(error instanceof FactlintError)) {
    // A bug, not a finding: exit 2 (never 1, which means "problems found"), with the stack on --debug.
    log(`factlint: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (debug && error instanceof Error && error.stack) log(error.stack);
    return 2;
  }
  log(`factlint: ${error.message}`);
  for (const suggestion of error.suggestions) log(`  try: ${suggestion}`);
  if (debug && error.stack) log(error.stack);
  return error.exitCode;
}

function overridesOf(flags: RunFlags): DocumentOverrides {
  const overrides: DocumentOverrides = {};
  if (flags.lang) overrides.lang = flags.lang as Lang;
  if (flags.date !== undefined) {
    const date = parseReferenceDate(flags.date);
    if (!date) throw new ConfigError(`--date ${JSON.stringify(flags.date)} is not a date`, ['use YYYY, YYYY-MM or YYYY-MM-DD, e.g. --date 2024-03-05']);
    overrides.date = date;
  }
  return overrides;
}

/** --changed-since, --baseline and --quiet narrow the findings, in that order. */
function narrow(results: RunResults, flags: RunFlags): RunResults {
  if (results.findings === null) return results;
  let findings = [...results.findings];
  if (flags['changed-since']) findings = keepChangedSince(flags['changed-since'], findings);
  if (flags.baseline) {
    const baseline = applyBaseline(flags.baseline, findings, results.documents.map((d) => d.doc), flags['update-baseline'] ?? false);
    if (baseline.recorded !== null) log(`factlint: recorded ${baseline.recorded} finding(s) in the baseline ${flags.baseline}`);
    findings = baseline.findings;
  }
  if (flags.quiet) findings = findings.filter((f) => f.severity === 'error');
  return { ...results, findings };
}

async function write(results: RunResults, flags: RunFlags, rules: readonly RuleModule[]): Promise<void> {
  for (const error of results.errors) log(`factlint: ${error.message}`);
  const formatter = await loadFormatter(flags.format as FormatName);
  const rulesMeta = rulesMetaOf(rules);
  const color = flags.output ? false : useColor(flags.color);
  const report = formatter(results, { rulesMeta, cwd: process.cwd(), color });
  if (flags.output) writeFileSync(flags.output, report);
  else process.stdout.write(report);
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
