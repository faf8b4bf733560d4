import rule from '../../src/rules/builtin/change-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('change-mismatch', rule, {
  valid: [
    { lang: 'nl', text: 'Sinds begin februari is het aantal gevallen gestegen van 120 naar 312, een toename met 192 of 160 procent.' },
    { lang: 'en', text: 'Since early February the number of cases has risen from 120 to 312, an increase of 192, or 160 percent.' },
    // Rounded: 5.5 to 7.2 is +30.9 %, "31 percent".
    { lang: 'en', text: 'Unemployment rose from 5.5 to 7.2 percent, a rise of 1.7 percentage points.' },
    { lang: 'nl', text: 'De omzet daalde van €4,2 miljard naar €3,9 miljard, een daling met 7 procent.' },
    // A figure after the change that is not its size: "in 12 gemeenten".
    { lang: 'nl', text: 'Het aantal gevallen steeg van 120 naar 312 in 12 gemeenten.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'en', text: 'Since early February the number of cases has risen from 120 to 312, an increase of 192, or 260 percent.' }],
      errors: [{ messageId: 'relative', text: ['260 percent', '120', '312'], message: 'that is 160 percent' }],
    },
    {
      documents: [{ lang: 'nl', text: 'Sinds begin februari is het aantal gevallen gestegen van 120 naar 312, een toename met 182 of 160 procent.' }],
      errors: [{ messageId: 'absolute', text: ['182', '120', '312'], message: 'that is 192' }],
    },
    {
      documents: [{ lang: 'en', text: 'Unemployment rose from 5.5 to 7.2 percent, a rise of 2.7 percentage points.' }],
      errors: [{ messageId: 'absolute', text: ['2.7 percentage points', '5.5', '7.2 percent'] }],
    },
    {
      // chrono reads "250 to 300 last year" as a time of day; that is no date, and the change is checked.
      documents: [{ lang: 'en', date: '2024-05-14', text: 'Bankruptcies rose from 250 to 300 last year, an increase of 50, or 30 percent.' }],
      errors: [{ messageId: 'relative', text: ['30 percent', '250', '300'], message: 'that is 20 percent' }],
    },
    {
      // Points said as percent: 10 % to 15 % is 5 points, or 50 percent.
      documents: [{ lang: 'nl', text: 'De werkloosheid steeg van 10 naar 15 procent, een stijging met 5 procent.' }],
      errors: [{ messageId: 'pointsAsPercent', text: ['5 procent', '10', '15 procent'], severity: 'warning' }],
    },
  ],
});
