import type { Claim, ClaimDraft } from '../claims/types.js';
import type { ReferenceDate } from '../document/types.js';
import { addDays, compareDays, daysInMonth, isoDay, isoMonth, isValidDay, parseDay } from '../util/calendar.js';
import { matchAny } from '../util/match-any.js';
import { memo } from '../util/memo.js';
import { countedDay, countedWeekday } from './common/date-nth-weekday.js';
import { holidayIn } from './common/holiday-extractor.js';
import type { Lexicon } from './lexicon.js';
import type { MeaningContext } from './meaning.js';

type Span = Pick<ClaimDraft & { kind: 'date' }, 'text' | 'value' | 'grain' | 'low' | 'high' | 'weekday' | 'since' | 'qualifier'>;
type Moved = { value: string; low: string; high: string };

/**
 * A weekday, a month, a day of a month or a named day read as the latest one before the article date
 * moves to the next one when the words before it in its clause speak of the future: "The Bank is
 * expected to keep rates at 5.25 percent on Thursday" (the coming Thursday), "De raad zal in augustus
 * beslissen" (this August), "It will happen on January 15" (the coming 15 January), "a 60 percent
 * chance of a cut in August"; or when a verb of a schedule in the present tense stands right before it:
 * "The race ends on Sunday", "De Tour eindigt zondag".
 */
