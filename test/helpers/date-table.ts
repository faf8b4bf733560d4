import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from './documents.js';

/** The date claims of a text as [text, value], with the article date given; a range as [text, "low..high"]. */
export const dates = (text: string, lang: Lang, date: string) =>
  extractClaims(makeDocument(text, { lang, date }))
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.qualifier === 'range' ? `${c.low}..${c.high}` : c.value]);

export type DateRow = { lang: Lang; date: string; input: string; want: Array<[string, string]> };

/** One test per row: the date claims of its input, with its article date, are `want`. */
export const dateTable = (rows: DateRow[]) =>
  test.for(rows)('$lang $date: $input', ({ lang, date, input, want }) => {
    expect(dates(input, lang, date)).toEqual(want);
  });
