import type { NumericClaim } from '../../claims/types.js';
import { measureProperties } from '../../measures/properties.js';
import { inChangeContext } from '../change-context.js';
import { disagreement, sameScope } from '../compare.js';
import { defineRule } from '../types.js';

/**
 * One measure in one scope stated twice with figures that cannot both be true:
 * "23 mensen kwamen om" and later "de 31 doden" about the same flood.
 * Parts, figures in sentences about a change ("steeg tot", "rose from") and figures in one sentence
 * (usually a comparison) are left alone.
 */
export default defineRule({
  meta: {
    id: 'conflicting-figures',
    severity: 'warning',
    scope: 'document',
    docs: { description: 'The same measure and scope has two incompatible figures in one article' },
    messages: {
      conflict: '{{later}} {{measure}} (line {{laterLine}}) disagrees with {{earlier}} (line {{earlierLine}}) for the same {{scope}}.',
    },
  },
  create(context) {
    const figures: NumericClaim[] = [];
    return {
      count(claim) {
        if (claim.measure === null || claim.partOf !== null || !measureProperties(claim.measure).comparable) return;
        const { doc } = context.document;
        if (inChangeContext(doc, context.lexicon, claim.start, claim.end)) return;
        figures.push(claim);
      },
      'document:exit'() {
        const { doc } = context.document;
        for (let i = 1; i < figures.length; i++) {
          const later = figures[i]!;
          const earlier = figures.slice(0, i).find((e) => e.measure === later.measure && e.sentence !== later.sentence && sameScope(e.scope, later.scope) && disagreement(e, later) !== 'none');
          if (!earlier) continue;
          const how = disagreement(earlier, later);
          context.report({
            messageId: 'conflict',
            data: {
              later: `"${later.text}"`, laterLine: context.lineOf(later),
              earlier: `"${earlier.text}"`, earlierLine: context.lineOf(earlier),
              measure: later.measure ?? '',
              scope: describeScope(later),
            },
            claims: [later, earlier].map((claim) => ({ claim, document: doc })),
            lenient: how === 'strict',
          });
        }
      },
    };
  },
});

const describeScope = (c: NumericClaim): string =>
  [c.scope.place && `place (${c.scope.place})`, c.scope.group && `group (${c.scope.group})`, c.scope.period && `period (${c.scope.period})`]
    .filter(Boolean)
    .join(', ') || 'scope';
