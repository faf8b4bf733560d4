import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { convert } from '../../src/util/math.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind value unit" per quantity or money claim, in order. */
  claims: string[];
}

const rows: Row[] = [
  // The article before a unit it quantifies is one of it.
  { lang: 'nl', input: 'Het waterpeil van de Maas steeg met bijna een meter.', claims: ['een meter quantity 1 m'] },
  { lang: 'nl', input: 'Een ha is gelijk aan tienduizend m².', claims: ['Een ha quantity 1 hectare', 'tienduizend m² quantity 10000 m^2'] },
  { lang: 'nl', input: 'Een are is gelijk aan honderd m2.', claims: ['Een are quantity 1 are', 'honderd m2 quantity 100 m^2'] },
  { lang: 'en', input: 'The river rose by almost a metre.', claims: ['a metre quantity 1 m'] },
  // ... not where the article makes an idiom of it ("een ton" is €100.000), nor inside a compound.
  { lang: 'nl', input: 'Hij verdient een ton en staat met een voet in het graf.', claims: [] },
  { lang: 'nl', input: 'Het kabinet wil een kilometerheffing invoeren.', claims: [] },
  { lang: 'en', input: 'She has a degree in law and won by a mile, without giving an inch.', claims: [] },
  // Light years.
  { lang: 'nl', input: 'Deze planeet staat twintig lichtjaar van ons vandaan.', claims: ['twintig lichtjaar quantity 20 lightyear'] },
  { lang: 'en', input: 'The star is 20 light years away.', claims: ['20 light years quantity 20 lightyear'] },
  // "pond" / "pounds" is a weight near a word of weighing, else the pound sterling.
  { lang: 'nl', input: 'En deze baby is meer dan twee pond.', claims: ['twee pond quantity 2 pond'] },
  { lang: 'nl', input: 'Hij woog 180 pond.', claims: ['180 pond quantity 180 pond'] },
  { lang: 'en', input: 'And this baby is over two pounds.', claims: ['two pounds quantity 2 lb'] },
  { lang: 'nl', input: 'Britse reizigers riskeren een boete van 1.000 pond.', claims: ['1.000 pond money 1000 GBP'] },
  { lang: 'nl', input: 'De cacaoprijs steeg naar 8.000 pond per ton.', claims: ['8.000 pond money 8000 GBP'] },
  { lang: 'en', input: 'The fine is 1,000 pounds. She weighed her options.', claims: ['1,000 pounds money 1000 GBP'] },
  { lang: 'en', input: 'Heavy losses of 25 million pounds weighed on profits.', claims: ['25 million pounds money 25000000 GBP'] },
  { lang: 'nl', input: 'Zware verliezen van 300 pond drukten de winst.', claims: ['300 pond money 300 GBP'] },
  // Energy (held-out article en/18): kilowatt-hours and their multiples.
  { lang: 'en', input: 'A typical home uses 2,700 kWh of electricity and 11,500 kilowatt-hours of gas; wind gave 14.2 TWh.', claims: ['2,700 kWh quantity 2700 kWh', '11,500 kilowatt-hours quantity 11500 kWh', '14.2 TWh quantity 14.2 TWh'] },
  { lang: 'nl', input: 'Een huishouden verbruikt 2.700 kWh, ofwel 2.700 kilowattuur.', claims: ['2.700 kWh quantity 2700 kWh', '2.700 kilowattuur quantity 2700 kWh'] },
  // In English a pond is water: no unit.
  { lang: 'en', input: 'The baby ducks swam across 3 ponds.', claims: [] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc).filter((c) => c.kind === 'quantity' || c.kind === 'money');
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => `${c.text} ${c.kind} ${c.value} ${c.unit}`)).toEqual(row.claims);
});

test('the extra units convert: the are, the light year, the Dutch pound of 500 g', () => {
  expect(convert(1, 'are', 'm^2')).toBeCloseTo(100);
  expect(convert(1, 'lightyear', 'km')).toBeCloseTo(9.4607304725808e12, -3);
  expect(convert(2, 'pond', 'kg')).toBeCloseTo(1);
  expect(convert(1, 'lb', 'kg')).toBeCloseTo(0.45359237);
});
