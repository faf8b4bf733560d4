import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

/** The output formats, by the name `--format` takes. */
export const FORMATTERS = { stylish: formatStylish, json: formatJson, html: formatHtml } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
