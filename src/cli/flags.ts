import { Flags } from '@oclif/core';
import { LANGS } from '../document/types.js';
import { FORMATTERS } from '../report/index.js';
import { SEVERITIES } from '../rules/types.js';

/** Flags shared by `check` and `extract`. */
export const sharedFlags = {
  format: Flags.string({
    char: 'f',
    summary: 'Output format.',
    options: Object.keys(FORMATTERS),
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
  debug: Flags.boolean({ summary: 'Show stack traces and rule debug messages.', hidden: true }),
};

export const checkFlags = {
  config: Flags.string({ char: 'c', summary: 'Use this config file for every article instead of the nearest .factlintrc.yaml.' }),
  rule: Flags.string({ summary: 'Set a rule\'s severity, e.g. --rule conflicting-figures:error or --rule duplicate-passage:off.', multiple: true }),
  'print-config': Flags.boolean({ summary: 'Print the configuration that applies to the first path, and exit.' }),
  'fail-on': Flags.string({
    summary: 'Lowest severity that makes the exit code 1.',
    options: [...SEVERITIES],
    default: 'error',
  }),
};

