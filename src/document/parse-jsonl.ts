import { InputError } from '../errors.js';
import { buildDocument, type ArticleMeta } from './parse-text.js';
import type { Document, DocumentOverrides } from './types.js';

export type Loaded = { document: Document } | { error: InputError };

/**
 * A JSONL corpus: one article a line, `{ id, text, date?, lang?, source?, title? }`.
 * A bad line becomes an error naming its line; the other lines are still read.
 */
export function* parseJsonl(path: string, content: string, overrides: DocumentOverrides = {}): Generator<Loaded> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim() ?? '';
    if (raw === '') continue;
    const lineNo = i + 1;
    try {
      yield { document: parseJsonlLine(path, lineNo, raw, overrides) };
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else throw error;
    }
  }
}

/** One line of a JSONL corpus (already trimmed) as an article; an InputError names the line. */
export function parseJsonlLine(path: string, line: number, raw: string, overrides: DocumentOverrides = {}): Document {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    throw new InputError(path, line, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputError(path, line, 'each line must be a JSON object with "id" and "text"');
  }
  const data = record as Record<string, unknown>;
  if (typeof data.text !== 'string') throw new InputError(path, line, 'missing "text" (a string)');
  const id = data.id === undefined ? `${path}:${line}` : String(data.id);
  const meta: ArticleMeta = {};
  for (const key of ['date', 'lang', 'title', 'source'] as const) {
    if (data[key] !== undefined && data[key] !== null) meta[key] = String(data[key]);
  }
  return buildDocument({ id, path, text: data.text, bodyStart: 0, line }, meta, overrides);
}
