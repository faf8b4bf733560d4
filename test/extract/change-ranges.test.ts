import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind low..high [unit]" per figure, in order. */
  figures: string[];
}

/**
 * "from A to B" is a change (two figures) unless the clause has already said where the change went:
 * then it is where the change came from, one range.
 */
const rows: Row[] = [
  {
    lang: 'en',
    input: 'The firm lowered its margin forecast to between 5.6 and 6.0 percent, from 6.5 to 7.5 percent previously.',
    figures: ['5.6 and 6.0 percent percent 5.6..6', '6.5 to 7.5 percent percent 6.5..7.5'],
  },
  { lang: 'en', input: 'It cut its outlook to €3 billion, from 4 to 5 billion euros.', figures: ['€3 billion money 3000000000..3000000000 EUR', '4 to 5 billion euros money 4000000000..5000000000 EUR'] },
  { lang: 'nl', input: 'Het bedrijf verlaagde de prognose naar 5,6 tot 6,0 procent, van 6,5 tot 7,5 procent eerder.', figures: ['5,6 tot 6,0 procent percent 5.6..6', '6,5 tot 7,5 procent percent 6.5..7.5'] },
  // Without a stated target, "from A to B" stays a change of two figures.
  { lang: 'en', input: 'Revenue fell from €1.2 billion to €900 million.', figures: ['€1.2 billion money 1200000000..1200000000 EUR', '€900 million money 900000000..900000000 EUR'] },
  { lang: 'en', input: 'Inflation rose from 6.5 to 7.5 percent, the statistics office said.', figures: ['6.5 percent 6.5..6.5', '7.5 percent percent 7.5..7.5'] },
  { lang: 'nl', input: 'Het CDA gaat van 15 naar 5 zetels.', figures: ['15 count 15..15', '5 count 5..5'] },
  // A qualifier or "gemiddeld" between "van"/"from" and the figure: still a change, sharing the unit.
  { lang: 'nl', input: 'De hypotheekrente daalde van gemiddeld 4,1 naar 3,7 procent.', figures: ['4,1 percent 4.1..4.1', '3,7 procent percent 3.7..3.7'] },
  { lang: 'en', input: 'Mortgage rates fell from an average of 4.1 to 3.7 percent.', figures: ['4.1 percent 4.1..4.1', '3.7 percent percent 3.7..3.7'] },
  { lang: 'en', input: 'Rates rose from about 3.7 to 4.1 percent.', figures: ['3.7 percent 3.33..4.07', '4.1 percent percent 4.1..4.1'] },
  // "to" and a figure, then "from" one figure: an ordinary change.
  { lang: 'en', input: 'Unemployment rose to 4.4 percent, from 4.2 percent.', figures: ['4.4 percent percent 4.4..4.4', '4.2 percent percent 4.2..4.2'] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc).filter((c) => c.kind !== 'date');
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => [c.text, c.kind, `${c.low}..${c.high}`, ...(c.unit ? [c.unit] : [])].join(' '))).toEqual(row.figures);
});
