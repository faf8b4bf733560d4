import rule from '../../src/rules/builtin/weekday-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('weekday-mismatch', rule, {
  valid: [
    { lang: 'nl', date: '2021-07-16', text: 'Op woensdag 14 juli trad de Geul buiten haar oevers.' },
    { lang: 'en', date: '2021-07-16', text: 'On Wednesday 14 July the Geul burst its banks.' },
    { lang: 'en', date: '2020-06-05', text: 'The talks resumed on Wednesday, June 3, 2020.' },
    // News announces what is coming: a weekday that fits next January names next January.
    { lang: 'en', date: '2023-11-09', text: 'The shareholders meet on Friday 5 January.' },
    { lang: 'nl', date: '2024-02-29', text: 'De cijfers volgen op dinsdag 12 maart.' },
    // A weekday in a list of weekdays is not the date's own: "Monday and Tuesday, March 4 and 5".
    { lang: 'en', date: '2024-03-01', text: 'The museum is closed on Monday and Tuesday, March 4 and 5.' },
    // A weekday alone has nothing to disagree with.
    { lang: 'nl', date: '2020-06', text: 'De raids vonden woensdag plaats.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', date: '2021-07-16', text: 'Op donderdag 14 juli trad de Geul buiten haar oevers.' }],
      errors: [{ messageId: 'mismatch', text: ['donderdag 14 juli'], message: 'says Thursday, but 2021-07-14 is a Wednesday' }],
    },
    {
      documents: [{ lang: 'en', date: '2021-07-16', text: 'On Thursday 14 July the Geul burst its banks.' }],
      errors: [{ messageId: 'mismatch', text: ['Thursday 14 July'] }],
    },
    {
      documents: [{ lang: 'en', text: 'The ceasefire began on Thursday, March 6, 2020.' }],
      errors: [{ messageId: 'mismatch', text: ["Thursday, March 6, 2020"] }],
    },
  ],
});
