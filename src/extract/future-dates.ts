import type { Claim, DateClaim } from '../claims/types.js';
import { addDays, daysInMonth, isoDay, isoMonth, parseDay } from '../util/calendar.js';
import { matchAny } from '../util/match-any.js';
import { memo } from '../util/memo.js';
import type { MeaningContext } from './meaning.js';

/**
 * A weekday or a month read as the latest one before the article date moves to the next one when the
 * words before it in its clause speak of the future: "The Bank is expected to keep rates at 5.25
 * percent on Thursday" (the coming Thursday), "De raad zal in augustus beslissen" (this August), "a 60
 * percent chance of a cut in August"; or when a verb of a schedule in the present tense stands right
 * before it: "The race ends on Sunday", "De Tour eindigt zondag".
 */
export function shiftFutureDates(ctx: MeaningContext, claims: readonly Claim[]): void {
  const ref = ctx.doc.date;
  if (!ref || ctx.lex.futureCues.length === 0) return;
  const re = memo(ctx.lex, 'future', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.futureCues)}(?![\\p{L}])`, 'iu'));
  const scheduled = memo(ctx.lex, 'future-schedule', () =>
    new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.scheduleVerbs)}\\s+(?:${matchAny(ctx.lex.datePrepositions)}\\s+)?$`, 'iu'));
  for (const claim of claims) {
    if (claim.kind !== 'date' || claim.since || claim.high >= ref.high || /\d/u.test(claim.text)) continue;
    const sentenceStart = ctx.sentences[claim.sentence]?.start ?? 0;
    const future = re.test(ctx.text.slice(sentenceStart, claim.start)) || scheduled.test(ctx.text.slice(Math.max(sentenceStart, claim.start - 40), claim.start));
    if (!future) continue;
    const weekday = claim.weekday ?? ctx.lex.weekdays[claim.text.toLowerCase()];
    if (claim.grain === 'day' && weekday !== undefined) moveDay(claim, 7);
    else if (claim.grain === 'month') moveMonthOneYear(claim);
  }
}

function moveDay(claim: DateClaim, days: number): void {
  const day = isoDay(addDays(parseDay(claim.low), days));
  Object.assign(claim, { value: day, low: day, high: day });
}

function moveMonthOneYear(claim: DateClaim): void {
  const low = parseDay(claim.low);
  const high = parseDay(claim.high);
  const year = low.year + 1;
  const lastDay = Math.min(high.day, daysInMonth(year, high.month));
  Object.assign(claim, { value: isoMonth(year, low.month), low: isoDay({ ...low, year }), high: isoDay({ ...high, year, day: lastDay }) });
}
