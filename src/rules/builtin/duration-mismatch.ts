import type { DateClaim, DurationClaim, DurationUnit } from '../../claims/types.js';
import type { Document } from '../../document/types.js';
import { grammarFor } from '../../extract/common/grammar.js';
import { sentencesOf } from '../../extract/common/sentences.js';
import { AVERAGE_MONTH_DAYS, daysBetween, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { defineRule } from '../types.js';

const DAYS: Record<DurationUnit, number> = { year: 365.25, month: AVERAGE_MONTH_DAYS, week: 7, day: 1, hour: 1 / 24 };

/**
 * A duration up to now that disagrees with the date it runs from and the article date:
 * "staken al twee weken, sinds donderdag 5 oktober" in an article of 9 November.
 * A duration is paired with a "since" date in its own sentence, a date something "began" on in its own
 * or the next sentence, or, when both sentences say it is the first time ("voor het eerst in drie maanden" … "de eerste maal sinds begin maart"), across sentences.
 */
export default defineRule({
  meta: {
    id: 'duration-mismatch',
    severity: 'warning',
    scope: 'document',
    docs: { description: 'A stated duration disagrees with stated dates and the article date' },
    messages: {
      mismatch: '"{{duration}}" (line {{line}}) does not fit "{{since}}" (line {{sinceLine}}): from {{from}} to the article date {{to}} is {{elapsed}}.',
    },
  },
  create(context) {
    const durations: DurationClaim[] = [];
    const since: DateClaim[] = [];
    const starts: DateClaim[] = [];
    return {
      duration: (claim) => void durations.push(claim),
      date(claim) {
        if (claim.since) since.push(claim);
        if (claim.starts) starts.push(claim);
      },
      'document:exit'() {
        const { doc } = context.document;
        if (!doc.date || durations.length === 0 || since.length + starts.length === 0) return;
        const lex = context.lexicon;
        const grammar = grammarFor(lex);
        const firstTime = firstTimeSentences(doc, new RegExp(matchAny(lex.firstTimeCues), 'iu'));
        for (const duration of durations) {
          const anchor = grammar.qualifierBefore(doc.prose, duration.start)?.start ?? duration.start;
          if (grammar.phraseBefore(lex.untilNowCues, doc.prose, anchor) === null) continue;
          const from =
            [...since, ...starts].find((s) => s.sentence === duration.sentence) ??
            starts.find((s) => Math.abs(s.sentence - duration.sentence) === 1) ??
            (firstTime.has(duration.sentence) ? since.find((s) => firstTime.has(s.sentence)) : undefined);
          if (!from) continue;
          const elapsed = { low: daysBetween(parseDay(from.high), parseDay(doc.date.low)), high: daysBetween(parseDay(from.low), parseDay(doc.date.high)) };
          if (elapsed.high < 0) continue;
          const unit = DAYS[duration.unit];
          const stated = { low: (duration.low - duration.precision / 2) * unit, high: (duration.high + duration.precision / 2) * unit };
          if (stated.low <= elapsed.high && elapsed.low <= stated.high) continue;
          context.report({
            messageId: 'mismatch',
            data: {
              duration: duration.text, line: context.lineOf(duration), since: from.text, sinceLine: context.lineOf(from),
              from: from.value, to: doc.date.value, elapsed: describe(elapsed, duration.unit),
            },
            claims: [duration, from].map((claim) => ({ claim, document: doc })),
          });
        }
      },
    };
  },
});

function firstTimeSentences(doc: Document, cue: RegExp): Set<number> {
  const found = new Set<number>();
  sentencesOf(doc).forEach((s, i) => {
    if (cue.test(doc.prose.slice(s.start, s.end))) found.add(i);
  });
  return found;
}

function describe(days: { low: number; high: number }, unit: DurationUnit): string {
  const span = days.low === days.high ? `${days.low} days` : `${days.low} to ${days.high} days`;
  if (unit === 'day' || unit === 'hour') return span;
  const f = (d: number) => (d / DAYS[unit]).toFixed(1);
  return `${span} (${days.low === days.high ? f(days.low) : `${f(days.low)} to ${f(days.high)}`} ${unit}s)`;
}
