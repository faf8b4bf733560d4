import { overlaps, sum, widen } from '../../util/interval.js';
import { formatNumber } from '../format.js';
import { defineRule, figuresOf } from '../types.js';

/**
 * A total that is not the sum of its listed parts: "Van de 312 gevallen werden er 180 … , 97 … en
 * 53 … vastgesteld" (330). When only some parts are listed ("waaronder", "including"), they may not
 * add up to more than the total.
 */
export default defineRule({
  meta: {
    id: 'sum-mismatch',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A stated total is not the sum of its listed parts' },
    // How far the sum may be off the total before it is reported (in the figures' own units).
    defaultOptions: { tolerance: 0 },
    messages: {
      notTheSum: '{{total}} (line {{line}}) is not the sum of its parts: {{sum}}, off by {{off}}.',
      partsExceed: 'The listed parts of {{total}} (line {{line}}) add up to more than it: {{sum}}.',
    },
  },
  create(context) {
    return {
      'document:exit'() {
        const counts = figuresOf(context, 'count');
        for (const total of counts) {
          if (!total.partsListed) continue;
          const parts = counts.filter((c) => c.partOf === total.id);
          if (parts.length < 2) continue;
          const slack = context.options.tolerance ?? 0;
          const strict = sum(parts);
          const widenBy = (i: { low: number; high: number }) => ({ low: i.low - slack, high: i.high + slack });
          const lenient = sum(parts.map((p) => widen(p, p.precision)));
          const totalLenient = widen(total, total.precision);
          const all = total.partsListed === 'all';
          const fits = (s: typeof strict, t: typeof strict) => (all ? overlaps(s, t) : s.low <= t.high);
          if (fits(widenBy(strict), total)) continue;
          const sumText = `${parts.map((p) => p.text).join(' + ')} = ${formatNumber(strict.low)}${strict.high !== strict.low ? `..${formatNumber(strict.high)}` : ''}`;
          context.report({
            messageId: all ? 'notTheSum' : 'partsExceed',
            data: { total: `"${total.text}"`, line: context.lineOf(total), sum: sumText, off: formatNumber(Math.abs(strict.low - total.value)) },
            claims: [total, ...parts].map((claim) => ({ claim, document: context.document.doc })),
            lenient: fits(lenient, totalLenient),
          });
        }
      },
    };
  },
});
