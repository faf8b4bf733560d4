import type { ClaimDraft } from '../../claims/types.js';
import { daysBetween, isoDay, isValidDay, parseDay, weekdayOf, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { dateDraft, monthFirstDigits } from './date-draft.js';
import { resolveDate, shiftReference } from './date-resolve.js';

const dayClaim = (ctx: ExtractContext, start: number, end: number, day: Day, weekday?: number): ClaimDraft => {
  const iso = isoDay(day);
  return dateDraft(ctx, start, end, { value: iso, low: iso, high: iso, grain: 'day' }, weekday);
};

/** `"gisteravond"`, `"vanmorgen"`, `"this morning"`: a day against the article date that chrono does not read. */
export const casualDayExtractor: Extractor = {
  name: 'casual-day',
  pattern: (ctx) =>
    memo(ctx.lex, 'casual-day', () => {
      const words = Object.keys(ctx.lex.casualDays);
      return words.length === 0 ? /(?!)/g : new RegExp(`(?<![\\p{L}])${matchAny(words)}(?![\\p{L}])`, 'giu');
    }),
  extract(ctx, match) {
    const shift = ctx.lex.casualDays[match[0].toLowerCase().replace(/\s+/gu, ' ')];
    if (shift === undefined || !ctx.doc.date) return null;
    return dateDraft(ctx, match.index, match.index + match[0].length, shiftReference(ctx.doc.date, shift));
  },
};

// What may follow a day of the month with no month: the end of the clause, or a clock time ("om 4",
// "at 4", "19.00", "zes uur", "six pm"). A word ("Monday 21 people died", "zat de 4e keer") makes the
// number something else.
const afterDay = (ctx: ExtractContext): string =>
  memo(ctx.lex, 'after-day', () => {
    const { clockJoiners, clockWords } = ctx.lex;
    // "op de 29e - meet om 14.00": a dash between the items of a note; "op de 17 van 14.00 tot 16.00", "maandag
    // 21 tussen 9:30 en 15:00", "on the 17 from 2pm": a range of clock times.
    return String.raw`(?=\s*(?:[!?.,;:)](?!\d)|$)|[^\S\n]*\n|\s+[-–]\s|${clockRange(ctx)}|\s+${matchAny(clockJoiners)}\s+\p{L}*\d?|\s+\d|\s+\p{L}+\s+${matchAny(clockWords)}(?![\p{L}]))`;
  });

/** A range of clock times opening: "van 14.00", "tussen 9:30", "from 2pm", "between 2 and 4pm". */
const clockRange = (ctx: ExtractContext): string =>
  memo(ctx.lex, 'clock-range', () => {
    const openers = matchAny([...ctx.lex.dateRangeFrom, ...Object.keys(ctx.lex.rangeOpeners)]);
    return String.raw`\s+${openers}\s+(?:\d{1,2}[.:]\d\d|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s+\p{L}+\s+\d{1,2}\s*(?:am|pm|[.:]\d\d))`;
  });

/** The day-of-month part: "21", "13th", "de 26e", "the eleventh", "de elfde". */
const dayOfMonth = (ctx: ExtractContext): string =>
  String.raw`(?:(${matchAny([ctx.lex.nightOf.article])})\s+)?(?:([12]\d|3[01]|0?[1-9])(?:(/)([12]\d|3[01]|0?[1-9])(?![-/.]\d))?(${matchAny(ctx.lex.ordinalSuffixes)})?|(${matchAny(Object.keys(ctx.lex.dayOrdinals))}))`;

/**
 * `"maandag 21"`, `"vrijdag de 26e"`, `"Tue 13th"`, `"tuesday the eleventh"`: a weekday with a day of the
 * month and no month. It is the nearest month to the article date in which that day is that weekday.
 */
export const weekdayDayExtractor: Extractor = {
  name: 'weekday-day',
  pattern: (ctx) =>
    memo(ctx.lex, 'weekday-day', () => {
      const days = matchAny([...Object.keys(ctx.lex.weekdays), ...Object.keys(ctx.lex.weekdayAbbreviations)]);
      return new RegExp(`(?<![\\p{L}])(${days})(\\.)?,?\\s+${dayOfMonth(ctx)}(?![\\p{L}\\p{N}])${afterDay(ctx)}`, 'giu');
    }),
  extract(ctx, match) {
    const [, dayWord = '', , article, digits, slash, second, suffix, ordinal] = match;
    const name = dayWord.toLowerCase();
    const weekday = ctx.lex.weekdays[name] ?? ctx.lex.weekdayAbbreviations[name];
    const day = digits !== undefined ? Number(digits) : ctx.lex.dayOrdinals[(ordinal ?? '').toLowerCase().replace(/\s+/gu, ' ')];
    const ref = ctx.doc.date;
    if (weekday === undefined || day === undefined || !ref) return null;
    if (slash !== undefined) return writtenDate(ctx, match, weekday, day, Number(second));
    // A short name ("zo", "do", "Sat") is a weekday only with a day written as one ("Sat 14th", "zo de 31e").
    if (ctx.lex.weekdays[name] === undefined && digits !== undefined && suffix === undefined && article === undefined) return null;
    const found = nearestMonthWith(parseDay(ref.high), day, weekday);
    return found ? dayClaim(ctx, match.index, match.index + match[0].length, found, weekday) : null;
  },
};

/**
 * "maandag 12/4", "Friday 4/12": a weekday with a day and month in digits (day first in Dutch, month
 * first in English). The weekday is kept, so that a wrong one is reported (weekday-mismatch). Not with
 * a hyphen: "Ajax won zondag 2-1" is a score.
 */
function writtenDate(ctx: ExtractContext, match: RegExpExecArray, weekday: number, first: number, second: number): ClaimDraft | null {
  const [day, month] = monthFirstDigits(ctx) ? [second, first] : [first, second];
  if (month > 12) return null;
  const resolved = resolveDate({ month, day, weekday }, ctx.doc.date);
  return resolved ? dateDraft(ctx, match.index, match.index + match[0].length, resolved, weekday) : null;
}

/** The day `day` of the month nearest to `anchor` on which it falls on `weekday` (up to 14 months away; ties go back). */
function nearestMonthWith(anchor: Day, day: number, weekday: number): Day | null {
  let best: Day | null = null;
  for (let k = -14; k <= 14; k++) {
    const m = anchor.month - 1 + k;
    const candidate = { year: anchor.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1, day };
    if (!isValidDay(candidate) || weekdayOf(candidate) !== weekday) continue;
    if (!best || Math.abs(daysBetween(anchor, candidate)) < Math.abs(daysBetween(anchor, best))) best = candidate;
  }
  return best;
}

/**
 * `"18 and 19 June"`, `"18 en 19 juni 2020"`: the first days of a list take the month (and year) of the
 * last. The last is read by the month extractor; this reads each day before it.
 */
export const dayListExtractor: Extractor = {
  name: 'day-list',
  pattern: (ctx) =>
    memo(ctx.lex, 'day-list', () => {
      const { lex } = ctx;
      const suffix = `(?:${matchAny(lex.ordinalSuffixes)})?`;
      const months = matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)]);
      return new RegExp(
        `(?<![\\p{L}\\p{N}.,])([12]\\d|3[01]|0?[1-9])${suffix}(?=(?:\\s*,\\s*(?:[12]\\d|3[01]|0?[1-9])${suffix}){0,6}\\s*(?:,|&|${matchAny([lex.listJoiner])})\\s+(?:[12]\\d|3[01]|0?[1-9])${suffix}\\s+(${months})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}]))`,
        'giu',
      );
    }),
  extract(ctx, match) {
    const [text, digits = '', monthWord = '', year] = match;
    const month = ctx.lex.months[monthWord.toLowerCase()] ?? ctx.lex.monthAbbreviations[monthWord.toLowerCase()];
    if (month === undefined || ctx.lex.monthHomographs.includes(monthWord)) return null;
    const resolved = resolveDate({ month, day: Number(digits), ...(year ? { year: Number(year) } : {}) }, ctx.doc.date);
    return resolved ? dateDraft(ctx, match.index, match.index + text.length, resolved) : null;
  },
};

