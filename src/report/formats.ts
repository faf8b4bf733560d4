import type { Formatter, StreamedFormatter } from './types.js';

/** The output formats, by the name `--format` takes. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'rdjson', 'html', 'table'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * Formats that list every claim and are written only when the run ends, so a run keeps the claims in
 * memory (the others need counts, and texts for excerpts). json, and extract's stylish list, are
 * written as the run goes instead (`loadStreamedFormatter`).
 */
export const FORMATS_LISTING_CLAIMS: ReadonlySet<string> = new Set<FormatName>(['html', 'table']);

// A run imports the one formatter it writes with: the others (chalk, the HTML page) cost start-up.
const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  rdjson: async () => (await import('./rdjson.js')).formatRdjson,
  html: async () => (await import('./html.js')).formatHtml,
  table: async () => (await import('./table.js')).formatTable,
};

export const loadFormatter = (name: FormatName): Promise<Formatter> => LOADERS[name]();

/** The streamed form of a format, when it has one: json always, stylish for `extract` (a list of claims). */
export async function loadStreamedFormatter(name: FormatName, extractOnly: boolean): Promise<StreamedFormatter | null> {
  if (name === 'json') return (await import('./json.js')).streamJson;
  if (name === 'stylish' && extractOnly) return (await import('./stylish.js')).streamClaims;
  return null;
}
