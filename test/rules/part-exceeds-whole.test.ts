import rule from '../../src/rules/builtin/part-exceeds-whole.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('part-exceeds-whole', rule, {
  valid: [
    { lang: 'nl', date: '2020-06', text: 'Een miljoen mensen moesten hun woonplaats verlaten, maar 120.000 onder hen konden intussen terugkeren.' },
    { lang: 'en', date: '2020-06', text: 'One million people had to leave their homes, and 120,000 of them have since returned.' },
    { lang: 'nl', text: 'Bij de overstromingen kwamen 23 mensen om, van wie vier kinderen.' },
    { lang: 'en', text: 'Police arrested 38 people, among them five minors.' },
    // "ongeveer 1.000" may be 1.050: a part of 1.020 is no contradiction.
    { lang: 'nl', text: 'Ongeveer 1.000 mensen sloegen op de vlucht, van wie 1.020 inmiddels zijn teruggekeerd.' },
    // Different events in sentences far apart: a sub-measure is not compared.
    { lang: 'en', text: 'The raid killed 5 people. The army moved in. The city was quiet. The war has caused 500 civilian deaths since 2015.' },
    // "this year" scopes only its own clause, not the one-off toll before it.
    { lang: 'en', date: '2024-05-14', text: 'The air strike on the market killed 12 people, and the monitor says 45 civilian deaths have been recorded in the province this year.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', date: '2020-06', text: 'Een miljoen mensen moesten hun woonplaats verlaten, maar 1.200.000 onder hen konden intussen terugkeren.' }],
      errors: [{ messageId: 'tooBig', text: ['1.200.000', 'Een miljoen'], message: 'returned (line 1) is more than the "Een miljoen" displaced' }],
    },
    {
      documents: [{ lang: 'en', date: '2020-06', text: 'One million people had to leave their homes, and 1,200,000 of them have since returned.' }],
      errors: [{ messageId: 'tooBig', text: ['1,200,000', 'One million'] }],
    },
    {
      documents: [{ lang: 'en', text: 'A total of 41 patients have been admitted to hospital, of whom 49 are children.' }],
      errors: [{ messageId: 'tooBig', text: ['49', '41'] }],
    },
    {
      // "van wie er 17": the Dutch "er" between the cue and the figure.
      documents: [{ lang: 'nl', text: 'Bij de ontploffing raakten 14 mensen gewond, van wie er 17 zwaargewond.' }],
      errors: [{ messageId: 'tooBig', text: ['17', '14'] }],
    },
    {
      documents: [{ lang: 'nl', text: 'De politie arresteerde 38 mensen, onder wie 45 minderjarigen.' }],
      errors: [{ messageId: 'tooBig', text: ['45', '38'] }],
    },
    {
      // Only the rounding of "1 miljoen" could make this fit: one level lower.
      documents: [{ lang: 'nl', text: 'Een miljoen mensen sloegen op de vlucht; 1.040.000 onder hen zijn teruggekeerd.' }],
      errors: [{ messageId: 'tooBig', text: ['1.040.000', 'Een miljoen'], severity: 'warning' }],
    },
    {
      documents: [{ lang: 'en', text: 'The fighting killed 300 people, the monitor said, and caused 450 civilian deaths.' }],
      errors: [{ messageId: 'subMeasure', text: ['450', '300'], severity: 'warning' }],
    },
  ],
});
