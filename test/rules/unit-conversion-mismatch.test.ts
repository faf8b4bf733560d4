import rule from '../../src/rules/builtin/unit-conversion-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('unit-conversion-mismatch', rule, {
  valid: [
    { lang: 'en', text: 'The wall is 2.5 metres (8 ft) high.' },
    { lang: 'en', text: 'The storm brought gusts of 145 km/h (90 mph).' },
    { lang: 'nl', text: 'De weg is 10 mijl (16 kilometer) lang.' },
    { lang: 'nl', text: 'Het werd 30 graden (86 °F) in Maastricht.' },
    { lang: 'en', text: 'The route is 10 miles (about 16 km) long.' },
    // Currencies only against a rate the article states.
    { lang: 'nl', text: 'Het contract is €100 miljoen (108 miljoen dollar) waard, tegen een koers van 1,08 dollar per euro.' },
    { lang: 'en', text: 'The deal is worth €100 million ($150 million), analysts said.' },
    // Two figures in brackets that are no conversion: "10 km (the first stage)".
    { lang: 'en', text: 'Runners covered 10 km (the first stage) and then 5 km more.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'en', text: 'The road is 10 miles (20 km) long.' }],
      errors: [{ messageId: 'wrong', text: ['20 km', '10 miles'], message: 'that is 15.289 to 16.898 km' }],
    },
    {
      documents: [{ lang: 'nl', text: 'De dijk is 2,5 meter (12 voet) hoog.' }],
      errors: [{ messageId: 'wrong', text: ['12 voet', '2,5 meter'] }],
    },
    {
      documents: [{ lang: 'nl', text: 'Het contract is €100 miljoen (150 miljoen dollar) waard, tegen een koers van 1,08 dollar per euro.' }],
      errors: [{ messageId: 'wrong', text: ['150 miljoen dollar', '€100 miljoen'] }],
    },
    {
      documents: [{ lang: 'en', text: 'The deal is worth €100 million ($150 million) at an exchange rate of $1.08 to the euro.' }],
      errors: [{ messageId: 'wrong', text: ['$150 million', '€100 million'], message: 'that is 102600000 to 113400000 USD' }],
    },
    {
      documents: [{ lang: 'en', text: 'It was 30 degrees Celsius (100 °F) in London.' }],
      errors: [{ messageId: 'wrong', text: ['100 °F', '30 degrees Celsius'] }],
    },
  ],
});
