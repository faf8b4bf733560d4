import type { Claim } from '../claims/types.js';
import { locate } from '../util/line-index.js';
import type { CheckedDocument } from '../rules/types.js';
import { summarize, type FindingList, type Formatter, type StreamedFormatter, type Summary } from './types.js';

/** The JSON contract of PRODUCT.md. A change of shape bumps `version`. */
export const JSON_VERSION = 1;

/**
 * JSON written as the run goes (report/types.ts, StreamedFormatter): the head, each document with its
 * claims as soon as it is checked, and the findings, stories, errors and summary once the run ends.
 * Byte for byte what `formatJson` writes for the same results.
 */
export const streamJson: StreamedFormatter = {
  head: () => `{\n  "version": ${JSON_VERSION},\n  "documents": [`,
  document: (checked, index) => `${index === 0 ? '\n' : ',\n'}${indent(JSON.stringify(documentJson(checked), null, 2), '    ')}`,
  *tail(results, documents) {
    // Lists are written item by item (a corpus's findings may be a list read back from disk, never one
    // string); the rest of the keys as JSON.stringify(…, null, 2) writes them inside the report's object.
    const rest: [string, FindingList | readonly unknown[] | Summary][] = [];
    if (results.findings !== null) rest.push(['findings', results.findings]);
    if (results.stories) rest.push(['stories', results.stories]);
    if (results.errors.length > 0) rest.push(['errors', results.errors.map((e) => ({ code: e.code, message: e.message }))]);
    yield documents === 0 ? ']' : '\n  ]';
    for (const [key, value] of rest) {
      const name = `,\n  ${JSON.stringify(key)}: `;
      if (!(Symbol.iterator in value) || value.length === 0) {
        yield name + indent(JSON.stringify(value, null, 2), '  ').slice(2);
        continue;
      }
      yield `${name}[`;
      let i = 0;
      for (const item of value) yield `${i++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(item, null, 2), '    ')}`;
      yield '\n  ]';
    }
    yield `,\n  "summary": ${indent(JSON.stringify(summarize(results), null, 2), '  ').slice(2)}`;
    yield '\n}\n';
  },
};

export const formatJson: Formatter = (results, options) =>
  [streamJson.head(options), ...Array.from(results.documents, (d, i) => streamJson.document(d, i, options)), ...streamJson.tail(results, results.documents.length, options)].join('');

// JSON strings never hold a raw line break, so indenting every line is safe.
const indent = (text: string, by: string): string => by + text.replace(/\n/g, `\n${by}`);

function documentJson({ doc, claims }: CheckedDocument) {
  return {
    id: doc.id,
    lang: doc.lang,
    date: doc.date?.value ?? null,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.source === undefined ? {} : { source: doc.source }),
    claims: claims.map((claim) => claimJson(doc, claim)),
  };
}

/** One claim with the contract's field order; an unbounded `high` is null. */
function claimJson(doc: CheckedDocument['doc'], c: Claim) {
  const { line, column } = locate(doc, c.start, c.end);
  const base = {
    id: c.id, kind: c.kind, text: c.text, start: c.start, end: c.end, line, column,
    value: c.value, low: c.low, high: c.kind !== 'date' && c.high === Infinity ? null : c.high,
    qualifier: c.qualifier, unit: c.unit, measure: c.measure, partOf: c.partOf,
  };
  const extra: Record<string, unknown> = {};
  if (c.kind === 'date') {
    extra.grain = c.grain;
    if (c.weekday !== undefined) extra.weekday = c.weekday;
    if (c.since) extra.since = true;
    if (c.until) extra.until = true;
    if (c.starts) extra.starts = true;
  } else if (c.precision > 0) {
    extra.precision = c.precision;
  }
  if (c.kind === 'duration' && c.anchor) {
    extra.anchor = c.anchor;
    if (c.covers) extra.covers = c.covers;
  }
  if (Object.keys(c.scope).length > 0) extra.scope = c.scope;
  return { ...base, ...extra };
}
