import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseTextDocument } from '../src/document/parse-text.js';
import { checkDocuments } from '../src/pipeline.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const files = ['nl', 'en'].flatMap((lang) => readdirSync(join(FIXTURES, lang)).map((f) => join(lang, f)));
const read = (file: string) => parseTextDocument(file, readFileSync(join(FIXTURES, file), 'utf8'));

/**
 * Precision first: clean, consistent articles (economy, elections, sport, weather, health, courts,
 * traffic, company results; written for this test) give no finding at all, alone or together.
 */
test.for(files)('%s: no finding on a clean article', (file) => {
  const results = checkDocuments([read(file)]);
  expect(results.documents[0]!.claims.length).toBeGreaterThan(10);
  expect((results.findings ?? []).map((f) => `${f.ruleId} ${f.locations[0]?.line}: ${f.message}`)).toEqual([]);
});

test('no finding across all clean articles checked as one run', () => {
  const results = checkDocuments(files.map(read));
  expect((results.findings ?? []).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
});

const ARTICLES = fileURLToPath(new URL('./articles/', import.meta.url));
const articles = ['nl', 'en'].flatMap((lang) => readdirSync(join(ARTICLES, lang)).filter((f) => f.endsWith('.txt')).map((f) => join(lang, f)));
const readArticle = (file: string) => parseTextDocument(file, readFileSync(join(ARTICLES, file), 'utf8'));

/** The hand-annotated articles of the score (test/articles) are clean too: no error-level finding. */
test.for(articles)('%s: no error on an annotated article', (file) => {
  const results = checkDocuments([readArticle(file)]);
  expect((results.findings ?? []).filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.locations[0]?.line}: ${f.message}`)).toEqual([]);
});
