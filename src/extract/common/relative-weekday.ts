import type { ClaimDraft } from '../../claims/types.js';
import { addDays, isoDay, parseDay, weekdayOf } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import type { WeekdayShift } from '../lexicon.js';
import { dateDraft } from './date-draft.js';
import { rangeDraft } from './date-range.js';

/** The pattern of a weekday with a word that places it ("volgende maandag", "next week on Tuesday"). */
export const relativeWeekdayPattern = (ctx: ExtractContext): RegExp =>
  memo(ctx.lex, 'relative-weekday', () => {
    const { lex } = ctx;
    const day = matchAny(Object.keys(lex.weekdays));
    const mod = matchAny(Object.keys(lex.weekdayShifts));
    const week = matchAny(Object.keys(lex.relativeWeeks));
    // A part of the day may close the weekday: "komende maandagmiddag", "Wednesday evening next week".
    const part = lex.dayParts.length === 0 ? '' : `(?:${matchAny(lex.dayParts)})?`;
    const spaced = lex.spacedDayParts.length === 0 ? '' : `(?:\\s+${matchAny(lex.spacedDayParts)})?`;
    // After a week, an abbreviation too: "next week Mon".
    const dayOrShort = matchAny([...Object.keys(lex.weekdays), ...Object.keys(lex.weekdayAbbreviations)]);
    // "volgende week (op) maandag", "volgende maandag", and "dinsdag (van) vorige week".
    return new RegExp(`(?<![\\p{L}])(?:(?:(${week})(?:\\s+${matchAny(lex.datePrepositions)})?[\\s,-]+(${dayOrShort})|(${mod})\\s+(${day}))${part}|(${day})${part}${spaced}\\s+(?:${matchAny([lex.modifierJoiner])}\\s+)?(${week}))(?![\\p{L}])`, 'giu');
  });

/**
 * A weekday placed by the words before it, against the article date: `"volgende vrijdag"` is Friday of
 * the week after the article's, `"komende donderdag"` the first Thursday after it, `"afgelopen woensdag"`
 * the last Wednesday before it, `"volgende week dinsdag"` / `"next week on Tuesday"` that week's Tuesday.
 * chrono reads these as the nearest weekday either way, or drops the modifier.
 */
export const relativeWeekdayExtractor: Extractor = {
  name: 'relative-weekday',
  pattern: relativeWeekdayPattern,
  extract(ctx, match) {
    const ref = ctx.doc.date;
    const [, weekBefore, shortBefore, modifier, dayBefore, dayAfter, weekAfter] = match;
    const weekPhrase = weekBefore ?? weekAfter;
    const dayWord = shortBefore ?? dayBefore ?? dayAfter ?? '';
    // An abbreviation only capitalised and not a word of its own ("last week sat down").
    const short = ctx.lex.weekdays[dayWord.toLowerCase()] === undefined;
    if (short && (!/^\p{Lu}/u.test(dayWord) || ctx.lex.weekdayAbbreviationWords.includes(dayWord.toLowerCase()))) return null;
    const weekday = ctx.lex.weekdays[dayWord.toLowerCase()] ?? ctx.lex.weekdayAbbreviations[dayWord.toLowerCase()];
    if (!ref || ref.grain !== 'day' || weekday === undefined) return null;
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
    const shift: WeekdayShift | undefined = weekPhrase
      ? ({ '-1': 'last-week', '0': 'this-week', '1': 'next-week' } as const)[String(ctx.lex.relativeWeeks[norm(weekPhrase)]) as '-1' | '0' | '1']
      : ctx.lex.weekdayShifts[norm(modifier ?? '')];
    if (!shift) return null;
    const day = isoDay(placeWeekday(parseDay(ref.high), weekday, shift));
    const start = match.index;
    const end = start + match[0].length;
    const claim = dateDraft(ctx, start, end, { value: day, low: day, high: day, grain: 'day' }, weekday) as ClaimDraft & { kind: 'date' };
    return weekdayRange(ctx, claim, day) ?? claim;
  },
};

const weekdayRangePatterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'relative-weekday-range', () => {
    const { lex } = ctx;
    const openers = Object.keys(lex.rangeOpeners);
    const dated = `(?!,?\\s*(?:\\d|${matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)])}(?![\\p{L}])))`;
    return {
      opener: new RegExp(`(?<![\\p{L}])(?:${matchAny([...lex.dateRangeFrom, ...openers])})\\s+$`, 'iu'),
      paired: new RegExp(`(?<![\\p{L}])(?:${matchAny(openers)})\\s+$`, 'iu'),
      // Not a weekday with its own date ("to Friday, June 12"): that end is read with its date.
      to: new RegExp(`^\\s*(?:${matchAny(lex.dateRangeJoiners)})\\s*(${matchAny(Object.keys(lex.weekdays))})(?![\\p{L}])${dated}`, 'iu'),
      and: new RegExp(`^\\s+(?:${matchAny(Object.values(lex.rangeOpeners).flat())})\\s+(${matchAny(Object.keys(lex.weekdays))})(?![\\p{L}])${dated}`, 'iu'),
    };
  });

/**
 * `"from next Monday to Friday"`, `"tussen volgende maandag en vrijdag"`: a placed weekday opening a range
 * whose end is a bare weekday is one range, to the first such weekday after it (the bare weekday read
 * alone would be the last one before the article date). Only after an opener: "next Monday to Friday"
 * alone may be two days of a list. No weekday is lost to weekday-mismatch: neither end states a date.
 */
function weekdayRange(ctx: ExtractContext, claim: ClaimDraft & { kind: 'date' }, day: string): ClaimDraft | null {
  const re = weekdayRangePatterns(ctx);
  const before = ctx.text.slice(Math.max(0, claim.start - 12), claim.start);
  if (!re.opener.test(before)) return null;
  const after = ctx.text.slice(claim.end, claim.end + 24);
  const m = (re.paired.test(before) ? re.and : re.to).exec(after);
  const last = m ? ctx.lex.weekdays[m[1]!.toLowerCase()] : undefined;
  if (!m || last === undefined) return null;
  const first = parseDay(day);
  const to = isoDay(addDays(first, (last - weekdayOf(first) + 7) % 7 || 7));
  return rangeDraft(ctx, claim.start, claim.end + m[0].length, claim, { value: to, low: to, high: to, grain: 'day' });
}

function placeWeekday(anchor: ReturnType<typeof parseDay>, weekday: number, shift: WeekdayShift) {
  const today = weekdayOf(anchor);
  const monday = addDays(anchor, -((today + 6) % 7));
  const inWeek = (weeks: number) => addDays(monday, 7 * weeks + ((weekday + 6) % 7));
  switch (shift) {
    case 'next-week':
      return inWeek(1);
    case 'last-week':
      return inWeek(-1);
    case 'this-week':
      return inWeek(0);
    case 'upcoming':
      return addDays(anchor, (weekday - today + 7) % 7 || 7);
    case 'past':
      return addDays(anchor, -((today - weekday + 7) % 7 || 7));
  }
}
