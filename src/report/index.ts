import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatTable } from './table.js';
import type { FormatName } from './formats.js';
import type { Formatter } from './types.js';

export { FORMAT_NAMES, loadFormatter, type FormatName } from './formats.js';

/** Every formatter, loaded (for programs; the CLI loads the one it needs, see formats.ts). */
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
} satisfies Record<FormatName, Formatter>;
