import rule from '../../src/rules/builtin/duration-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('duration-mismatch', rule, {
  valid: [
    // The founding example's pair: three months since early March, in an article of June.
    {
      lang: 'nl', date: '2020-06',
      text: 'Rusland voerde voor het eerst in drie maanden raids uit. Het was de eerste maal sinds begin maart dat er bommen vielen.',
    },
    {
      lang: 'en', date: '2020-06-03',
      text: 'Russia carried out raids for the first time in three months. It was the first time since early March that bombs fell.',
    },
    { lang: 'nl', date: '2023-11-09', text: 'De havenarbeiders staken al twee weken. De staking begon op donderdag 26 oktober.' },
    { lang: 'en', date: '2021-07-16', text: 'It has been raining in the region for three days, since Tuesday 13 July.' },
    // A "since" date about something else, in another sentence, is not paired.
    { lang: 'nl', date: '2020-06', text: 'Het conflict woedt sinds december vorig jaar. De raids waren de eerste in drie maanden.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', date: '2023-11-09', text: 'De havenarbeiders staken al twee weken. De staking begon op donderdag 5 oktober.' }],
      errors: [{ messageId: 'mismatch', text: ['twee weken', 'donderdag 5 oktober'], message: 'is 35 days (5.0 weeks)' }],
    },
    {
      documents: [{ lang: 'en', date: '2021-07-16', text: 'It has been raining in the region for three days, since Tuesday 6 July.' }],
      errors: [{ messageId: 'mismatch', text: ['three days', 'Tuesday 6 July'] }],
    },
    {
      documents: [{ lang: 'nl', date: '2020-06', text: 'Rusland voerde voor het eerst in drie maanden raids uit. Het was de eerste maal sinds begin januari dat er bommen vielen.' }],
      errors: [{ messageId: 'mismatch', text: ['drie maanden', 'begin januari'] }],
    },
  ],
});
