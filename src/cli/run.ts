import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { listArticleFiles, loadDocuments } from '../document/load.js';
import type { Loaded } from '../document/parse-jsonl.js';
import { TextStore } from '../document/text-store.js';
import { SpillArea } from '../spill/area.js';
import { parseReferenceDate } from '../document/reference-date.js';
import type { Document, DocumentOverrides, Lang } from '../document/types.js';
import { ConfigError, FactlintError, InputError } from '../errors.js';
import { checkDocument, startCorpus, type CheckOptions } from '../pipeline.js';
import { checkInWorkers, MIN_CHARS_PER_THREAD, readAhead, threadsFor } from '../parallel/pool.js';
import { FORMATS_LISTING_CLAIMS, loadFormatter, loadStreamedFormatter, type FormatName } from '../report/formats.js';
import { rulesMetaOf, type AnyRunResults, type FindingList, type FormatOptions } from '../report/types.js';
import type { CheckedDocument, Severity } from '../rules/types.js';
import { setupRun } from './setup.js';
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
 *
 * A run streams: configs are found from a listing of the files, each article is checked as it loads
 * (on worker threads for a corpus), kept afterwards only as its metadata and line index with its text in
 * a TextStore, and reports that can (json, extract's list) are written as the articles come.
 */
export async function runFactlint(paths: string[], flags: RunFlags, extractOnly: boolean): Promise<number> {
  const store = new TextStore();
  const spill = new SpillArea();
  let output: Output | null = null;
  // Stopped by Ctrl-C or a kill, a run still removes its temporary files (a corpus's may be large) and
  // a half-written --output file, then exits as a shell expects (128 + the signal's number).
  const stop = (signal: NodeJS.Signals): void => {
    output?.abandon();
    cleanUp(store, spill);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    const overrides = overridesOf(flags);
    const maxSize = maxSizeFor(flags);
    const listed = await listArticleFiles(paths);
    const setupPaths = [...new Set([...listed, ...paths])];
    const setupFlags = { ...(flags.config ? { config: flags.config } : {}), ...(flags.rule ? { rule: flags.rule } : {}) };
    const setup = setupRun(setupPaths, setupFlags);
    if (flags['print-config']) {
      const { printConfig } = await import('./print-config.js');
      process.stdout.write(printConfig(setup, paths[0] ?? '.'));
      return 0;
    }
    const format = flags.format as FormatName;
    const formatOptions: FormatOptions = { rulesMeta: rulesMetaOf(setup.rules), cwd: process.cwd(), color: flags.output ? false : useColor(flags.color) };
    const streamed = await loadStreamedFormatter(format, extractOnly);
    const out = (output = openOutput(flags.output));
    const knownTotal = paths.includes('-') || listed.some((f) => extname(f).toLowerCase() === '.jsonl') ? null : listed.length;
    const progress = progressBar(knownTotal, process.stderr, process.env);
    const options: CheckOptions = {
      ...setup.options,
      extractOnly,
      reportUnusedDirectives: flags['report-unused-directives'] ?? false,
      ...(flags.debug ? { debug: (m: string) => log(`debug: ${m}`) } : {}),
    };
    // The archive, baselines and git are loaded only when asked for: with them come SQLite, node's
    // crypto and child_process, which a plain check does not need at start-up.
    const archive = flags.archive === undefined || extractOnly ? null : (await import('../archive/store.js')).ArchiveStore.open(flags.archive);
    let written = 0;
    if (streamed) out.write(streamed.head(formatOptions));
    const corpus = startCorpus({
      ...options,
      store,
      spill,
      ...(archive ? { corpusContext: archive.context() } : {}),
      // Claims stay in memory only for the reports that list them and are written at the end.
      keepClaims: FORMATS_LISTING_CLAIMS.has(format),
      ...(streamed ? { onDocument: (checked: CheckedDocument) => out.write(streamed.document(checked, written++, formatOptions)) } : {}),
      groupByStory: flags['group-by'] === 'story' && !extractOnly,
    });
    const inputErrors: InputError[] = [];
    const documents = documentsOf(loadDocuments(paths, { ...overrides, readStdin, maxSize }), inputErrors);
    // Rule debug messages are printed as they happen, which only this thread can do.
    const limit = flags.jobs === undefined ? { chars: MIN_CHARS_PER_THREAD * availableParallelism() } : { documents: flags.jobs };
    const { ahead, chars, ended, all: read } = await readAhead(documents, limit);
    const all = pacedBy(out, read);
    const threads = flags.debug ? 1 : threadsFor({ documents: ahead.length, chars, ended }, flags.jobs);
    let done = 0;
    if (threads > 1) {
      const data = { setupPaths, setupFlags, extractOnly };
      // This thread checks documents too, as the one-thread loop below does.
      const checkHere = (doc: Document) => checkDocument({ ...doc }, options);
      await checkInWorkers(all, threads, data, (doc, result) => corpus.add(doc, result), (n) => progress?.(n), checkHere);
    } else {
      for await (const doc of all) {
        // A copy carries extraction's caches (sentences, line index) and is dropped when done.
        corpus.add(doc, checkDocument({ ...doc }, options));
        progress?.((done += 1));
      }
    }
    progress?.end();
    const finished = corpus.finish(inputErrors);
    archive?.close();
    const results = await narrow(finished, flags);
    for (const error of results.errors) log(`factlint: ${error.message}`);
    if (streamed) {
      for (const piece of streamed.tail(results, written, formatOptions)) {
        out.write(piece);
        await out.ready();
      }
    }
    else out.write((await loadFormatter(format))(results, formatOptions));
    out.close();
    return exitCodeFor(results, (flags['fail-on'] ?? 'error') as Severity, flags['max-warnings']);
  } catch (error) {
    output?.abandon();
    return reportError(error, flags.debug);
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    cleanUp(store, spill);
  }
}

function cleanUp(store: TextStore, spill: SpillArea): void {
  for (const scratch of [store, spill]) {
    try {
      scratch.close();
    } catch {
      // A signal may come while the spill database is being read; its folder is removed all the same.
    }
  }
}

/** The documents of a load, in order; the articles that could not be read go to `errors`, and loading goes on. */
async function* documentsOf(loaded: AsyncIterable<Loaded>, errors: InputError[]): AsyncGenerator<Document> {
  for await (const item of loaded) {
    if ('document' in item) yield item.document;
    else errors.push(item.error);
  }
}

/** Where the report goes: standard output, or `--output FILE`, written beside it and renamed when whole. */
interface Output {
  write(text: string): void;
  /** Resolves once what was written has gone out, or enough of it (a pipe's reader may be slower than the run). */
  ready(): Promise<void>;
  close(): void;
  /** The run failed: a half-written `--output` file is removed, the old one kept. */
  abandon(): void;
}

/**
 * Resolves when `stream` holds less than its high-water mark unwritten. Node writes to a pipe
 * asynchronously: a reader slower than the run (`factlint check corpus --format json | jq …`) let the
 * report queue in memory, and a corpus's peak RSS grew with its report (233 MB at 1,000 articles,
 * 353 MB at 16,000 under the bench's pipe, 265 MB into a file).
 */
export function drained(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

/** The documents, each taken only once the report written so far has gone out (see `drained`). */
async function* pacedBy(out: Output, documents: AsyncIterable<Document>): AsyncGenerator<Document> {
  for await (const doc of documents) {
    await out.ready();
    yield doc;
  }
}

function openOutput(file: string | undefined): Output {
  if (!file) {
    // A reader that stops early (`factlint check corpus | head`) closes the pipe: stop quietly, as
    // command-line tools do, instead of crashing on the next write.
    if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
    return { write: (text) => void process.stdout.write(text), ready: () => drained(process.stdout), close: () => {}, abandon: () => {} };
  }
  const partial = `${file}.partial-${process.pid}`;
  const fd = openSync(partial, 'w');
  let open = true;
  const shut = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => void writeSync(fd, text),
    ready: () => Promise.resolve(),
    close: () => {
      shut();
      renameSync(partial, file);
    },
    abandon: () => {
      shut();
      rmSync(partial, { force: true });
    },
  };
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

/**
 * --changed-since, --baseline and --quiet narrow the findings, in that order. The first two are for
 * drafts and take the findings as a list; --quiet on its own leaves a corpus's spilled findings on disk.
 */
async function narrow(results: AnyRunResults, flags: RunFlags): Promise<AnyRunResults> {
  if (results.findings === null) return results;
  if (!flags['changed-since'] && !flags.baseline) return flags.quiet ? { ...results, findings: onlyErrors(results.findings) } : results;
  let findings = [...results.findings];
  if (flags['changed-since']) findings = (await import('./changed-lines.js')).keepChangedSince(flags['changed-since'], findings);
  if (flags.baseline) {
    const { applyBaseline } = await import('./baseline.js');
    const baseline = applyBaseline(flags.baseline, findings, Array.from(results.documents, (d) => d.doc), flags['update-baseline'] ?? false);
    if (baseline.recorded !== null) log(`factlint: recorded ${baseline.recorded} finding(s) in the baseline ${flags.baseline}`);
    findings = baseline.findings;
  }
  if (flags.quiet) findings = findings.filter((f) => f.severity === 'error');
  return { ...results, findings };
}

/** The error-level findings of a list, walked again each time it is read. */
function onlyErrors(findings: FindingList): FindingList {
  let length = 0;
  for (const f of findings) if (f.severity === 'error') length += 1;
  return {
    length,
    *[Symbol.iterator]() {
      for (const f of findings) if (f.severity === 'error') yield f;
    },
  };
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
