import type { DateClaim, NumericClaim } from '../../claims/types.js';
import { parseDay, type Day } from '../../util/calendar.js';
import { defineRule } from '../types.js';

/**
 * Whether the sentence holding `later` goes on about the person of the sentence holding `earlier`: it
 * opens with a pronoun ("Hij werd … geboren") or with a name the earlier sentence also has ("Jones").
 */
function sameSubject(text: string, earlier: number, later: number, pronouns: readonly string[]): boolean {
  const sentenceStart = (offset: number) => Math.max(text.lastIndexOf('.', offset - 1), text.lastIndexOf('\n', offset - 1)) + 1;
  const start = sentenceStart(later);
  const first = /^\s*([\p{L}]+)/u.exec(text.slice(start, later))?.[1] ?? '';
  if (pronouns.includes(first.toLowerCase())) return true;
  const before = text.slice(sentenceStart(earlier), start);
  return /^\p{Lu}\p{Ll}+$/u.test(first) && new RegExp(`(?<!\\p{L})${first}(?!\\p{L})`, 'u').test(before.slice(1));
}

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
        if (claim.measure === 'age' && claim.unit === 'year') ages.push(claim); // "18 maanden oud" is no age in years
      },
      date(claim) {
        if (claim.measure === 'birth') births.push(claim);
      },
      'document:exit'() {
        const { doc } = context.document;
        if (!doc.date) return;
        for (const age of ages) {
          // In the next sentence only when it goes on about the same person.
          const birth =
            births.find((b) => b.sentence === age.sentence) ??
            births.find((b) => Math.abs(b.sentence - age.sentence) === 1 && sameSubject(doc.prose, Math.min(b.start, age.start), Math.max(b.start, age.start), context.lexicon.personalPronouns));
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
