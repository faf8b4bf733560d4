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
