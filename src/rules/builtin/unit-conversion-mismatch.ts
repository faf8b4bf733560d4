import type { NumericClaim } from '../../claims/types.js';
import { overlaps, widen } from '../../util/interval.js';
import { convert } from '../../util/math.js';
import { formatInterval } from '../format.js';
import { gap } from '../text.js';
import { defineRule } from '../types.js';

// "2,5 meter (8 voet)", "10 miles (about 16 km)", "30 graden (86 °F)": a figure restated in another unit.
const RESTATED = /^\((?:\s*(?:about|around|some|roughly|approximately|ca\.|circa|ongeveer|zo'n|ruim|bijna))?$/u;

/**
 * A conversion in brackets that is wrong beyond rounding: "2.5 metres (8 ft)" is right (8.2 ft),
 * "10 miles (20 km)" is not (16.1 km). Units convert through mathjs; currencies are left alone, since
 * no rate is known.
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
    const quantities: NumericClaim[] = [];
    return {
      quantity: (claim) => void quantities.push(claim),
      'document:exit'() {
        const { doc } = context.document;
        for (let i = 0; i + 1 < quantities.length; i++) {
          const [original, converted] = [quantities[i]!, quantities[i + 1]!];
          if (!original.unit || !converted.unit || original.unit === converted.unit) continue;
          if (!RESTATED.test(gap(doc, original, converted)) || doc.text[converted.end] !== ')') continue;
          const at = (v: number) => convert(v, original.unit!, converted.unit!);
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
