import rule from '../../src/rules/builtin/conflicting-figures.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('conflicting-figures', rule, {
  valid: [
    { lang: 'nl', text: 'In Valkenburg kwamen 23 mensen om. De burgemeester sprak over de 23 doden in Valkenburg.' },
    { lang: 'en', text: 'In Valkenburg 23 people died. The mayor spoke of the 23 dead in Valkenburg.' },
    // A change over time is reported, not a conflict.
    { lang: 'nl', text: 'In Valkenburg kwamen 23 mensen om. Het dodental in Valkenburg steeg eerder deze week van 12 naar 23 doden.' },
    { lang: 'en', text: 'In Valkenburg 23 people died. Earlier in the week the toll in Valkenburg stood at 12 dead.' },
    // Another event: "a second crash".
    { lang: 'en', text: 'Three people died in the first crash on the A1. In a second crash, two people died.' },
    // Different places.
    { lang: 'nl', text: 'In Valkenburg kwamen 23 mensen om. In Luik vielen 12 doden.' },
    // Rounded and exact: "ongeveer 500" and 487 agree.
    { lang: 'en', text: 'In Idlib about 500 civilian deaths were recorded. The monitor listed 487 civilian deaths in Idlib.' },
    // Parts are compared by part-exceeds-whole, not here.
    { lang: 'en', text: 'Floods in Limburg killed 23 people, including four children. Four children were among the dead in Limburg.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'en', text: 'Floods in Limburg have killed 23 people. "Our thoughts are with the families of the 31 dead," the governor of Limburg said.' }],
      errors: [{ messageId: 'conflict', text: ['31', '23'], message: 'deaths (line 1) disagrees with "23" (line 1)' }],
    },
    {
      documents: [{ lang: 'nl', text: 'In Limburg kwamen 23 mensen om.\n\nDe gouverneur van Limburg sprak over 31 doden.' }],
      errors: [{ messageId: 'conflict', text: ['31', '23'] }],
    },
    {
      // 1.050.000 is outside "een miljoen" read exactly, inside it read as rounded: one level lower.
      documents: [{ lang: 'nl', text: 'In Syrië moesten een miljoen mensen hun huis verlaten. In Syrië zijn 1.040.000 mensen op de vlucht geslagen.' }],
      errors: [{ messageId: 'conflict', text: ['1.040.000', 'een miljoen'], severity: 'info' }],
    },
  ],
});
