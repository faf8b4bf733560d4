import { describe, expect, test } from 'vitest';
import { FAMILIES } from '../../bench/adversarial-families.mjs';
import type { ClaimDraft } from '../../src/claims/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { expectValidClaims, extractorsOf, runExtractor } from './helpers.js';

/**
 * Every adversarial family of bench/adversarial.mjs at 100,000 characters, through each extractor on
 * its own and through the whole of extraction: it must end (the generous timeout guards against a
 * hang; speed is the bench's) with every span intact. `node bench/adversarial.mjs` shows the times.
 */
const SIZE = 100_000;
const TIMEOUT = 120_000;

describe.each(FAMILIES.map((f) => [f.name, f] as const))('%s at 100k characters', (_name, family) => {
  const text = family.make(SIZE);
  const doc = makeDocument(text, { lang: family.lang, date: '2024-03-05' });

  test('each extractor ends, with drafts inside the text', { timeout: TIMEOUT }, () => {
    for (const extractor of extractorsOf(family.lang)) {
      const drafts: ClaimDraft[] = runExtractor(extractor, doc);
      const outside = drafts.filter((d) => !(d.start >= 0 && d.start < d.end && d.end <= text.length));
      expect(outside.slice(0, 3), extractor.name).toEqual([]);
    }
  });

  test('the whole extraction ends, with valid claims', { timeout: TIMEOUT }, () => {
    expectValidClaims(doc, extractClaims(doc));
  });
});

test('a single-line article longer than the chunk chrono is given keeps every date at a sentence cut', () => {
  const sentences = Array.from({ length: 400 }, (_, i) => `Op ${(i % 28) + 1} maart 2024 vielen ${i + 10} doden in Idlib.`);
  const text = sentences.join(' ');
  expect(text.length).toBeGreaterThan(15_000);
  const doc = makeDocument(text, { lang: 'nl', date: '2024-03-30' });
  const claims = extractClaims(doc);
  expectValidClaims(doc, claims);
  expect(claims.filter((c) => c.kind === 'date').map((c) => c.text)).toEqual(sentences.map((_, i) => `${(i % 28) + 1} maart 2024`));
});
