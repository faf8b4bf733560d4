import { expect, test } from 'vitest';
import type { ClaimKind } from '../../src/claims/types.js';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

interface Row {
  lang: Lang;
  input: string;
  /** [text, kind, value, unit?] per claim, in order; values compared to nine decimals. */
  claims: [string, ClaimKind, number, string?][];
}

/**
 * The number grammar (issue 3, the Recognizers number suite): one block of rows per failure class,
 * with rows where the same words in ordinary prose must make no (or another) claim.
 */
const rows: Row[] = [
  // Fractions in words: a numerator and an ordinal denominator.
  { lang: 'nl', input: 'Vijf achtste van de leden stemde voor.', claims: [['Vijf achtste', 'fraction', 0.625]] },
  { lang: 'nl', input: 'Het gaat om honderdduizend biljoensten.', claims: [['honderdduizend biljoensten', 'fraction', 1e-7]] },
  { lang: 'en', input: 'Five eighths of the members voted.', claims: [['Five eighths', 'fraction', 0.625]] },
  { lang: 'en', input: 'The result was one hundred thirty-fifths.', claims: [['one hundred thirty-fifths', 'fraction', 100 / 35]] },
  { lang: 'en', input: 'It was one hundred thirty two fifths.', claims: [['one hundred thirty two fifths', 'fraction', 132 / 5]] },
  // Dutch: the last word is the numerator, the words before it the whole ("twintig drie vijfde" = 20 3/5).
  { lang: 'nl', input: 'Het is twintig drie vijfde.', claims: [['twintig drie vijfde', 'count', 20.6]] },
  { lang: 'nl', input: 'Het is drieëntwintig vijfde.', claims: [['drieëntwintig vijfde', 'fraction', 4.6]] },
  { lang: 'nl', input: 'Het is een eenentwintigste.', claims: [['een eenentwintigste', 'fraction', 1 / 21]] },
  // ... with the article as numerator only before "van"/"of", at the end of a clause, or after a change.
  { lang: 'nl', input: 'Een achtste van de kiezers twijfelt.', claims: [['Een achtste', 'fraction', 0.125]] },
  { lang: 'en', input: 'Prices fell by a fifth.', claims: [['a fifth', 'fraction', 0.2]] },
  { lang: 'en', input: 'She won a fifth term in the third quarter.', claims: [] },
  { lang: 'nl', input: 'Zij haalde de achtste finale voor de vijfde keer.', claims: [] },
  { lang: 'en', input: 'The twenty-first rider finished two seconds later.', claims: [] },
  { lang: 'nl', input: 'Rond half acht vertrok de trein.', claims: [] },
  { lang: 'en', input: 'In the first three months.', claims: [['three months', 'duration', 3, 'month']] },
  { lang: 'en', input: 'The two millionth visitor came.', claims: [['two', 'count', 2]] },
  { lang: 'nl', input: 'Schade aan derden; honderdachtste op de lijst.', claims: [] },
  // Mixed numbers: a whole and a fraction ("and", "en"), and a fraction of a scale.
  { lang: 'nl', input: 'Het duurde drie en een kwart jaar.', claims: [['drie en een kwart jaar', 'duration', 3.25, 'year']] },
  { lang: 'nl', input: 'Het is honderddrie en twee derde.', claims: [['honderddrie en twee derde', 'count', 103 + 2 / 3]] },
  { lang: 'nl', input: 'Het aantal is vijf miljard en driekwart.', claims: [['vijf miljard en driekwart', 'count', 5.75e9]] },
  { lang: 'nl', input: 'De bevolking is 3 miljoen en een half.', claims: [['3 miljoen en een half', 'count', 3.5e6]] },
  { lang: 'en', input: 'It took one and a half years.', claims: [['one and a half years', 'duration', 1.5, 'year']] },
  { lang: 'en', input: 'The total is one hundred and three quarters.', claims: [['one hundred and three quarters', 'count', 100.75]] },
  { lang: 'en', input: 'There are five and a half million fish.', claims: [['five and a half million', 'count', 5.5e6]] },
  { lang: 'en', input: 'It is one billion and three quarters million.', claims: [['one billion and three quarters million', 'count', 1000750000]] },
  { lang: 'en', input: 'Some two thirds of a million people fled.', claims: [['two thirds of a million', 'count', 2e6 / 3]] },
  // "half", "een half": a number before a scale, after "and", at a clause end, or as a bounded share.
  { lang: 'en', input: 'More than half said yes.', claims: [['half', 'fraction', 0.5]] },
  { lang: 'en', input: 'It was a half-hearted effort by half-time.', claims: [] },
  { lang: 'nl', input: 'Een half uur later begon de halve finale.', claims: [] },
  { lang: 'nl', input: 'Een halve.', claims: [['Een halve', 'fraction', 0.5]] },
  // Fractions in digits: slash, mixed and vulgar; a date keeps "op 3/4".
  { lang: 'en', input: 'It rose 2  1/4 points, then -4/5.', claims: [['2  1/4', 'count', 2.25], ['-4/5', 'fraction', -0.8]] },
  { lang: 'nl', input: 'Het resultaat is ⅙ en soms ½.', claims: [['⅙', 'fraction', 1 / 6], ['½', 'fraction', 0.5]] },
  // Ratios: "1 op de 3", "één uit de 20", "1 in twenty-one"; a rate per 100,000 stays two figures.
  { lang: 'nl', input: 'Ruim 1 op de 3 huishoudens, één uit de 20 kinderen.', claims: [['1 op de 3', 'fraction', 1 / 3], ['één uit de 20', 'fraction', 0.05]] },
  { lang: 'en', input: 'It hits 1 in twenty-one people; he scored 2 in 10 minutes.', claims: [['1 in twenty-one', 'fraction', 1 / 21], ['2', 'count', 2]] },
  // Dozens and gros multiply the number right before them; alone they are no number.
  { lang: 'nl', input: 'Er waren driehonderd en twee dozijn eieren en een gros.', claims: [['driehonderd en twee dozijn', 'count', 324], ['een gros', 'count', 144]] },
  { lang: 'en', input: 'They sold 3 dozens and three dozens.', claims: [['3 dozens', 'count', 36], ['three dozens', 'count', 36]] },
  { lang: 'nl', input: 'Het gros van de dozen was leeg.', claims: [] },
  { lang: 'en', input: 'Dozens of people came.', claims: [['Dozens', 'count', 24]] },
  // Magnitude letters after digits; "5G", "4K", "3M" and labels ("7b") are names.
  { lang: 'en', input: 'I can give you 10M, or 2.33 k, or 10k, or 1.2b.', claims: [['10M', 'count', 1e7], ['2.33 k', 'count', 2330], ['10k', 'count', 1e4], ['1.2b', 'count', 1.2e9]] },
  { lang: 'nl', input: 'Het kost 10G of 2,33 k.', claims: [['10G', 'count', 1e10], ['2,33 k', 'count', 2330]] },
  { lang: 'en', input: 'She bought a 5G phone and a 4K TV from 3M in group 7b.', claims: [] },
  { lang: 'en', input: 'That target is US$ 1MM, or 10 bln, or 2mil.', claims: [['US$ 1MM', 'money', 1e6, 'USD'], ['10 bln', 'count', 1e10], ['2mil', 'count', 2e6]] },
  // Scientific notation.
  { lang: 'nl', input: 'Het is -127,32e13 of 1e10.', claims: [['-127,32e13', 'count', -1.2732e15], ['1e10', 'count', 1e10]] },
  { lang: 'en', input: 'It is 1.3x10^6 or 6.23x10^-4.', claims: [['1.3x10^6', 'count', 1.3e6], ['6.23x10^-4', 'count', 0.000623]] },
  // Negative numbers in words.
  { lang: 'nl', input: 'Het antwoord is min een.', claims: [['min een', 'count', -1]] },
  { lang: 'en', input: 'The answer is minus ninety - five hundred fifths.', claims: [['minus ninety - five hundred fifths', 'fraction', -1900]] },
  // A leading decimal separator, space and Indian grouping.
  { lang: 'nl', input: 'Het is ,08 of 1 234 567,89.', claims: [[',08', 'count', 0.08], ['1 234 567,89', 'count', 1234567.89]] },
  { lang: 'en', input: 'It is .5 or 12,34,567.89; call 0800 555 111.', claims: [['.5', 'count', 0.5], ['12,34,567.89', 'count', 1234567.89], ['555', 'count', 555], ['111', 'count', 111]] },
  // Long compounds of words, and digits with number words.
  { lang: 'nl', input: 'Het zijn tweehonderdvijfenzeventig mensen.', claims: [['tweehonderdvijfenzeventig', 'count', 275]] },
  { lang: 'en', input: 'One hundred and twenty-three thousand four hundred and fifty-six came.', claims: [['One hundred and twenty-three thousand four hundred and fifty-six', 'count', 123456]] },
  { lang: 'en', input: '4 thousand 3 hundred and 21 is a number.', claims: [['4 thousand 3 hundred and 21', 'count', 4321]] },
  { lang: 'nl', input: 'Het kabinet trok 1 miljard en 200 miljoen euro uit.', claims: [['1 miljard en 200 miljoen euro', 'money', 1.2e9, 'EUR']] },
  { lang: 'en', input: '3 hundred and 2 hundred are two.', claims: [['3 hundred', 'count', 300], ['2 hundred', 'count', 200], ['two', 'count', 2]] },
  { lang: 'en', input: 'They paid €40 million a day for 5 million during 20 years.', claims: [['€40 million', 'money', 4e7, 'EUR'], ['5 million', 'count', 5e6], ['20 years', 'duration', 20, 'year']] },
  { lang: 'en', input: 'The total is three lakh crore, or a hundred thousand million.', claims: [['three lakh crore', 'count', 3e12], ['a hundred thousand million', 'count', 1e11]] },
  // Spoken decimals, only before a unit, a function word or the clause end.
  { lang: 'en', input: 'Growth was two point five percent, or nought point eleven.', claims: [['two point five percent', 'percent', 2.5], ['nought point eleven', 'count', 0.11]] },
  { lang: 'nl', input: 'Het antwoord is min vijf komma vijf.', claims: [['min vijf komma vijf', 'count', -5.5]] },
  { lang: 'en', input: 'At one point four ministers resigned.', claims: [['four', 'count', 4]] },
  // The number word zero is a claim only when it counts people, like a negation.
  { lang: 'en', input: 'Zero deaths, zero tolerance, net zero, all for naught.', claims: [['Zero', 'count', 0]] },
];

test.for(rows)('$lang: $input', (row) => {
  const doc = makeDocument(row.input, { lang: row.lang, date: '2024-06-19' });
  const claims = extractClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => [c.text, c.kind, ...(c.unit ? [c.unit] : [])])).toEqual(row.claims.map(([text, kind, , unit]) => [text, kind, ...(unit ? [unit] : [])]));
  row.claims.forEach(([, , value], i) => expect(claims[i]!.value as number).toBeCloseTo(value, 9));
});