/**
 * `"op de 15e"`, `"on the 18th"`: a day of the month alone, after a word that dates it. It is that day
 * in the article's month, or the month before when that day is still to come (news reports the past).
 */
export const dayAloneExtractor: Extractor = {
  name: 'day-alone',
  pattern: (ctx) =>
    memo(ctx.lex, 'day-alone', () => {
      const { lex } = ctx;
      // A bare number is a day only before a range of clock times: "op de 17 van 14.00 tot 16.00".
      const day = String.raw`(?:([12]\d|3[01]|0?[1-9])(?:${matchAny(lex.ordinalSuffixes)}|(?=${clockRange(ctx)}))|(${matchAny(Object.keys(lex.dayOrdinals))}))`;
      // Without the article only a day with its ordinal ending, before the end of a clause or a dash: "Starbucks
      // on 29th - meet at 2pm" ("on 5th Avenue" goes on with a word).
      const bare = String.raw`([12]\d|3[01]|0?[1-9])${matchAny(lex.ordinalSuffixes)}`;
      return new RegExp(`(?<![\\p{L}])${matchAny(lex.dayAloneCues)}\\s+(${matchAny([lex.nightOf.article])}\\s+${day}|${bare})(?![\\p{L}\\p{N}])${afterDay(ctx)}`, 'giud');
    }),
  extract(ctx, match) {
    const [, phrase = '', dayDigits, ordinal, bareDigits] = match;
    const digits = dayDigits ?? bareDigits;
    const ref = ctx.doc.date;
    const day = digits !== undefined ? Number(digits) : ctx.lex.dayOrdinals[(ordinal ?? '').toLowerCase().replace(/\s+/gu, ' ')];
    if (!ref || ref.grain !== 'day' || day === undefined) return null;
    const anchor = parseDay(ref.high);
    let found: Day | null = null;
    for (let k = day <= anchor.day ? 0 : -1; k >= -12 && !found; k--) {
      const m = anchor.month - 1 + k;
      const candidate = { year: anchor.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1, day };
      if (isValidDay(candidate)) found = candidate;
    }
    const start = match.indices?.[1]?.[0] ?? match.index;
    return found ? dayClaim(ctx, start, start + phrase.length, found) : null;
  },
};

