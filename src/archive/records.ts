import { createHash } from 'node:crypto';
import type { Claim } from '../claims/types.js';
import { parseReferenceDate } from '../document/reference-date.js';
import type { Document, Lang } from '../document/types.js';

/** An article row as the archive stores it. */
export interface ArticleRow {
  id: string;
  path: string;
  hash: string;
  lang: string;
  date: string | null;
  title: string | null;
  source: string | null;
  text: string;
  prose: string | null;
  body_start: number;
  added_at: string;
}

/** The content hash that makes an article the same article: its text as read, hex SHA-256. */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A claim as JSON; unbounded intervals ("meer dan 100") keep their Infinity. */
export const claimToJson = (claim: Claim): string => JSON.stringify(claim, (_key, value: unknown) => (value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : value));

export const claimFromJson = (json: string): Claim =>
  JSON.parse(json, (_key, value: unknown) => (value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value)) as Claim;

/** The row of a document (prose only when it differs from the text, as for Markdown and HTML). */
export function rowOf(doc: Document, hash: string, addedAt: string): ArticleRow {
  return {
    id: doc.id, path: doc.path, hash, lang: doc.lang, date: doc.date?.value ?? null, title: doc.title ?? null, source: doc.source ?? null,
    text: doc.text, prose: doc.prose === doc.text ? null : doc.prose, body_start: doc.bodyStart, added_at: addedAt,
  };
}

/** The document back from its row, exactly as it was checked: same text, prose, offsets and date. */
export function documentOf(row: ArticleRow): Document {
  const date = row.date === null ? null : parseReferenceDate(row.date);
  return {
    id: row.id, path: row.path, text: row.text, prose: row.prose ?? row.text, bodyStart: row.body_start, lang: row.lang as Lang, date,
    ...(row.title === null ? {} : { title: row.title }),
    ...(row.source === null ? {} : { source: row.source }),
  };
}
