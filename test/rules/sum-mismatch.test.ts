import rule from '../../src/rules/builtin/sum-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('sum-mismatch', rule, {
  valid: [
    { lang: 'nl', text: 'Van de 312 gevallen werden er 180 vastgesteld in Antwerpen, 97 in Mechelen en 35 in Turnhout.' },
    { lang: 'en', text: 'Of the 312 cases, 180 were recorded in Antwerp, 97 in Mechelen and 35 in Turnhout.' },
    { lang: 'en', text: 'The blast killed 11 people, including 5 soldiers and 6 civilians.' },
    // "waaronder" lists some parts: fewer than the total is fine.
    { lang: 'nl', text: 'Bij de aanslag vielen 23 doden, waaronder vier kinderen en twee agenten.' },
    // Rounded parts of a rounded total: "about 1,000" may well be 980 + 30.
    { lang: 'en', text: 'Of the roughly 1,000 people evacuated, 980 returned home and about 30 stayed with relatives.' },
    // "Van de 20" names some victims; a selection need not add up.
    { lang: 'nl', text: 'Van de 20 slachtoffers waren er 5 kinderen en 3 vrouwen.' },
    { lang: 'en', text: 'Of the 20 victims, 5 were children and 3 were women.' },
    // Goals and assists are not what the total counts.
    { lang: 'nl', text: 'Hij scoorde 2 goals en gaf 3 assists, 14 goals in totaal dit seizoen.' },
    // Two figures side by side without a list: not a sum.
    { lang: 'nl', text: 'Van de 312 gevallen werden er 180 vastgesteld in Antwerpen. In Gent zijn er 40.' },
  ],
  invalid: [
    {
      // "Van de 312" names some of them: together they may not be more.
      documents: [{ lang: 'nl', text: 'Van de 312 gevallen werden er 180 vastgesteld in Antwerpen, 97 in Mechelen en 53 in Turnhout.' }],
      errors: [{ messageId: 'partsExceed', text: ['312', '180', '97', '53'], message: '180 + 97 + 53 = 330' }],
    },
    {
      documents: [{ lang: 'en', text: 'Of the 312 cases, 180 were recorded in Antwerp, 97 in Mechelen and 53 in Turnhout.' }],
      errors: [{ messageId: 'partsExceed', text: ['312', '180', '97', '53'] }],
    },
    {
      documents: [{ lang: 'nl', text: 'Er vielen in totaal 11 doden: 5 soldaten en 7 burgers.' }],
      errors: [{ messageId: 'notTheSum', text: ['11', '5', '7'], message: 'off by 1' }],
    },
    {
      documents: [{ lang: 'en', text: '5 soldiers and 7 civilians died, 11 people in total.' }],
      errors: [{ messageId: 'notTheSum', text: ['11', '5', '7'] }],
    },
    {
      documents: [{ lang: 'nl', text: 'Bij de aanslag vielen 10 doden, waaronder zes kinderen en vijf agenten.' }],
      errors: [{ messageId: 'partsExceed', text: ['10', 'zes', 'vijf'], message: 'zes + vijf = 11' }],
    },
  ],
});
