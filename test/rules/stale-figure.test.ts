import rule from '../../src/rules/builtin/stale-figure.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('stale-figure', rule, {
  valid: [
    {
      // A toll that keeps growing repeats nothing.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
        { lang: 'nl', date: '2021-07-17', text: 'In Limburg kwamen 25 mensen om.' },
      ],
    },
    {
      // The draft predates the higher figure: it was right when written.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'nl', date: '2021-07-15', text: 'In Limburg kwamen 12 mensen om.' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
      ],
    },
    {
      // Another place's higher toll makes nothing stale.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'nl', date: '2021-07-16', text: 'In Luik kwamen 23 mensen om.' },
        { lang: 'nl', date: '2021-07-17', text: 'In Limburg kwamen 12 mensen om.' },
      ],
    },
    {
      // A snapshot (missing) is not a running total.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'In Limburg seven people are missing.' },
        { lang: 'en', date: '2021-07-16', text: 'In Limburg nine people are missing.' },
        { lang: 'en', date: '2021-07-17', text: 'In Limburg seven people are still missing.' },
      ],
    },
    {
      // Articles months apart are about other events.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.' },
        { lang: 'en', date: '2021-12-01', text: 'Floods in Limburg have killed 12 people.' },
      ],
    },
  ],
  invalid: [
    {
      // Across languages: the Dutch draft repeats the English figure of two days ago.
      documents: [
        { lang: 'en', date: '2021-07-15', text: 'Floods in Limburg have killed 12 people.', id: 'day1.txt' },
        { lang: 'en', date: '2021-07-16', text: 'Floods in Limburg have killed 23 people.', id: 'day2.txt' },
        { lang: 'nl', date: '2021-07-17', text: 'In Limburg kwamen 12 mensen om.', id: 'draft.txt' },
      ],
      errors: [{ messageId: 'stale', text: ['12', '23', '12'], message: 'repeats the older figure of day1.txt (2021-07-15); day2.txt (2021-07-16) has a newer "23"' }],
    },
    {
      // An undated draft is checked against everything on record.
      documents: [
        { lang: 'nl', date: '2021-07-15', text: 'In Limburg kwamen twaalf mensen om.', id: 'day1.txt' },
        { lang: 'nl', date: '2021-07-16', text: 'In Limburg kwamen 23 mensen om.', id: 'day2.txt' },
        { lang: 'en', text: 'Floods in Limburg have killed 12 people.', id: 'draft.txt' },
      ],
      errors: [{ messageId: 'stale', text: ['12', '23', 'twaalf'], severity: 'info' }],
    },
  ],
});
