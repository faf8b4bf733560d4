import { expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** "text kind value qualifier [measure]" per claim, in order. */
  claims: string[];
}

/** The word "one" is the number 1 only where a reader takes it as a figure; elsewhere a pronoun. */
const rows: Row[] = [
  // After a qualifier of several words.
  { lang: 'en', input: 'Eight teams have lost at least one rider to illness.', claims: ['Eight count 8 exact', 'one count 1 at-least'] },
  { lang: 'en', input: 'More than one candidate withdrew.', claims: ['one count 1 more-than'] },
  // Before a noun for people or a measure, taking the measure of its clause.
  { lang: 'en', input: 'One man was killed and one woman was injured.', claims: ['One count 1 exact deaths', 'one count 1 exact injured'] },
  { lang: 'en', input: 'One person died and two were injured.', claims: ['One count 1 exact deaths', 'two count 2 exact injured'] },
  { lang: 'en', input: 'One dead, two injured.', claims: ['One count 1 exact deaths', 'two count 2 exact injured'] },
  // Before a unit or a percent word.
  { lang: 'en', input: 'Prices rose by one percent.', claims: ['one percent percent 1 exact prices'] },
  // "one of its three plants", "een van zijn drie": a part of the figure after it, whose measure it takes.
  { lang: 'en', input: 'It will cut 3,500 jobs and close one of its three plants.', claims: ['3,500 count 3500 exact jobs', 'one count 1 exact', 'three count 3 exact'] },
  { lang: 'nl', input: 'D66 verliest 15 van zijn 24 zetels.', claims: ['15 count 15 exact seats', '24 count 24 exact seats'] },
  // Alone before the end of its clause, as the last item of a list of figures.
  { lang: 'nl', input: 'In Valencia kwamen 155 mensen om, in Castilië-La Mancha twee en in Andalusië een.', claims: ['155 count 155 exact deaths', 'twee count 2 exact deaths', 'een count 1 exact deaths'] },
  { lang: 'en', input: 'Three died in Texas, two in Ohio and one.', claims: ['Three count 3 exact deaths', 'two count 2 exact deaths', 'one count 1 exact deaths'] },
  { lang: 'nl', input: 'Het was er weer een.', claims: [] },
  { lang: 'en', input: 'He got 5 votes under plan A.', claims: ['5 count 5 exact votes'] },
  // A pronoun, an idiom, "no one" (a zero claim only for people it counts): no figure 1.
  { lang: 'en', input: 'It is one of the largest swings to Labour at a by-election.', claims: [] },
  { lang: 'en', input: 'Officials urged people to get one before the winter; they live under one roof.', claims: [] },
  { lang: 'en', input: 'No one knows why one thing led to another.', claims: [] },
  { lang: 'en', input: 'No one was killed.', claims: ['No one count 0 exact deaths'] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => [c.text, c.kind, c.value, c.qualifier, ...(c.measure ? [c.measure] : [])].join(' '))).toEqual(row.claims);
});
