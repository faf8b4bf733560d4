import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

const dates = (text: string, lang: Lang) =>
  extractClaims(makeDocument(text, { lang, date: '2024-03-05' }))
    .filter((c) => c.kind === 'date')
    .map((c) => [c.text, c.value]);

// chrono reads only the text around a date cue; dates far into long sentences, several on one line,
// and phrases that chrono returns in two parts must still come out whole.
const FILLER = 'de hulporganisaties in de regio meldden dat de situatie in de getroffen dorpen onveranderd zorgelijk bleef en ';

test('a date at the end of a long sentence, and one in the next sentence on the same line', () => {
  expect(dates(`Volgens de VN ${FILLER.repeat(4)}dat sinds 3 februari. Op dinsdag 27 februari 2024 om 14.00 uur volgde een bestand.`, 'nl')).toEqual([
    ['3 februari', '2024-02-03'],
    ['dinsdag 27 februari 2024 om 14.00 uur', '2024-02-27'],
  ]);
});

test('a month with a relative year after it stays one date', () => {
  expect(dates(`Het ${FILLER}aantal lag in december vorig jaar nog lager.`, 'nl')).toEqual([['december vorig jaar', '2023-12']]);
  expect(dates('The number was lower in December last year, officials said.', 'en')).toEqual([['December last year', '2023-12']]);
});

test('relative dates and digit dates are cues too', () => {
  expect(dates('Vorige week meldde het ministerie 300 gevallen.', 'nl').map(([t]) => t)).toEqual(['Vorige week']);
  expect(dates('The report of 2024-02-12 lists 300 cases.', 'en')).toEqual([['2024-02-12', '2024-02-12']]);
  expect(dates('Yesterday the ministry reported 300 cases.', 'en')).toEqual([['Yesterday', '2024-03-04']]);
});

test('a sentence with no date cue yields no date', () => {
  expect(dates('De ministerie meldde 300 gevallen in 14 provincies.', 'nl')).toEqual([]);
});
