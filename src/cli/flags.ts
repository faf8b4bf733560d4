import * as Flags from '@oclif/core/flags';
import { INTEGER_FLAGS } from './flag-specs.js';
import { LANGS } from '../document/types.js';
import { FORMAT_NAMES } from '../report/formats.js';
import { SEVERITIES } from '../rules/types.js';

/** Flags shared by `check` and `extract`. */
export const sharedFlags = {
  format: Flags.string({
    char: 'f',
    summary: 'Output format.',
    options: [...FORMAT_NAMES],
    default: 'stylish',
  }),
  lang: Flags.string({
    summary: 'Language of the articles, overriding metadata and detection.',
    options: [...LANGS],
  }),
  date: Flags.string({
    summary: 'Reference date of the articles (YYYY, YYYY-MM or YYYY-MM-DD), overriding their metadata.',
  }),
  color: Flags.boolean({
    summary: 'Colour the stylish output (default: when writing to a terminal; honours NO_COLOR and FORCE_COLOR).',
    allowNo: true,
  }),
  jobs: Flags.integer({
    char: 'j',
    summary: 'Threads to check articles on (default: one per core when there are enough articles; 1 for none).',
    min: INTEGER_FLAGS.jobs,
  }),
  'max-size': Flags.string({
    summary: 'Refuse articles larger than this, e.g. 500kB or 50MB (default 10MB, or maxDocumentSize in the config); a JSONL corpus is limited per line.',
  }),
  debug: Flags.boolean({ summary: 'Show stack traces and rule debug messages.', hidden: true }),
};

export const checkFlags = {
  config: Flags.string({ char: 'c', summary: 'Use this config file for every article instead of the nearest .factlintrc.yaml.' }),
  rule: Flags.string({ summary: 'Set a rule\'s severity, e.g. --rule conflicting-figures:error or --rule duplicate-passage:off.', multiple: true }),
  'print-config': Flags.boolean({ summary: 'Print the configuration that applies to the first path, and exit.' }),
  output: Flags.string({ char: 'o', summary: 'Write the report to this file instead of standard output.' }),
  'max-warnings': Flags.integer({ summary: 'Exit with 1 when there are more warnings than this.', min: INTEGER_FLAGS['max-warnings'] }),
  quiet: Flags.boolean({ char: 'q', summary: 'Report errors only.' }),
  'report-unused-directives': Flags.boolean({ summary: 'Report factlint-disable comments that suppressed nothing.' }),
  baseline: Flags.string({ summary: 'Record findings in this file on the first run; later, report only findings it does not hold.' }),
  'update-baseline': Flags.boolean({ summary: 'Rewrite the --baseline file from this run.', dependsOn: ['baseline'] }),
  'changed-since': Flags.string({ summary: 'Report only findings on lines changed since this git revision (for pull requests).' }),
  'group-by': Flags.string({
    summary: 'Report the findings per story: articles linked by figures of the same measure and place within a month.',
    options: ['story'],
  }),
  'fail-on': Flags.string({
    summary: 'Lowest severity that makes the exit code 1.',
    options: [...SEVERITIES],
    default: 'error',
  }),
};

