import { parseDay, weekdayOf } from '../../util/calendar.js';
import { defineRule } from '../types.js';

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday that does not fall on the date it stands with: "donderdag 14 juli" in 2021 (a Wednesday). */
export default defineRule({
  meta: {
    id: 'weekday-mismatch',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A stated weekday does not fall on the stated date' },
    messages: {
      mismatch: '"{{text}}" says {{stated}}, but {{date}} is a {{actual}}.',
    },
  },
  create(context) {
    return {
      date(claim) {
        if (claim.weekday === undefined || claim.grain !== 'day') return;
        const actual = weekdayOf(parseDay(claim.value));
        if (actual === claim.weekday) return;
        context.report({
          messageId: 'mismatch',
          data: { text: claim.text, stated: NAMES[claim.weekday] ?? '?', date: claim.value, actual: NAMES[actual] ?? '?' },
          claims: [{ claim, document: context.document.doc }],
        });
      },
    };
  },
});
