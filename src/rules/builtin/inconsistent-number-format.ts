import type { Claim } from '../../claims/types.js';
import type { Lexicon } from '../../extract/lexicon.js';
import { memo } from '../../util/memo.js';
import { defineRule } from '../types.js';

type Style = 'grouped' | 'foreign-grouped' | 'ungrouped' | 'scale-digits' | 'scale-words';

/** How a figure writes a number of five digits or more, or a scale: the house style's or another's. */
function styleOf(text: string, lex: Lexicon): Style | null {
  const { grouped, foreign, scales } = stylePatterns(lex);
  if (grouped.test(text)) return 'grouped';
  // "120,000" in Dutch: a comma with exactly three digits reads as a decimal, but is meant as thousands.
  if (foreign.test(text)) return 'foreign-grouped';
  if (/\d{5,}/.test(text)) return 'ungrouped';
  if (scales.some((s) => text.toLowerCase().includes(s))) return /\d/.test(text) ? 'scale-digits' : 'scale-words';
  return null;
}

/** A lexicon's style patterns and scale words, built once (styleOf runs on every figure). */
const stylePatterns = (lex: Lexicon) =>
  memo(lex, 'number-styles', () => {
    const g = lex.groupSeparator === '.' ? '\\.' : ',';
    const other = lex.groupSeparator === '.' ? ',' : '\\.';
    return {
      grouped: new RegExp(`\\d${g}\\d{3}(?!\\d)`),
      foreign: new RegExp(`^\\D*\\d{1,3}(?:${other}\\d{3})+(?!\\d)`),
      scales: Object.keys(lex.scales).filter((s) => lex.scales[s]! >= 1e6),
    };
  });

const DESCRIBE: Record<Style, (lex: Lexicon) => string> = {
  grouped: (lex) => `thousands grouped with "${lex.groupSeparator}"`,
  'foreign-grouped': (lex) => `thousands grouped with "${lex.decimalSeparator}", the decimal mark in this language`,
  ungrouped: () => 'thousands not grouped',
  'scale-digits': () => 'a scale written with digits',
  'scale-words': () => 'a scale written with words',
};

/**
 * One article mixing number styles: "120.000" and "120,000" (the other language's grouping), "10.000"
 * and "25000", "1 miljoen" and "een miljoen". Each figure in the minority style is reported once.
 */
export default defineRule({
  meta: {
    id: 'inconsistent-number-format',
    severity: 'info',
    scope: 'document',
    docs: { description: 'One article mixes number styles' },
    messages: {
      foreign: '"{{text}}" has {{style}}; this article is in {{lang}}, which groups with "{{group}}".',
      mixed: '"{{text}}" has {{style}}, while {{count}} other figure(s) in this article have {{majority}} (e.g. "{{example}}").',
    },
  },
  create(context) {
    const styled: { claim: Claim; style: Style }[] = [];
    const add = (claim: Claim) => {
      const style = styleOf(claim.text, context.lexicon);
      if (style) styled.push({ claim, style });
    };
    return {
      count: add,
      money: add,
      quantity: add,
      'document:exit'() {
        const { doc } = context.document;
        const lex = context.lexicon;
        for (const { claim, style } of styled.filter((s) => s.style === 'foreign-grouped')) {
          context.report({
            messageId: 'foreign',
            data: { text: claim.text, style: DESCRIBE[style](lex), lang: doc.lang, group: lex.groupSeparator },
            claims: [{ claim, document: doc }],
          });
        }
        for (const pair of [['grouped', 'ungrouped'], ['scale-digits', 'scale-words']] as const) {
          const [a, b] = pair.map((s) => styled.filter((x) => x.style === s));
          if (!a?.length || !b?.length) continue;
          const [majority, minority] = a.length >= b.length ? [a, b] : [b, a];
          for (const { claim, style } of minority) {
            context.report({
              messageId: 'mixed',
              data: { text: claim.text, style: DESCRIBE[style](lex), count: majority.length, majority: DESCRIBE[majority[0]!.style](lex), example: majority[0]!.claim.text },
              claims: [{ claim, document: doc }],
            });
          }
        }
      },
    };
  },
});
