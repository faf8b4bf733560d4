import { createHash } from 'node:crypto';
import type { Document } from '../document/types.js';
import type { Finding } from '../rules/types.js';

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the document, the quoted texts,
 * and the sentence around the first location — never line numbers or offsets.
 */
export function fingerprint(finding: Finding, documents: ReadonlyMap<string, Document>): string {
  const first = finding.locations[0];
  const doc = first ? documents.get(first.document) : undefined;
  const context = doc && first ? sentenceAround(doc.prose, first.start, first.end) : '';
  const parts = [finding.ruleId, first?.document ?? '', ...finding.locations.map((l) => l.text), context];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  let to = text.slice(end).search(/[.\n]/u);
  to = to === -1 ? text.length : end + to;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
