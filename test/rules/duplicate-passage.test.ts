import rule from '../../src/rules/builtin/duplicate-passage.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const P1 = 'De raids vonden in de nacht van dinsdag op woensdag plaats in het noordwesten.';
const P2 = 'Ze waren gericht tegen jihadistische groeperingen in de regio.';

runRuleTests('duplicate-passage', rule, {
  valid: [
    { lang: 'nl', text: `${P1} ${P2}` },
    // Short formulae may repeat: "Dat meldt de politie."
    { lang: 'nl', text: 'Er vielen twee doden. Dat meldt de politie. Later vielen er nog twee. Dat meldt de politie.' },
    { lang: 'en', text: 'Troops moved in on Monday. Troops moved out on Tuesday after the ceasefire was agreed.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'nl', text: `${P1} ${P2}\n\n${P1} ${P2}` }],
      errors: [{ messageId: 'repeated', text: [`${P1} ${P2}`, `${P1} ${P2}`], message: '2 sentence(s) repeats line 1' }],
    },
    {
      documents: [{ lang: 'en', text: 'The strikes took place at night in the north of the province.\n\nMore text here for the story today.\n\nThe strikes took place at night in the north of the province.' }],
      errors: [{ messageId: 'repeated', text: ['The strikes took place at night in the north of the province.', 'The strikes took place at night in the north of the province.'], message: 'repeats line 1' }],
    },
  ],
});
