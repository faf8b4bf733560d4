import rule from '../../src/rules/builtin/age-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('age-mismatch', rule, {
  valid: [
    { lang: 'nl', date: '2024-03-05', text: 'De 42-jarige man, geboren in 1981, werd opgepakt.' },
    // Born in 1981: 42 before the birthday, 43 after it.
    { lang: 'nl', date: '2024-11-05', text: 'De 43-jarige man, geboren in 1981, werd opgepakt.' },
    { lang: 'en', date: '2024-03-05', text: 'A four-year-old boy, born on 3 May 2019, was found safe.' },
    // The birth year in the sentence before is someone else's.
    { lang: 'en', date: '2024-03-05', text: 'His father, born in 1930, was a farmer. The 41-year-old son is taking over.' },
    // An age without a birth date has nothing to disagree with.
    { lang: 'en', date: '2024-03-05', text: 'A 67-year-old man died.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', date: '2024-03-05', text: 'De 42-jarige man, geboren in 1975, werd opgepakt.' }],
      errors: [{ messageId: 'mismatch', text: ['42-jarige', '1975'], message: 'on 2024-03-05 that is 48 or 49' }],
    },
    {
      documents: [{ lang: 'en', date: '2024-03-05', text: 'A six-year-old boy, born on 3 May 2019, was found safe.' }],
      errors: [{ messageId: 'mismatch', text: ['six-year-old', '3 May 2019'], message: 'that is 4' }],
    },
    {
      // An age between commas, and a birth date with the verb after it.
      documents: [{ lang: 'en', date: '2024-05-14', text: 'The mayor, 58, resigned on Tuesday. He was born in 1972 in Leeds.' }],
      errors: [{ messageId: 'mismatch', text: ['58', '1972'], message: 'that is 51 or 52' }],
    },
    {
      documents: [{ lang: 'nl', date: '2024-05-14', text: 'Hij overleed op 58-jarige leeftijd. Hij werd op 2 maart 1972 geboren.' }],
      errors: [{ messageId: 'mismatch', text: ['58-jarige', '2 maart 1972'] }],
    },
  ],
});