export function shiftFutureDates(ctx: MeaningContext, claims: readonly Claim[]): void {
  const ref = ctx.doc.date;
  if (!ref || ctx.lex.futureCues.length === 0) return;
  const scheduled = memo(ctx.lex, 'future-schedule', () =>
    new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.scheduleVerbs)}\\s+(?:${matchAny(ctx.lex.datePrepositions)}\\s+)?$`, 'iu'));
  for (const claim of claims) {
    if (claim.kind !== 'date') continue;
    const sentenceStart = ctx.sentences[claim.sentence]?.start ?? 0;
    const future = futureCueBetween(ctx.lex, ctx.text, sentenceStart, claim.start) || scheduled.test(ctx.text.slice(Math.max(sentenceStart, claim.start - 40), claim.start));
    // "I'll be out this September": "this" names the article year's month, ahead or not.
    if (future && thisBefore(ctx.lex).test(ctx.text.slice(Math.max(0, claim.start - 12), claim.start))) {
      const own = claim.grain === 'month' && !/\d/u.test(claim.text) && claim.low.slice(0, 4) < ref.high.slice(0, 4) ? moveOneYear(claim) : null;
      if (own) Object.assign(claim, own);
      continue;
    }
    if (!future) continue;
    const moved = futureReading(ctx.lex, claim, ref);
    if (moved) Object.assign(claim, moved);
  }
}

/** Whether a stretch of text holds a future cue ("will", "zal", "wordt verwacht"). */
export function futureCueIn(lex: Lexicon, text: string): boolean {
  if (lex.futureCues.length === 0) return false;
  return memo(lex, 'future', () => new RegExp(`(?<![\\p{L}])${matchAny(lex.futureCues)}(?![\\p{L}])`, 'iu')).test(text);
}

/** Per lexicon, the text last searched and where the first cue after each start offset ends. */
const firstCues = new WeakMap<Lexicon, { text: string; ends: Map<number, number> }>();

/**
 * Whether a future cue stands in `text` from `from` to `to`, as `futureCueIn(lex, text.slice(from, to))`
 * but searching the text after `from` once: the claims of one long sentence ask it for ever longer
 * stretches from the same start, which sliced and searched anew took time quadratic in the sentence.
 */
export function futureCueBetween(lex: Lexicon, text: string, from: number, to: number): boolean {
  if (lex.futureCues.length === 0 || to <= from) return false;
  let cache = firstCues.get(lex);
  if (!cache || cache.text !== text) firstCues.set(lex, (cache = { text, ends: new Map() }));
  let end = cache.ends.get(from);
  if (end === undefined) {
    const re = memo(lex, 'future-global', () => new RegExp(`(?<![\\p{L}])${matchAny(lex.futureCues)}(?![\\p{L}])`, 'giu'));
    re.lastIndex = from;
    const m = re.exec(text);
    end = m ? m.index + m[0].length : Infinity;
    cache.ends.set(from, end);
  }
  return end <= to;
}

/** "tuesday evening", "dinsdagavond": a weekday and a part of the day (the lexicon's, apart or glued); its weekday. */
function weekdayWithPart(lex: Lexicon, words: string): number | undefined {
  const parts = [...lex.spacedDayParts, ...lex.dayParts];
  if (parts.length === 0) return undefined;
  const re = memo(lex, 'weekday-with-part', () => new RegExp(`^\\p{L}+?(?=\\s*${matchAny(parts)}$)`, 'u'));
  const name = re.exec(words)?.[0];
  return name === undefined ? undefined : lex.weekdays[name];
}

/** The coming reading of a date the layer read as past, or null when it stays (a stated year, a date ahead). */
export function futureReading(lex: Lexicon, claim: Span, ref: ReferenceDate): Moved | null {
  if (claim.since || claim.high >= ref.high || /\d{4}|['’]\d\d/u.test(claim.text)) return null;
  const words = claim.text.toLowerCase().replace(/\s+/gu, ' ');
  const weekday = claim.weekday ?? lex.weekdays[words] ?? weekdayWithPart(lex, words);
  const digits = /\d/u.test(claim.text);
  // "the first Tuesday of November": that weekday of the month a year on; "… of next month" stays.
  const counted = claim.grain === 'day' ? countedWeekday(lex, claim.text) : null;
  if (counted) return unitWord(lex).test(claim.text) || /\d{4}/u.test(claim.text) ? null : countedNextYear(claim, counted);
  if (claim.grain === 'day' && weekday !== undefined && !digits) return moveDays(claim, 7);
  // A named day first: "New Year's Day" holds a unit word, and is no unit of the article's calendar.
  const holiday = lex.holidays[words];
  if (claim.grain === 'day' && holiday) return nextHoliday(holiday, ref);
  // "eind van de maand", "the end of the week": a unit of the article's own calendar stays where it is.
  if (unitWord(lex).test(claim.text)) return null;
  // "vorig kwartaal", "next quarter": a period placed against the article date stays where it is.
  if (claim.qualifier === 'range' && shifted(lex).test(claim.text)) return null;
  if (claim.qualifier === 'range') return !digits || names(lex).test(claim.text) ? moveRangeOneYear(claim) : null; // "between August and October"
  if (claim.grain === 'month' && !digits) return moveOneYear(claim);
  if (claim.grain === 'day' && claim.weekday === undefined && names(lex).test(claim.text)) return moveOneYear(claim);
  return null;
}

const thisBefore = (lex: Lexicon): RegExp =>
  memo(lex, 'period-this', () => new RegExp(`(?<![\\p{L}])${matchAny(Object.keys(lex.calendarPeriods.shifts).filter((w) => lex.calendarPeriods.shifts[w] === 0))}\\s+$`, 'iu'));

const unitWord = (lex: Lexicon): RegExp =>
  memo(lex, 'period-unit', () => new RegExp(`(?<![\\p{L}])${matchAny(Object.keys(lex.calendarPeriods.units))}(?![\\p{L}])`, 'iu'));

const shifted = (lex: Lexicon): RegExp =>
  memo(lex, 'period-shift', () => new RegExp(`(?<![\\p{L}])${matchAny(Object.keys(lex.calendarPeriods.shifts))}(?![\\p{L}])`, 'iu'));

const names = (lex: Lexicon): RegExp =>
  memo(lex, 'month-word', () => new RegExp(`(?<![\\p{L}])${matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)])}(?![\\p{L}])`, 'iu'));

/** A range a year on: its value (the first end) and its first and last day. */
function moveRangeOneYear(claim: Span): Moved | null {
  const later = (iso: string) => `${String(Number(iso.slice(0, 4)) + 1).padStart(4, '0')}${iso.slice(4)}`;
  const low = parseDay(later(claim.low));
  const high = parseDay(later(claim.high.slice(0, 8) + '01'));
  const last = { ...high, day: Math.min(parseDay(claim.high).day, daysInMonth(high.year, high.month)) };
  if (!isValidDay(low)) return null;
  return { value: later(claim.value), low: isoDay(low), high: isoDay(last) };
}

function countedNextYear(claim: Span, { weekday, n }: { weekday: number; n: number }): Moved | null {
  const { year, month } = parseDay(claim.low);
  const day = countedDay(year + 1, month, weekday, n);
  if (day === null) return null;
  const iso = isoDay({ year: year + 1, month, day });
  return { value: iso, low: iso, high: iso };
}

function moveDays(claim: Span, days: number): Moved {
  const day = isoDay(addDays(parseDay(claim.low), days));
  return { value: day, low: day, high: day };
}

function moveOneYear(claim: Span): Moved | null {
  const low = parseDay(claim.low);
  const high = parseDay(claim.high);
  const year = low.year + 1;
  if (claim.grain === 'day') {
    const day = { ...low, year };
    return isValidDay(day) ? { value: isoDay(day), low: isoDay(day), high: isoDay(day) } : null;
  }
  const lastDay = Math.min(high.day, daysInMonth(year, high.month));
  return { value: isoMonth(year, low.month), low: isoDay({ ...low, year }), high: isoDay({ ...high, year, day: lastDay }) };
}

function nextHoliday(holiday: Lexicon['holidays'][string], ref: ReferenceDate): Moved | null {
  const anchor = parseDay(ref.high);
  for (const year of [anchor.year, anchor.year + 1]) {
    const day = holidayIn(holiday, year);
    if (day && compareDays(day, anchor) > 0) return { value: isoDay(day), low: isoDay(day), high: isoDay(day) };
  }
  return null;
}
