import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { extractClaims } from '../../src/extract/engine.js';

const read = (path: string) => {
  const file = new URL(`../../examples/${path}`, import.meta.url);
  return extractClaims(parseTextDocument(path, readFileSync(file, 'utf8')));
};

/** Measures are language-independent: each story told in Dutch and English gives the same claims. */
test.for(['idlib-raids', 'limburg-floods', 'measles-outbreak', 'harbour-strike'])('%s: nl and en give the same claims', (story) => {
  // Word order differs between the languages: compare the claims as sorted lists.
  const meaning = (claims: ReturnType<typeof read>) =>
    claims.map((c) => JSON.stringify({ kind: c.kind, value: c.value, qualifier: c.qualifier, unit: c.unit, measure: c.measure, part: c.partOf !== null })).sort();
  expect(meaning(read(`${story}/en.txt`))).toEqual(meaning(read(`${story}/nl.txt`)));
});