/**
 * `"2/29"` (month first) or `"29/2"` (day first): the leap day in digits with no year, which chrono
 * leaves unread in a common year. It is the latest 29 February before the article date. Not a share
 * ("2/29 of the seats") nor before a unit.
 */
export const leapDayExtractor: Extractor = {
  name: 'leap-day',
  pattern: (ctx) =>
    memo(ctx.lex, 'leap-day', () => new RegExp(String.raw`(?<![\p{L}\p{N}/.,\-])(?:0?2/29|29/0?2)(?![\p{L}\p{N}/]|[.,\-]\d)`, 'gu')),
  gate: () => /29/g,
  extract(ctx, match) {
    const monthFirst = monthFirstDigits(ctx);
    if (match[0].startsWith('29') === monthFirst) return null;
    const end = match.index + match[0].length;
    if (ctx.grammar.suffixAt(ctx.text, end) !== null || /^\s+(?:of|van)\s/iu.test(ctx.text.slice(end, end + 6))) return null;
    const resolved = resolveDate({ month: 2, day: 29 }, ctx.doc.date);
    return resolved ? dateDraft(ctx, match.index, end, resolved) : null;
  },
};

/**
 * `"Friday-Jun-15"`, `"this Friday-June-15"`: a weekday, a month and a day joined by hyphens, as a
 * calendar entry writes them (chrono reads a range from the weekday to the day). The date states its
 * day; a word that places the weekday ("this") is part of the span but moves nothing. The weekday is
 * kept for weekday-mismatch.
 */
export const weekdayMonthDayExtractor: Extractor = {
  name: 'weekday-month-day',
  pattern: (ctx) =>
    memo(ctx.lex, 'weekday-month-day', () => {
      const { lex } = ctx;
      const days = matchAny([...Object.keys(lex.weekdays), ...Object.keys(lex.weekdayAbbreviations)]);
      const months = matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)]);
      return new RegExp(`(?<![\\p{L}])(?:${matchAny(Object.keys(lex.weekdayShifts))}\\s+)?(${days})-(${months})-([12]\\d|3[01]|0?[1-9])(?![\\p{L}\\p{N}]|[-/.]\\d)`, 'giu');
    }),
  gate: () => /\p{L}-\p{L}+-\d/gu,
  extract(ctx, match) {
    const [text, dayWord = '', monthWord = '', digits = ''] = match;
    const weekday = ctx.lex.weekdays[dayWord.toLowerCase()] ?? ctx.lex.weekdayAbbreviations[dayWord.toLowerCase()];
    const month = ctx.lex.months[monthWord.toLowerCase()] ?? ctx.lex.monthAbbreviations[monthWord.toLowerCase()];
    if (weekday === undefined || month === undefined) return null;
    const resolved = resolveDate({ month, day: Number(digits), weekday }, ctx.doc.date);
    return resolved ? dateDraft(ctx, match.index, match.index + text.length, resolved, weekday) : null;
  },
};
