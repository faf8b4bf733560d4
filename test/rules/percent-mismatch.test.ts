import rule from '../../src/rules/builtin/percent-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests('percent-mismatch', rule, {
  valid: [
    // 1 of 3 is 33.3 %: a rounded 33 % is right.
    { lang: 'en', text: 'One of the three candidates, or 33 percent, withdrew.' },
    { lang: 'nl', text: 'Van de 312 patiënten liggen er 41 in het ziekenhuis, dat is 13 procent.' },
    { lang: 'en', text: '41 of the 312 patients (13%) are in hospital.' },
    { lang: 'nl', text: '41 van de 312 patiënten (13,1 procent) liggen in het ziekenhuis.' },
    // The percentage in the next sentence is about something else: left alone.
    { lang: 'en', text: 'A total of 41 patients have been admitted to hospital, of whom nine are children. That is 13 percent of all cases.' },
    { lang: 'en', text: 'Three of the 8 respondents, or 37.5 percent, said yes.' },
    // A qualified percentage of a small base: 6 of 9 is more than 60 percent.
    { lang: 'en', text: 'More than 60 percent of the 9 justices agreed.' },
    { lang: 'nl', text: 'Meer dan 40 procent van de 7 leden stemde tegen.' },
    { lang: 'nl', text: 'Van de 8 ondervraagden zei 25 procent van de 8 ondervraagden ja.' },
  ],
  invalid: [
    {
      documents: [{ lang: 'en', text: '41 of the 312 patients (22%) are in hospital.' }],
      errors: [{ messageId: 'notTheRatio', text: ['22%', '41', '312'], message: 'that is 13.141 percent' }],
    },
    {
      documents: [{ lang: 'nl', text: '41 van de 312 patiënten (22 procent) liggen in het ziekenhuis.' }],
      errors: [{ messageId: 'notTheRatio', text: ['22 procent', '41', '312'] }],
    },
    {
      // "Van de 312 … er 41": one part of a total named first.
      documents: [{ lang: 'nl', text: 'Van de 312 patiënten liggen er 41 in het ziekenhuis, dat is 22 procent.' }],
      errors: [{ messageId: 'notTheRatio', text: ['22 procent', '41', '312'] }],
    },
    {
      documents: [{ lang: 'en', text: 'Of the 240 pupils, 36 failed the exam, or 25 percent.' }],
      errors: [{ messageId: 'notTheRatio', text: ['25 percent', '36', '240'] }],
    },
    {
      documents: [{ lang: 'en', text: 'One of the three candidates, or 40 percent, withdrew.' }],
      errors: [{ messageId: 'notTheRatio', text: ['40 percent', 'One', 'three'] }],
    },
    {
      // No whole number of 8 respondents is 37 %: 3 of 8 is 37.5 %, which rounds to 38 (a truncation: warning).
      documents: [{ lang: 'en', text: 'Of the survey, 37% of 8 respondents said yes.' }],
      errors: [{ messageId: 'noWholeCount', text: ['37%', '8'], severity: 'warning' }],
    },
    {
      documents: [{ lang: 'nl', text: 'In de peiling zei 30 procent van 8 ondervraagden ja.' }],
      errors: [{ messageId: 'noWholeCount', text: ['30 procent', '8'], message: '2.4 of 8' }],
    },
  ],
});
