import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

/**
 * Inputs that once made extraction quadratic (runs of number words, of dots, of figures): they must end,
 * with every span intact. The suite's timeout guards against a hang; speed itself is `npm run bench`'s.
 */
test.for([
  ['"a " × 5000', 'en', 'a '.repeat(5000)],
  ['"een twee " × 2500', 'nl', 'een twee '.repeat(2500)],
  ['"." × 40000', 'en', '.'.repeat(40000)],
  ['"1 " × 10000', 'en', '1 '.repeat(10000)],
  ['"5, " × 8000', 'nl', '5, '.repeat(8000)],
  ['"ongeveer " × 5000', 'nl', 'ongeveer '.repeat(5000) + '500 doden'],
  ['5000 nines', 'en', '9'.repeat(5000)],
  ['"1.000." × 5000', 'nl', '1.000.'.repeat(5000)],
] as const)('%s', ([, lang, text]) => {
  const doc = makeDocument(text, { lang: lang as Lang, date: '2024-03-05' });
  for (const claim of extractClaims(doc)) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
});
