import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { NumericClaim } from '../../src/claims/types.js';
import type { Document, ReferenceDate } from '../../src/document/types.js';
import { windowIndex, withinWindow, type StoryFigure } from '../../src/rules/story-match.js';

const iso = (day: number) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

// An article's date: a day, a month or a year, or none.
const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 900 }).map((d): ReferenceDate => ({ value: iso(d), low: iso(d), high: iso(d), grain: 'day' })),
  fc.integer({ min: 0, max: 29 }).map((m): ReferenceDate => {
    const [low, high] = [new Date(Date.UTC(2020, m, 1)), new Date(Date.UTC(2020, m + 1, 0))].map((d) => d.toISOString().slice(0, 10));
    return { value: low!.slice(0, 7), low: low!, high: high!, grain: 'month' };
  }),
  fc.integer({ min: 2019, max: 2022 }).map((y): ReferenceDate => ({ value: String(y), low: `${y}-01-01`, high: `${y}-12-31`, grain: 'year' })),
);

const figureOn = (date: ReferenceDate | null, i: number): StoryFigure => ({
  key: i,
  claim: { id: `c${i}` } as NumericClaim,
  doc: { id: `d${i}`, path: `d${i}`, text: '', prose: '', bodyStart: 0, lang: 'nl', date } as Document,
  places: ['limburg'],
  placeNamed: false,
});

test('windowIndex gives, for every figure, exactly the figures withinWindow keeps, in bucket order', () => {
  fc.assert(
    fc.property(fc.array(date, { maxLength: 60 }), fc.integer({ min: 0, max: 90 }), (dates, windowDays) => {
      const bucket = dates.map(figureOn);
      const nearTo = windowIndex(bucket, windowDays);
      bucket.forEach((figure, position) => {
        const expected = bucket.flatMap((other, i) => (withinWindow(other.doc, figure.doc, windowDays) ? [i] : []));
        expect([...nearTo(position)]).toEqual(expected);
      });
    }),
    { numRuns: 300 },
  );
});
