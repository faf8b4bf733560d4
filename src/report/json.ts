import type { Claim } from '../claims/types.js';
import { locate } from '../util/line-index.js';
import type { CheckedDocument } from '../rules/types.js';
import { summarize, type Formatter } from './types.js';

/** The JSON contract of PRODUCT.md. A change of shape bumps `version`. */
export const JSON_VERSION = 1;

export const formatJson: Formatter = (results) => {
  const output: Record<string, unknown> = {
    version: JSON_VERSION,
    documents: results.documents.map(documentJson),
  };
  if (results.findings !== null) output.findings = results.findings;
  if (results.stories) output.stories = results.stories;
  if (results.errors.length > 0) output.errors = results.errors.map((e) => ({ code: e.code, message: e.message }));
  output.summary = summarize(results);
  return `${JSON.stringify(output, null, 2)}\n`;
};

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
    if (c.starts) extra.starts = true;
  } else if (c.precision > 0) {
    extra.precision = c.precision;
  }
  if (Object.keys(c.scope).length > 0) extra.scope = c.scope;
  return { ...base, ...extra };
}
