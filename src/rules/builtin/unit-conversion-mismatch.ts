import type { NumericClaim } from '../../claims/types.js';
import { overlaps, widen } from '../../util/interval.js';
import { memo } from '../../util/memo.js';
import { convert } from '../../util/math.js';
import { formatInterval } from '../format.js';
import { gap } from '../text.js';
import type { Lexicon } from '../../extract/lexicon.js';
import { defineRule, figuresOf } from '../types.js';


/**
 * A conversion in brackets that is wrong beyond rounding: "2.5 metres (8 ft)" is right (8.2 ft),
 * "10 miles (20 km)" is not (16.1 km). Units convert through mathjs. Currencies are checked only
 * where the article states the rate ("tegen een koers van 1,08 dollar per euro", "$1.08 to the euro").
 */
export default defineRule({
  meta: {
    id: 'unit-conversion-mismatch',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A figure restated in another unit is converted wrongly' },
    // Relative slack on top of rounding (0.02 accepts a conversion 2 % off).
    defaultOptions: { tolerance: 0 },
    messages: {
      wrong: '{{converted}} (line {{line}}) does not match {{original}}: that is {{actual}} {{unit}}.',
    },
  },
  create(context) {
    return {
      'document:exit'() {
        const figures = figuresOf(context, 'quantity', 'money');
        const { doc } = context.document;
        const rates = statedRates(doc.prose, figures, context.lexicon.currencyAfter);
        for (let i = 0; i + 1 < figures.length; i++) {
          const [original, converted] = [figures[i]!, figures[i + 1]!];
          if (original.kind !== converted.kind || !original.unit || !converted.unit || original.unit === converted.unit) continue;
          if (!restated(gap(doc, original, converted), context.lexicon) || doc.prose[converted.end] !== ')') continue;
          const rate = original.kind === 'money' ? rates.get(`${original.unit}>${converted.unit}`) : undefined;
          if (original.kind === 'money' && rate === undefined) continue; // no rate stated: nothing to check
          const at = (v: number) => (rate === undefined ? convert(v, original.unit!, converted.unit!) : v * rate);
          const source = widen(original, original.precision);
          const [a, b] = [at(source.low), at(source.high)];
          if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
          const slack = 1 + (context.options.tolerance ?? 0);
          const actual = { low: Math.min(a, b) / slack, high: Math.max(a, b) * slack };
          if (overlaps(actual, widen(converted, converted.precision))) continue;
          context.report({
            messageId: 'wrong',
            data: { converted: `"${converted.text}"`, line: context.lineOf(converted), original: `"${original.text}"`, actual: formatInterval(actual), unit: converted.unit },
            claims: [converted, original].map((claim) => ({ claim, document: doc })),
            // Within a whole rounding step rather than half of one: a loose conversion rather than a wrong one.
            lenient: overlaps(actual, widen(converted, converted.precision * 2)),
          });
        }
      },
    };
  },
});

/**
 * Exchange rates the article states: "1,08 dollar per euro", "$1.08 to the euro" → EUR>USD 1.08
 * (and USD>EUR its inverse).
 */
function statedRates(text: string, figures: readonly NumericClaim[], currencyWords: Record<string, string>): Map<string, number> {
  const rates = new Map<string, number>();
  // Built once per lexicon's currency words, not once per document.
  const per = memo(currencyWords, 'rate-per', () => {
    const words = Object.keys(currencyWords).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^\\s*(?:per|to the|to one|to a|voor een|voor één|for one|for a|for each|for every|tegen de|tegenover de)\\s+(${words.join('|')})(?![\\p{L}])`, 'iu');
  });
  for (const figure of figures) {
    if (figure.kind !== 'money' || !figure.unit || figure.value <= 0) continue;
    const m = per.exec(text.slice(figure.end, figure.end + 40));
    const entry = m?.[1] ? Object.entries(currencyWords).find(([w]) => w.toLowerCase() === m[1]!.toLowerCase()) : undefined;
    if (!entry || entry[1] === figure.unit) continue;
    rates.set(`${entry[1]}>${figure.unit}`, figure.value);
    rates.set(`${figure.unit}>${entry[1]}`, 1 / figure.value);
  }
  return rates;
}

/** "2,5 meter (8 voet)", "10 miles (about 16 km)": an opening bracket, perhaps with a qualifier, and nothing else. */
function restated(between: string, lex: Lexicon): boolean {
  if (!between.startsWith('(')) return false;
  const rest = between.slice(1).trim();
  return rest === '' || Object.keys(lex.qualifiers).some((q) => q.toLowerCase() === rest);
}
