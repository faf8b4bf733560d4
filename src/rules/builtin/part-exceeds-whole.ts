import type { NumericClaim } from '../../claims/types.js';
import { excess } from '../compare.js';
import { defineRule } from '../types.js';

/** `"120.000" returned`, or the figure alone when its measure is unknown. */
const label = (c: NumericClaim): string => (c.measure ? `"${c.text}" ${c.measure}` : `"${c.text}"`);

/**
 * A part larger than its whole: "een miljoen mensen ... 1.200.000 onder hen konden terugkeren".
 * Explicit parts (linked by "onder hen", "of whom") are errors; a sub-measure larger than its measure
 * in the same scope ("600 civilian deaths" against "500 deaths") is reported one level lower.
 */
export default defineRule({
  meta: {
    id: 'part-exceeds-whole',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A part is larger than the whole it belongs to' },
    messages: {
      tooBig: '{{part}} (line {{partLine}}) is more than the {{whole}} (line {{wholeLine}}) it is part of.',
      subMeasure: '{{part}} (line {{partLine}}) is more than the {{whole}} (line {{wholeLine}}) in the same scope.',
    },
  },
  create(context) {
    const counts: NumericClaim[] = [];
    const byId = new Map<string, NumericClaim>();
    const report = (messageId: string, part: NumericClaim, whole: NumericClaim, lenient: boolean) =>
      context.report({
        messageId,
        data: {
          part: label(part), partLine: context.lineOf(part),
          whole: label(whole), wholeLine: context.lineOf(whole),
        },
        claims: [part, whole].map((claim) => ({ claim, document: context.document.doc })),
        lenient,
      });
    return {
      count(claim) {
        counts.push(claim);
        byId.set(claim.id, claim);
      },
      'document:exit'() {
        const linked = new Set<string>();
        for (const part of counts) {
          const whole = part.partOf ? byId.get(part.partOf) : undefined;
          if (!whole) continue;
          linked.add(`${part.id}>${whole.id}`);
          const how = excess(part, whole);
          if (how !== 'none') report('tooBig', part, whole, how === 'strict');
        }
        for (const part of counts) {
          if (!part.measure?.includes('.')) continue;
          const parent = part.measure.slice(0, part.measure.lastIndexOf('.'));
          for (const whole of counts) {
            if (whole.measure !== parent || linked.has(`${part.id}>${whole.id}`)) continue;
            if (whole.scope.place !== part.scope.place || whole.scope.period !== part.scope.period) continue;
            if (Math.abs(whole.sentence - part.sentence) > 1) continue; // far apart, likely another event
            if (excess(part, whole) === 'hard') {
              report('subMeasure', part, whole, true);
              break;
            }
          }
        }
      },
    };
  },
});
