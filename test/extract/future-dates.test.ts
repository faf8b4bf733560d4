import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text value" per date claim. */
  dates: string[];
}

/** Article date: Thursday 18 July 2024. A weekday or month without a year reads as the latest one before, unless the wording says it is ahead. */
const rows: Row[] = [
  // A verb of a schedule in the present tense right before the date.
  { lang: 'en', input: 'The race ends on Sunday in Nice.', dates: ['Sunday 2024-07-21'] },
  { lang: 'en', input: 'The festival takes place in August.', dates: ['August 2024-08'] },
  { lang: 'nl', input: 'De Tour eindigt zondag in Nice.', dates: ['zondag 2024-07-21'] },
  { lang: 'nl', input: 'Het festival vindt plaats in augustus.', dates: ['augustus 2024-08'] },
  // ... in the past tense, or not right before the date, it stays in the past.
  { lang: 'en', input: 'The race ended on Sunday in Nice.', dates: ['Sunday 2024-07-14'] },
  { lang: 'en', input: 'The truce that ends the fighting was signed on Sunday.', dates: ['Sunday 2024-07-14'] },
  { lang: 'nl', input: 'De Tour eindigde zondag in Nice.', dates: ['zondag 2024-07-14'] },
  { lang: 'nl', input: 'Na een slechte start in maart herstelde de beurs.', dates: ['maart 2024-03'] },
  // The odds of something are ahead of the article.
  { lang: 'en', input: 'Financial markets see about a 60 percent chance of a cut in August.', dates: ['August 2024-08'] },
  { lang: 'nl', input: 'De markten zien 60 procent kans op een renteverlaging in augustus.', dates: ['augustus 2024-08'] },
  { lang: 'en', input: 'Rates were cut in August.', dates: ['August 2023-08'] },
  // "I'll", "we’ll" speak of the future; "this" keeps the month of the article's year.
  { lang: 'en', input: "\"We'll start building from August to October,\" he said.", dates: ['August to October 2024-08'] },
  { lang: 'en', input: "I'll be out this September.", dates: ['September 2024-09'] },
  { lang: 'en', input: "I'll be out this June.", dates: ['June 2024-06'] },
  // A quarter placed against the article stays where it is after a future cue.
  { lang: 'en', input: 'The company will report results for last quarter.', dates: ['last quarter 2024-04'] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-07-18' });
  const claims = extractClaims(doc).filter((c) => c.kind === 'date');
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => `${c.text} ${c.value}`)).toEqual(row.dates);
});

// The end offsets are where a claim can start: after a space (a slice that cuts "zalm" would find "zal").
test('a future cue between two offsets is found as in the sliced text, from a search made once per start', async () => {
  const { futureCueBetween, futureCueIn } = await import('../../src/extract/future-dates.js');
  const { lexicon } = await import('../../src/extract/nl/lexicon.js');
  const text = 'Het kabinet besloot in maart dat het zal ingrijpen in mei en juni; de zalm bleef.';
  for (const from of [0, 10, 36, 40]) {
    for (let to = from; to <= text.length; to += 1) if (text[to - 1] === ' ') expect(futureCueBetween(lexicon, text, from, to), `${from}..${to}`).toBe(futureCueIn(lexicon, text.slice(from, to)));
  }
});
