import { disagreement } from '../compare.js';
import { DEFAULT_WINDOW_DAYS, isCumulative, matchedOn, repeatsOlder, storyFigureCollector, timeOrder, windowIndex, type StoryFigure } from '../story-match.js';
import { measureProperties } from '../../measures/properties.js';
import { defineRule } from '../types.js';

/**
 * One measure in one scope with incompatible figures in two articles of the run (or the archive).
 * Figures are bucketed by measure, group, period and place first (rules/story-match.ts), so articles
 * are never compared pair by pair. A figure matches another when they share a place (named in the
 * sentence, or the article's own place) and the articles are at most `windowDays` apart. A cumulative
 * measure may grow: a later, larger toll is not a conflict, a later smaller one is, unless it merely
 * repeats an older figure (that is a stale figure, for the stale-figure rule).
 */
export default defineRule({
  meta: {
    id: 'cross-article-conflict',
    severity: 'warning',
    scope: 'corpus',
    docs: { description: 'The same measure and scope has incompatible figures in two articles' },
    defaultOptions: { windowDays: DEFAULT_WINDOW_DAYS },
    messages: {
      conflict: '{{a}} {{measure}} in {{docA}} ({{dateA}}) disagrees with {{b}} in {{docB}} ({{dateB}}); matched on {{why}}.',
      shrank: '{{b}} {{measure}} in {{docB}} ({{dateB}}) is lower than the earlier {{a}} in {{docA}} ({{dateA}}), but {{measure}} only grows; matched on {{why}}.',
    },
  },
  create(context) {
    const { figures, count } = storyFigureCollector(context);
    return {
      count,
      'corpus:exit'() {
        const windowDays = context.options.windowDays ?? DEFAULT_WINDOW_DAYS;
        const reported = new Set<string>();
        // By figure key: a figure is in a bucket for each place it may stand for, and a bucket read back
        // from disk holds new objects.
        const inFinding = new Set<number>();
        // Against the archive, one finding per figure of the run: the disagreeing archived figure of
        // the newest article, however many archived articles disagree.
        const againstArchive = new Map<number, { verdict: Verdict; archived: StoryFigure }>();
        for (const bucket of figures.buckets()) {
          const nearTo = windowIndex(bucket, windowDays);
          // Every pair within the window, in bucket order: which pair comes first decides what is reported.
          for (let i = 0; i < bucket.length; i++) {
            for (const j of nearTo(i)) {
              if (j <= i) continue;
              const [x, y] = [bucket[i]!, bucket[j]!];
              if (x.doc.id === y.doc.id || (x.archived && y.archived)) continue;
              const verdict = judge(x, y, bucket);
              if (!verdict) continue;
              if (x.archived || y.archived) {
                const [own, archived] = x.archived ? [y, x] : [x, y];
                const best = againstArchive.get(own.key);
                if (!best || newerSource(archived, best.archived)) againstArchive.set(own.key, { verdict, archived });
                continue;
              }
              // One finding per pair of articles and scope, whichever place bucket finds it first.
              const scope = [x.claim.measure, x.claim.scope.group ?? '', x.claim.scope.period ?? ''].join('\u0000');
              const pair = [x.doc.id, y.doc.id].sort().join('\u0000') + '\u0000' + scope;
              // A figure already in a finding adds nothing new with another already in one: each finding
              // brings a figure not yet reported, so a story told by many articles gives findings in
              // proportion to its figures, not to its pairs of articles.
              if (reported.has(pair) || (inFinding.has(x.key) && inFinding.has(y.key))) continue;
              reported.add(pair);
              inFinding.add(x.key).add(y.key);
              report(verdict);
            }
          }
        }
        for (const { verdict } of againstArchive.values()) report(verdict);
      },
    };

    function report(verdict: Verdict): void {
      const [a, b] = verdict.order;
      context.report({
        messageId: verdict.messageId,
        data: {
          a: `"${a.claim.text}"`, b: `"${b.claim.text}"`, measure: a.claim.measure ?? '',
          docA: a.doc.id, docB: b.doc.id, dateA: a.doc.date?.value ?? 'undated', dateB: b.doc.date?.value ?? 'undated',
          why: matchedOn(a, b),
        },
        // The first location is the figure the message leads with.
        claims: (verdict.messageId === 'shrank' ? [b, a] : [a, b]).map((e) => ({ claim: e.claim, document: e.doc })),
        lenient: verdict.lenient,
      });
    }
  },
});

/** From a later article, or from one of the same date with a higher figure (a toll to date grows). */
function newerSource(a: StoryFigure, b: StoryFigure): boolean {
  const order = timeOrder(a.doc, b.doc);
  return order === 1 || (order === 0 && a.claim.low > b.claim.low);
}

interface Verdict {
  messageId: string;
  order: [StoryFigure, StoryFigure];
  lenient: boolean;
}

/** Whether two figures conflict, taking time into account; the earlier article comes first. */
function judge(x: StoryFigure, y: StoryFigure, bucket: readonly StoryFigure[]): Verdict | null {
  if (!measureProperties(x.claim.measure ?? '').comparable) return null; // one party's seats against another's
  const how = disagreement(x.claim, y.claim);
  if (how === 'none') return null;
  const cumulative = isCumulative(x);
  const order = timeOrder(x.doc, y.doc);
  // A lower figure that repeats an older one is stale, not contradictory: stale-figure notes it.
  const lower = x.claim.high < y.claim.low ? x : y;
  const higher = lower === x ? y : x;
  if (repeatsOlder(lower, higher, bucket)) return null;
  if (order === 0) return { messageId: 'conflict', order: [x, y], lenient: how === 'strict' };
  if (!cumulative) return null; // a snapshot on another day may differ
  const [earlier, later] = order === -1 ? [x, y] : [y, x];
  if (later.claim.high >= earlier.claim.low) return null; // grew, or may have
  return { messageId: 'shrank', order: [earlier, later], lenient: how === 'strict' };
}
