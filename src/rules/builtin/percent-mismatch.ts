import type { NumericClaim } from '../../claims/types.js';
import { overlaps, ratio, widen } from '../../util/interval.js';
import { formatInterval, formatNumber } from '../format.js';
import { gap } from '../text.js';
import { defineRule, figuresOf } from '../types.js';

/** At most this many characters between a part-of pair and the percentage that restates it. */
const NEAR = 60;

/**
 * "A of B, or C%" where C is not A/B: "41 van de 312 patiënten (22 procent)". Rounding is respected:
 * 33% for 1 of 3 is right, 40% is not. A percentage of a small stated base that no whole number of
 * cases can give ("37% of 8 respondents") is caught too.
 */
export default defineRule({
  meta: {
    id: 'percent-mismatch',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A percentage disagrees with the part and whole it restates' },
    // Percentage points a stated percentage may be off beyond its own rounding.
    defaultOptions: { tolerance: 0 },
    messages: {
      notTheRatio: '{{percent}} (line {{line}}) is not {{part}} of {{whole}}: that is {{actual}} percent.',
      noWholeCount: '{{percent}} (line {{line}}) of {{whole}} is no whole number: {{actual}}.',
    },
  },
  create(context) {
    return {
      'document:exit'() {
        const claims = figuresOf(context, 'count', 'percent');
        const { doc } = context.document;
        const byId = new Map(claims.map((c) => [c.id, c]));
        for (const percent of claims) {
          if (percent.kind !== 'percent' || percent.unit !== null) continue;
          const stated = widen(percent, percent.precision + 2 * (context.options.tolerance ?? 0));
          const pair = restatedPair(claims, byId, percent);
          if (pair) {
            const [part, whole] = pair;
            const actual = ratio(part, whole, 100);
            if (!actual || overlaps(actual, stated)) continue;
            const lenient = ratio(widen(part, part.precision), widen(whole, whole.precision), 100);
            context.report({
              messageId: 'notTheRatio',
              data: { percent: `"${percent.text}"`, line: context.lineOf(percent), part: `"${part.text}"`, whole: `"${whole.text}"`, actual: formatInterval(actual) },
              claims: [percent, part, whole].map((claim) => ({ claim, document: doc })),
              lenient: lenient !== null && overlaps(lenient, widen(percent, percent.precision * 2)),
            });
            continue;
          }
          const base = claims.find((c) => c.kind === 'count' && c.start > percent.end && c.sentence === percent.sentence && context.lexicon.partOfNext.includes(gap(doc, percent, c)));
          if (!base || base.qualifier !== 'exact' || !Number.isInteger(base.value) || base.value > 1000 || base.value === 0) continue;
          const cases = (percent.value * base.value) / 100;
          const nearest = Math.round(cases);
          const off = Math.abs((nearest / base.value) * 100 - percent.value);
          if (off < percent.precision / 2) continue;
          // "Meer dan 60 procent van de 9": any whole number of the base within the stated interval will do.
          const fits = (k: number) => (k / base.value) * 100 >= percent.low - percent.precision / 2 && (k / base.value) * 100 <= percent.high + percent.precision / 2;
          if (percent.qualifier !== 'exact' && Array.from({ length: base.value + 1 }, (_, k) => k).some(fits)) continue;
          context.report({
            messageId: 'noWholeCount',
            data: { percent: `"${percent.text}"`, line: context.lineOf(percent), whole: `"${base.text}"`, actual: `${formatNumber(cases)} of ${base.value}; ${nearest} would be ${formatNumber((nearest / base.value) * 100)}%` },
            claims: [percent, base].map((claim) => ({ claim, document: doc })),
            lenient: off <= percent.precision, // a truncated rather than rounded percentage
          });
        }
      },
    };
  },
});

/** The part-of pair a percentage restates: in its sentence, just before it, with no other figure between. */
function restatedPair(claims: NumericClaim[], byId: Map<string, NumericClaim>, percent: NumericClaim): [NumericClaim, NumericClaim] | null {
  const before = claims.filter((c) => c.sentence === percent.sentence && c.end <= percent.start);
  const last = before[before.length - 1];
  if (!last || percent.start - last.end > NEAR || last.kind !== 'count') return null;
  // "41 van de 312 (13 procent)": the whole just before; "nine of them, or 22 percent": the part.
  const part = last.partOf ? last : before.find((c) => c.partOf === last.id && c.kind === 'count');
  const whole = part?.partOf ? byId.get(part.partOf) : undefined;
  if (!part || !whole || whole.kind !== 'count') return null;
  // With several parts listed ("180, 97 en 35 (58 procent)") it is unclear which one is meant.
  if (claims.filter((c) => c.partOf === whole.id).length > 1) return null;
  return [part, whole];
}
