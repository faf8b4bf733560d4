import rule from '../../src/rules/builtin/cross-article-conflict.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('cross-article-conflict', rule, {
  valid: [
    {
      // The Dutch and the English telling agree, across languages.
      documents: [
        { lang: 'nl', date: '2020-06-03', text: 'In Syrië vielen ongeveer 500 burgerdoden. Een miljoen mensen moesten hun huis verlaten.' },
        { lang: 'en', date: '2020-06-03', text: 'In Syria about 500 civilian deaths were recorded. One million people had to leave their homes.' },
      ],
    },
    {
      // A cumulative toll that grows is news, not a conflict.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
      ],
    },
    {
      // Different places are never compared.
      documents: [
        { lang: 'nl', date: '2021-07-16', text: 'In Limburg kwamen 23 mensen om.' },
        { lang: 'nl', date: '2021-07-16', text: 'In Luik kwamen 31 mensen om.' },
      ],
    },
    {
      // Snapshots on other days may differ.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'In Limburg seven people are missing.' },
        { lang: 'en', date: '2021-07-16', text: 'In Limburg two people are missing.' },
      ],
    },
    {
      // Articles further apart than the window (31 days) are about other events.
      documents: [
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
        { lang: 'en', date: '2024-01-05', text: 'Floods in Limburg have killed 4 people.' },
      ],
    },
    {
      // Different periods are not compared: last year's toll is not this week's.
      documents: [
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
        { lang: 'en', date: '2021-07-16', text: 'In 2020 floods in Limburg killed 4 people.' },
      ],
    },
    {
      // A lower figure that repeats the older toll is stale (stale-figure), not a shrinking toll.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
        { lang: 'nl', date: '2021-07-17', text: 'In Limburg kwamen 12 mensen om.' },
      ],
    },
  ],
  invalid: [
    {
      // A sentence naming the valley and the province matches one naming the province only.
      documents: [
        { lang: 'nl', date: '2021-07-16', text: 'In het dal van de Geul in Zuid-Limburg kwamen 23 mensen om.', id: 'nl.txt' },
        { lang: 'en', date: '2021-07-16', text: 'In Limburg the floods have killed 31 people.', id: 'en.txt' },
      ],
      errors: [{ messageId: 'conflict', text: ['23', '31'], message: 'matched on measure, place limburg (named in both sentences), same date' }],
    },
    {
      // A figure whose sentence names no place takes its article's place.
      documents: [
        { lang: 'en', date: '2021-07-16', text: 'Floods hit Limburg on Wednesday. The storm has killed 23 people.', id: 'wire.txt' },
        { lang: 'en', date: '2021-07-17', text: 'In Limburg the floods have killed 9 people.', id: 'late.txt' },
      ],
      errors: [{ messageId: 'shrank', text: ['9', '23'], message: 'place limburg (named in one sentence, the other article\'s main place), dates 1 day apart' }],
    },
    {
      documents: [
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.', id: 'wire.txt' },
        { lang: 'nl', date: '2021-07-16', text: 'In Limburg kwamen 31 mensen om.', id: 'draft.txt' },
      ],
      errors: [{ messageId: 'conflict', text: ['23', '31'], message: 'matched on measure, place limburg' }],
    },
    {
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 23 people.', id: 'day1.txt' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 12 people.', id: 'day2.txt' },
      ],
      errors: [{ messageId: 'shrank', text: ['12', '23'], message: 'only grows' }],
    },
  ],
});

import { expect, test } from 'vitest';
import { runRules } from '../../src/rules/engine.js';
import { extractClaims } from '../../src/extract/engine.js';
import { makeDocument } from '../helpers/documents.js';

test('a story told by many disagreeing articles gives findings in proportion to its figures, each figure in one', () => {
  const tolls = [11, 14, 19, 23, 27, 31, 35, 40];
  const documents = tolls.map((n, i) => {
    const doc = makeDocument(`Floods in Limburg have killed ${n} people.`, { lang: 'en', date: '2021-07-16', id: `wire-${i}.txt` });
    return { doc, claims: extractClaims(doc) };
  });
  const { findings } = runRules(documents, [rule]);
  // Every pair disagrees (28 pairs); what an editor needs is every figure flagged, not every pair.
  expect(findings.length).toBeLessThanOrEqual(tolls.length);
  const flagged = new Set(findings.flatMap((f) => f.locations.map((l) => l.document)));
  expect(flagged).toEqual(new Set(documents.map((d) => d.doc.id)));
});
