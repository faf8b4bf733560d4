import { parseTextDocument } from '../../src/document/parse-text.js';
import { parseReferenceDate } from '../../src/document/reference-date.js';
import type { Document, Lang } from '../../src/document/types.js';

/** A document from a string, with language and reference date as a test states them. */
export function makeDocument(text: string, options: { lang?: Lang; date?: string; id?: string; dayFirst?: boolean } = {}): Document {
  const date = options.date === undefined ? undefined : (parseReferenceDate(options.date) ?? undefined);
  return parseTextDocument(options.id ?? 'test.txt', text, {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(date ? { date } : {}),
    ...(options.dayFirst ? { dayFirst: true } : {}),
  });
}
