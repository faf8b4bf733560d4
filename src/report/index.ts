import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatTable } from './table.js';
import type { Formatter } from './types.js';

/** The output formats, by the name `--format` takes. */
export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  rdjson: formatRdjson,
  html: formatHtml,
  table: formatTable,
} satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
