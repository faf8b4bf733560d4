import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind value low..high qualifier [unit]" per claim, in order. */
  claims: string[];
}

/** Dutch "een meter of tien": about ten metres, one figure; not "een meter" and a bare "tien". */
const rows: Row[] = [
  { lang: 'nl', input: 'Het water steeg een meter of twee.', claims: ['een meter of twee quantity 2 1..3 about m'] },
  { lang: 'nl', input: 'Het duurde een week of drie.', claims: ['een week of drie duration 3 2..4 about week'] },
  { lang: 'nl', input: 'Er vielen een stuk of tien doden.', claims: ['een stuk of tien count 10 9..11 about'] },
  { lang: 'nl', input: 'Een kaartje kost een euro of twintig.', claims: ['een euro of twintig money 20 18..22 about EUR'] },
  // "of" between two figures is still a choice: "een of twee", "1 of 2 meter".
  { lang: 'nl', input: 'Er vielen een of twee doden.', claims: ['twee count 2 2..2 exact'] },
  // English "a mile or two" is one to two miles, not about two: no such reading.
  { lang: 'en', input: 'The river rose a metre or two.', claims: ['a metre quantity 1 1..1 exact m', 'two count 2 2..2 exact'] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => [c.text, c.kind, c.value, `${c.low}..${c.high}`, c.qualifier, ...(c.unit ? [c.unit] : [])].join(' '))).toEqual(row.claims);
});

test.for([
  // "of" between two figures is a choice, not this phrase.
  { lang: 'nl' as const, input: 'Er vielen een of twee doden.' },
  // English "a mile or two" is one to two miles, not about two: English has no such phrase.
  { lang: 'en' as const, input: 'The river rose a metre or two.' },
])('$lang: no approximate figure in "$input"', ({ lang, input }) => {
  const claims = extractClaims(makeDocument(input, { lang, date: '2024-06-19' }));
  expect(claims.filter((c) => c.qualifier === 'about').map((c) => c.text)).toEqual([]);
});
