import rule from '../../src/rules/builtin/inconsistent-number-format.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('inconsistent-number-format', rule, {
  valid: [
    { lang: 'nl', text: 'Een miljoen mensen vluchtten; 120.000 van hen keerden terug. Ook 25.000 anderen.' },
    { lang: 'en', text: 'One million people fled; 120,000 of them returned, and 25,000 others.' },
    // Small numbers are written without grouping in every style.
    { lang: 'nl', text: 'Er vielen 1200 doden en 25.000 gewonden.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', text: 'Een miljoen mensen vluchtten, maar 120,000 onder hen keerden terug.' }],
      errors: [{ messageId: 'foreign', text: ['120,000'], message: 'which groups with "."' }],
    },
    {
      documents: [{ lang: 'en', text: 'Some 25,000 people marched and 30,000 watched, while 120000 stayed home.' }],
      errors: [{ messageId: 'mixed', text: ['120000'] }],
    },
    {
      documents: [{ lang: 'nl', text: 'Er vluchtten 1 miljoen mensen, 2 miljoen bleven, en een miljoen trok naar het zuiden.' }],
      errors: [{ messageId: 'mixed', text: ['een miljoen'] }],
    },
  ],
});
