import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind value [unit]" per duration claim, in order. */
  durations: string[];
}

const rows: Row[] = [
  // A time word that is a multiple of a unit: "a decade" is 10 years, "a fortnight" 2 weeks.
  { lang: 'en', input: 'Uptake fell to its lowest level in more than a decade.', durations: ['a decade duration 10 year'] },
  { lang: 'en', input: 'The dispute has lasted two decades and a fortnight.', durations: ['two decades duration 20 year', 'a fortnight duration 2 week'] },
  { lang: 'nl', input: 'De vaccinatiegraad is de laagste in meer dan een decennium.', durations: ['een decennium duration 10 year'] },
  { lang: 'nl', input: 'De brug staat er al twee eeuwen.', durations: ['twee eeuwen duration 200 year'] },
  // Not in English: a "century" is also 100 in snooker and cricket.
  { lang: 'en', input: 'The tournament produced a record 86 century breaks, and Root scored a century.', durations: [] },
  // "a year earlier" after a figure is a span back, not a rate.
  { lang: 'en', input: 'Petrol stood at £1.62 a litre, down from £1.62 a year earlier.', durations: ['a year duration 1 year'] },
  { lang: 'nl', input: 'Er kwamen 94 patiënten, tegen 71 een week eerder.', durations: ['een week duration 1 week'] },
  // ... while after a figure without such a word it stays a rate.
  { lang: 'en', input: 'The army spends €40 million a day on fuel; he earns £30,000 a year before tax.', durations: [] },
  { lang: 'nl', input: 'De staking kost €40 miljoen per dag en 2 miljoen een week.', durations: [] },
  // A time unit joined by a hyphen: "a 16-year high", "a two-day visit"; an age stays an age.
  { lang: 'en', input: 'Rates are at a 16-year high after a two-day meeting and a 24-hour strike.', durations: ['16-year duration 16 year', 'two-day duration 2 day', '24-hour duration 24 hour'] },
  { lang: 'en', input: 'A 16-year-old boy was among the Six-Day War veterans.', durations: [] },
  // "14 years of Conservative government": a period, not an event name; "24 uur van Le Mans" still is one.
  { lang: 'en', input: 'Labour won, ending 14 years of Conservative government.', durations: ['14 years duration 14 year'] },
  { lang: 'nl', input: 'Na veertien jaar van Rutte komt er een nieuwe premier.', durations: ['veertien jaar duration 14 year'] },
  { lang: 'nl', input: 'De 24 uur van Le Mans wordt zonder publiek verreden.', durations: [] },
  { lang: 'en', input: 'The 24 Hours of Le Mans will be held without spectators.', durations: [] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.filter((c) => c.kind === 'duration').map((c) => `${c.text} ${c.kind} ${c.value} ${c.unit}`)).toEqual(row.durations);
});
