import { Command } from '@oclif/core';
import { writeFileSync } from 'node:fs';
import { loadDocuments } from '../document/load.js';
import { parseReferenceDate } from '../document/reference-date.js';
import type { Document, DocumentOverrides, Lang } from '../document/types.js';
import { ConfigError, FactlintError, InputError } from '../errors.js';
import { checkDocuments } from '../pipeline.js';
import { FORMATTERS, type FormatName } from '../report/index.js';
import { rulesMetaOf, type RunResults } from '../report/types.js';
import type { RuleModule, Severity } from '../rules/types.js';
import { printConfig } from './print-config.js';
import { setupRun } from './setup.js';
import { applyBaseline } from './baseline.js';
import { keepChangedSince } from './changed-lines.js';
import { maxSizeFor } from './max-size.js';
import { exitCodeFor } from './exit-code.js';
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
  'max-size'?: string;
}

/** The shell around the core: read articles, run, format, write, and pick the exit code. */
export abstract class BaseCommand extends Command {
  protected async runFactlint(paths: string[], flags: RunFlags, extractOnly: boolean): Promise<void> {
    try {
      const overrides = this.overrides(flags);
      const documents: Document[] = [];
      const inputErrors: InputError[] = [];
      for await (const loaded of loadDocuments(paths, { ...overrides, readStdin, maxSize: maxSizeFor(flags) })) {
        if ('document' in loaded) documents.push(loaded.document);
        else inputErrors.push(loaded.error);
      }
      const setup = setupRun([...new Set(documents.map((d) => d.path)), ...paths], flags);
      if (flags['print-config']) {
        process.stdout.write(printConfig(setup, paths[0] ?? '.'));
        return;
      }
      const progress = progressBar(documents.length, process.stderr, process.env);
      const checked = checkDocuments(documents, inputErrors, {
        ...setup.options,
        extractOnly,
        reportUnusedDirectives: flags['report-unused-directives'] ?? false,
        ...(progress ? { onProgress: progress } : {}),
        ...(flags.debug ? { debug: (m: string) => this.logToStderr(`debug: ${m}`) } : {}),
      });
      const results = this.narrow(checked, flags);
      this.write(results, flags, setup.rules);
      process.exitCode = exitCodeFor(results, (flags['fail-on'] ?? 'error') as Severity, flags['max-warnings']);
    } catch (error) {
      this.fail(error, flags.debug);
    }
  }

  /**
   * Renders a factlint error as one unwrapped line (file:line stays whole for editors and CI logs),
   * its suggestions after it, and exits with its code; anything else is a bug and keeps its stack.
   */
  protected fail(error: unknown, debug = false): never {
    if (!(error instanceof FactlintError)) {
      // A bug, not a finding: exit 2 (never 1, which means "problems found"), with the stack on --debug.
      this.logToStderr(`factlint: internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (debug && error instanceof Error && error.stack) this.logToStderr(error.stack);
      return this.exit(2);
    }
    this.logToStderr(`factlint: ${error.message}`);
    for (const suggestion of error.suggestions) this.logToStderr(`  try: ${suggestion}`);
    if (debug && error.stack) this.logToStderr(error.stack);
    return this.exit(error.exitCode);
  }

  private overrides(flags: RunFlags): DocumentOverrides {
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
  private narrow(results: RunResults, flags: RunFlags): RunResults {
    if (results.findings === null) return results;
    let findings = [...results.findings];
    if (flags['changed-since']) findings = keepChangedSince(flags['changed-since'], findings);
    if (flags.baseline) {
      const baseline = applyBaseline(flags.baseline, findings, results.documents.map((d) => d.doc), flags['update-baseline'] ?? false);
      if (baseline.recorded !== null) this.logToStderr(`factlint: recorded ${baseline.recorded} finding(s) in the baseline ${flags.baseline}`);
      findings = baseline.findings;
    }
    if (flags.quiet) findings = findings.filter((f) => f.severity === 'error');
    return { ...results, findings };
  }

  private write(results: RunResults, flags: RunFlags, rules: readonly RuleModule[]): void {
    for (const error of results.errors) this.logToStderr(`factlint: ${error.message}`);
    const formatter = FORMATTERS[flags.format as FormatName];
    const rulesMeta = rulesMetaOf(rules);
    const color = flags.output ? false : useColor(flags.color);
    const report = formatter(results, { rulesMeta, cwd: process.cwd(), color });
    if (flags.output) writeFileSync(flags.output, report);
    else process.stdout.write(report);
  }
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
