import type { NumericClaim } from '../../claims/types.js';
import type { Interval } from '../../claims/interval.js';
import { difference, overlaps, ratio, widen } from '../../util/interval.js';
import { formatInterval } from '../format.js';
import { gap, laterInSentence, wordBefore } from '../text.js';
import { defineRule, figuresOf, type RuleContext } from '../types.js';

/**
 * "Van 120 naar 312, een toename met 192 of 160 procent" that does not compute: the absolute change,
 * the relative change, and percentage points said as percent ("van 10 naar 15 procent, 5 procent
 * meer") are each checked, with rounding respected.
 */
export default defineRule({
  meta: {
    id: 'change-mismatch',
    severity: 'error',
    scope: 'document',
    docs: { description: 'A stated change does not compute from the figures it runs between' },
    messages: {
      absolute: '{{change}} (line {{line}}) is not the change from {{from}} to {{to}}: that is {{actual}}.',
      relative: '{{change}} (line {{line}}) is not the change from {{from}} to {{to}}: that is {{actual}} percent.',
      pointsAsPercent: '{{change}} (line {{line}}) is the change from {{from}} to {{to}} in percentage points, not in percent ({{actual}} percent).',
    },
  },
  create(context) {
    return {
      'document:exit'() {
        const claims = figuresOf(context, 'count', 'percent', 'money', 'quantity');
        const { doc } = context.document;
        const lex = context.lexicon;
        for (let i = 0; i + 1 < claims.length; i++) {
          const [from, to] = [claims[i]!, claims[i + 1]!];
          if (from.kind !== to.kind || from.sentence !== to.sentence) continue;
          if (!lex.changeTo.includes(gap(doc, from, to)) || !lex.changeFrom.includes(wordBefore(doc, from))) continue;
          let previous = to;
          for (const change of laterInSentence(claims, to).slice(0, 2)) {
            if (!introducesChange(lex.changeAmountCues, gap(doc, previous, change), doc.text.slice(change.end, change.end + 12))) break;
            check(context, from, to, change);
            previous = change;
          }
        }
      },
    };
  },
});

/** "…, een toename met 192", "an increase of 192, or 160 percent", "(+12%)", "192 meer". */
function introducesChange(cues: readonly string[], between: string, after: string): boolean {
  if (between.length > 60) return false;
  const words = ` ${between.replace(/[^\p{L}+]+/gu, ' ')} `;
  const next = ` ${after.toLowerCase().replace(/[^\p{L}]+/gu, ' ')} `;
  return between.includes('+') || cues.some((w) => words.includes(` ${w} `) || next.startsWith(` ${w} `));
}

function check(context: RuleContext, from: NumericClaim, to: NumericClaim, change: NumericClaim): void {
  const lenient = (a: NumericClaim) => widen(a, a.precision);
  const report = (messageId: string, actual: Interval, isLenient: boolean) =>
    context.report({
      messageId,
      data: { change: `"${change.text}"`, line: context.lineOf(change), from: `"${from.text}"`, to: `"${to.text}"`, actual: formatInterval(actual) },
      claims: [change, from, to].map((claim) => ({ claim, document: context.document.doc })),
      lenient: isLenient,
    });
  const points = difference(from, to);
  if (change.kind === from.kind && change.unit === from.unit && change.kind !== 'percent') {
    // An absolute change in the figures' own terms: "een toename met 192".
    if (!overlaps(points, lenient(change))) report('absolute', points, overlaps(difference(lenient(from), lenient(to)), widen(change, change.precision * 2)));
    return;
  }
  if (change.kind !== 'percent') return;
  if (change.unit === 'percentage-point') {
    if (from.kind === 'percent' && !overlaps(points, lenient(change))) report('absolute', points, overlaps(difference(lenient(from), lenient(to)), widen(change, change.precision * 2)));
    return;
  }
  if (from.kind === 'percent' && change.unit === null && from.unit === null && overlaps(points, lenient(change)) && !overlaps(ratio(points, from, 100) ?? points, lenient(change))) {
    report('pointsAsPercent', ratio(points, from, 100) ?? points, true);
    return;
  }
  const base = { low: from.low, high: from.high };
  const relative = ratio(points, base, 100);
  if (!relative || overlaps(relative, lenient(change))) return;
  if (from.kind === 'percent' && overlaps(points, lenient(change))) {
    report('pointsAsPercent', relative, true);
    return;
  }
  const looser = ratio(difference(lenient(from), lenient(to)), lenient(from), 100);
  report('relative', relative, looser !== null && overlaps(looser, widen(change, change.precision * 2)));
}
