import { DEFAULT_WINDOW_DAYS, matchedOn, staleAgainst, storyFigureCollector, windowIndex } from '../story-match.js';
import { defineRule } from '../types.js';

/**
 * An article repeats an older cumulative figure when a newer, higher one is on record, in the run or
 * in the archive: "12 doden" in a draft of 17 July, when 12 was the toll of 15 July and an article of
 * 16 July already gave 23. Figures are matched as cross-article-conflict matches them.
 */
export default defineRule({
  meta: {
    id: 'stale-figure',
    severity: 'info',
    scope: 'corpus',
    docs: { description: 'An article repeats an older cumulative figure when a newer, higher one is on record' },
    defaultOptions: { windowDays: DEFAULT_WINDOW_DAYS },
    messages: {
      stale: '{{figure}} {{measure}} in {{doc}} ({{date}}) repeats the older figure of {{olderDoc}} ({{olderDate}}); {{newerDoc}} ({{newerDate}}) has a newer {{newer}}; matched on {{why}}.',
    },
  },
  create(context) {
    const { figures, count } = storyFigureCollector(context);
    return {
      count,
      'corpus:exit'() {
        const windowDays = context.options.windowDays ?? DEFAULT_WINDOW_DAYS;
        const reported = new Set<number>(); // by key: see cross-article-conflict
        for (const bucket of figures.buckets()) {
          const nearTo = windowIndex(bucket, windowDays);
          for (const [position, figure] of bucket.entries()) {
            if (reported.has(figure.key)) continue;
            const near = Array.from(nearTo(position), (i) => bucket[i]!);
            const stale = staleAgainst(figure, near);
            if (!stale) continue;
            reported.add(figure.key);
            const { older, newer } = stale;
            context.report({
              messageId: 'stale',
              data: {
                figure: `"${figure.claim.text}"`, measure: figure.claim.measure ?? '', doc: figure.doc.id, date: figure.doc.date?.value ?? 'undated',
                olderDoc: older.doc.id, olderDate: older.doc.date?.value ?? 'undated',
                newer: `"${newer.claim.text}"`, newerDoc: newer.doc.id, newerDate: newer.doc.date?.value ?? 'undated',
                why: matchedOn(figure, newer),
              },
              claims: [figure, newer, older].map((f) => ({ claim: f.claim, document: f.doc })),
            });
          }
        }
      },
    };
  },
});
