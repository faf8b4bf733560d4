import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor, Refiner } from '../types.js';
import { dateDraft } from './date-draft.js';
import { rangeDraft } from './date-range.js';
import type { ResolvedDate } from './date-resolve.js';
import { futureReading } from '../future-dates.js';

type DateDraft = ClaimDraft & { kind: 'date' };

const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'date-now-range', () => {
    const { lex } = ctx;
    const now = `${matchAny(lex.rangeNowWords)}(?![\\p{L}])`;
    const openers = matchAny(Object.keys(lex.rangeOpeners));
    const paired = matchAny(Object.values(lex.rangeOpeners).flat());
    return {
      after: new RegExp(`^\\s*(?:${matchAny(lex.dateRangeJoiners)})\\s+${now}`, 'iu'),
      afterPaired: new RegExp(`^\\s+(?:${paired})\\s+${now}`, 'iu'),
      // chrono reads "01-aug-2019 tot vandaag" as one date from its first end.
      inside: new RegExp(`\\s+(?:${matchAny(lex.dateRangeJoiners)})\\s+${matchAny(lex.rangeNowWords)}$`, 'iu'),
      opener: new RegExp(`(?<![\\p{L}])${openers}\\s+$`, 'iu'),
      before: new RegExp(`(?<![\\p{L}])${openers}\\s+${matchAny(lex.rangeNowWords)}\\s+(?:${paired})\\s+$`, 'iu'),
    };
  });

/**
 * `"van maart tot nu"`, `"between Jan 2019 and now"`, `"from March to date"`, `"tussen nu en 15
 * november"`: a date and the article's moment as the two ends of one range claim, in place of the date
 * (the overlap refiner then drops what the range holds, such as "vandaag"). A date after "tussen nu en"
 * is the coming one. Without an article date there is no such end.
 */
export const dateToNowRefiner: Refiner = {
  name: 'date-to-now',
  refine(ctx, drafts) {
    const ref = ctx.doc.date;
    if (!ref) return drafts;
    const re = patterns(ctx);
    const now: ResolvedDate = { value: ref.value, low: ref.low, high: ref.high, grain: ref.grain };
    let changed = false;
    const out = drafts.map((d) => {
      const words = d.text.toLowerCase();
      // "vandaag" itself, and "year to date", which already ends at the article date.
      if (d.kind !== 'date' || d.unresolved || d.qualifier === 'range' || ctx.lex.rangeNowWords.includes(words) || ctx.lex.calendarPeriods.yearToDate.includes(words)) return d;
      const range = toNow(ctx, re, d, now);
      if (range) changed = true;
      return range ?? d;
    });
    return changed ? out : drafts;
  },
};

function toNow(ctx: ExtractContext, re: ReturnType<typeof patterns>, d: DateDraft, now: ResolvedDate): DateDraft | null {
  const inside = re.inside.exec(d.text);
  if (inside) return rangeDraft(ctx, d.start, d.end, d, now);
  const rest = ctx.text.slice(d.end, d.end + 40);
  const after = re.after.exec(rest) ?? (re.opener.test(ctx.text.slice(Math.max(0, d.start - 20), d.start)) ? re.afterPaired.exec(rest) : null);
  if (after) return rangeDraft(ctx, d.start, d.end + after[0].length, d, now);
  const before = re.before.exec(ctx.text.slice(Math.max(0, d.start - 40), d.start));
  if (!before || !ctx.doc.date) return null;
  const ahead = d.high < now.low ? futureReading(ctx.lex, d, ctx.doc.date) : null;
  return rangeDraft(ctx, d.start - before[0].length + (/^\S+\s+/u.exec(before[0])?.[0].length ?? 0), d.end, now, ahead ? { ...d, ...ahead } : d);
}

/**
 * `"between now and eight o'clock"`, `"between 8am and now"`, `"from now until 20:00"`: the article's
 * moment and a clock time as the ends of a range, which lies in the article's day; claimed as that day
 * (factlint reads no time of day), a range of one day. The clock time must be written as one ("8pm",
 * "20:00", "eight o'clock"): "between now and 2030" is a range of years, "tussen nu en acht uur" may be hours.
 */
export const nowClockExtractor: Extractor = {
  name: 'now-clock',
  pattern: (ctx) =>
    memo(ctx.lex, 'now-clock', () => {
      const { lex } = ctx;
      const now = matchAny(lex.rangeNowWords.filter((w) => !/\s/u.test(w) && w !== 'date'));
      const joiners = matchAny([...lex.dateRangeJoiners.filter((j) => /\p{L}/u.test(j)), ...Object.values(lex.rangeOpeners).flat()]);
      const clock = String.raw`(?:\d{1,2}[:.]\d\d(?:\s*${matchAny(lex.clockWords)})?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|(?:\d{1,2}|\p{L}+)\s+o['’]?clock)(?![\p{L}\p{N}]|[.:]\d)`;
      const openers = matchAny([...lex.dateRangeFrom, ...Object.keys(lex.rangeOpeners)]);
      const paired = matchAny(Object.values(lex.rangeOpeners).flat());
      return new RegExp(`(?<![\\p{L}])(?:${openers})\\s+(?:(${now})\\s+(?:${joiners})\\s+${clock}|${clock}\\s+(?:${paired})\\s+(${now})(?![\\p{L}]))`, 'giu');
    }),
  gate: (ctx) => memo(ctx.lex, 'now-clock-gate', () => new RegExp(matchAny(ctx.lex.rangeNowWords.filter((w) => !/\s/u.test(w) && w !== 'date')), 'giu')),
  extract(ctx, match) {
    const ref = ctx.doc.date;
    if (!ref || ref.grain !== 'day') return null;
    // "from now until 8pm on Friday", "between now and 8pm tomorrow": the clock time is another day's.
    if (dayAfter(ctx).test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 24))) return null;
    // Without the opener: the span is the two ends.
    const start = match.index + (/^\S+\s+/u.exec(match[0])?.[0].length ?? 0);
    const { since: _since, ...day } = dateDraft(ctx, start, match.index + match[0].length, { value: ref.value, low: ref.low, high: ref.high, grain: 'day' }) as DateDraft;
    // A range of one day: "from now" opens no period up to the article date.
    return { ...day, qualifier: 'range' };
  },
};

/** A day named right after a clock time: a weekday, a month, a digit or a day other than today ("tomorrow"). */
const dayAfter = (ctx: ExtractContext): RegExp =>
  memo(ctx.lex, 'now-clock-day-after', () => {
    const { lex } = ctx;
    const days = Object.keys(lex.casualDays).filter((d) => lex.casualDays[d] !== 0);
    const words = matchAny([...Object.keys(lex.weekdays), ...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations), ...days, ...lex.relativeDateWords]);
    return new RegExp(`^,?\\s+(?:${matchAny(lex.datePrepositions)}\\s+)?(?:\\d|${words}(?![\\p{L}]))`, 'iu');
  });
