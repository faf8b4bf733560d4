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
  ],
  invalid: [
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
