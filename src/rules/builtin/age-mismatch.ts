import type { DateClaim, NumericClaim } from '../../claims/types.js';
import { parseDay, type Day } from '../../util/calendar.js';
import { defineRule } from '../types.js';

/** Whole years from a birth day to a later day. */
function yearsBetween(birth: Day, at: Day): number {
  const before = at.month < birth.month || (at.month === birth.month && at.day < birth.day);
  return at.year - birth.year - (before ? 1 : 0);
}

/**
 * An age that does not fit a date of birth and the article date: "de 42-jarige (geboren in 1975)" in
 * an article of 2024. Age and birth date are paired in one sentence or the next.
 */
export default defineRule({
  meta: {
    id: 'age-mismatch',
    severity: 'warning',
    scope: 'document',
    docs: { description: 'An age disagrees with a birth date and the article date' },
    messages: {
      mismatch: '{{age}} (line {{line}}) does not fit {{birth}}: on {{date}} that is {{expected}}.',
    },
  },
  create(context) {
    const ages: NumericClaim[] = [];
    const births: DateClaim[] = [];
    return {
      quantity(claim) {
        if (claim.measure === 'age') ages.push(claim);
      },
      date(claim) {
        if (claim.measure === 'birth') births.push(claim);
      },
      'document:exit'() {
        const { doc } = context.document;
        if (!doc.date) return;
        for (const age of ages) {
          const birth = births.find((b) => b.sentence === age.sentence) ?? births.find((b) => Math.abs(b.sentence - age.sentence) === 1);
          if (!birth) continue;
          const youngest = yearsBetween(parseDay(birth.high), parseDay(doc.date.low));
          const oldest = yearsBetween(parseDay(birth.low), parseDay(doc.date.high));
          if (age.value >= youngest && age.value <= oldest) continue;
          context.report({
            messageId: 'mismatch',
            data: {
              age: `"${age.text}"`, line: context.lineOf(age), birth: `"${birth.text}"`, date: doc.date.value,
              expected: youngest === oldest ? `${youngest}` : `${youngest} or ${oldest}`,
            },
            claims: [age, birth].map((claim) => ({ claim, document: doc })),
          });
        }
      },
    };
  },
});
