import type { Holiday } from '../lexicon.js';
import { addDays, compareDays, isoDay, parseDay, weekdayOf, daysInMonth, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { dateDraft } from './date-draft.js';

/**
 * `"Pasen 2018"`, `"met Kerst"`, `"volgende Koningsdag"`, `"Christmas Eve"`, `"Easter Monday"`: a named day
 * of the year. With a year it is that year's; with "volgende"/"next" or "vorige"/"last" the first after
 * or the last before the article date; else, like a month without a year, the latest one on or before
 * the article date. A name of one word ("Kerst", "Easter") needs a cue before it ("met", "at") or a
 * year after it, as a noun before another noun ("Christmas tree") names no day.
 */
export const holidayExtractor: Extractor = {
  name: 'holiday',
  pattern: (ctx) =>
    memo(ctx.lex, 'holiday', () => {
      const { lex } = ctx;
      const names = Object.keys(lex.holidays);
      if (names.length === 0) return /(?!)/g;
      const shift = matchAny(Object.keys(lex.holidayShifts));
      const cue = matchAny(lex.holidayCues);
      const relYear = matchAny(Object.keys(lex.relativeYears));
      // "op Tweede Paasdag om 10.30", "on Easter Monday at 10:30 am": the clock time belongs to the day.
      const clock = String.raw`(?:\s+${matchAny(lex.clockJoiners)}\s+\d{1,2}(?:[:.]\d\d)?(?:\s*${matchAny(lex.clockWords)})?(?![\p{L}\p{N}]))?`;
      return new RegExp(
        `(?<![\\p{L}])(?:(${cue})\\s+(?:${matchAny([lex.nightOf.article])}\\s+)?)?(?:(${shift})\\s+)?(${matchAny(names)})(?![\\p{L}'’-])(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}])|\\s+(${relYear})(?![\\p{L}]))?${clock}`,
        'giud',
      );
    }),
  // A holiday's name, without the cue, shift and lookbehind that make every position a start.
  gate: (ctx) => memo(ctx.lex, 'holiday-gate', () => (Object.keys(ctx.lex.holidays).length === 0 ? /(?!)/g : new RegExp(matchAny(Object.keys(ctx.lex.holidays)), 'giu'))),
  extract(ctx, match) {
    const [, cue, shiftWord, name = '', yearDigits, relYear] = match;
    const ref = ctx.doc.date;
    const key = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
    const holiday = ctx.lex.holidays[key(name)];
    if (!holiday) return null;
    // "the Good Friday Agreement", "the Boxing Day tsunami": a name, or an event of some year.
    if (nameNounAfter(ctx).test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 16))) return null;
    if (!/\s/u.test(name) && cue === undefined && shiftWord === undefined && yearDigits === undefined && relYear === undefined) return null;
    // "before new year", not "for the new year" nor "the new year" alone.
    if (ctx.lex.holidaysAfterCueOnly.includes(key(name)) && (cue === undefined || shiftWord !== undefined || /\p{L}/u.test(ctx.text.slice(match.indices?.[1]?.[1] ?? 0, match.indices?.[3]?.[0] ?? 0)))) return null;
    const shift = shiftWord === undefined ? undefined : ctx.lex.holidayShifts[shiftWord.toLowerCase()];
    const yearShift = relYear === undefined ? undefined : ctx.lex.relativeYears[relYear.toLowerCase().replace(/\s+/gu, ' ')];
    let day: Day | null;
    if (yearDigits !== undefined) day = holidayIn(holiday, Number(yearDigits));
    else if (!ref) return null;
    else if (yearShift !== undefined) day = holidayIn(holiday, parseDay(ref.high).year + yearShift);
    else day = nearest(holiday, parseDay(ref.high), shift);
    if (!day) return null;
    // The span starts at the shift word ("volgende Pasen"), not at the cue before it ("met").
    const start = match.indices?.[shiftWord === undefined ? 3 : 2]?.[0] ?? match.index;
    const iso = isoDay(day);
    return dateDraft(ctx, start, match.index + match[0].length, { value: iso, low: iso, high: iso, grain: 'day' });
  },
};

const nameNounAfter = (ctx: ExtractContext): RegExp =>
  memo(ctx.lex, 'holiday-name-noun', () => (ctx.lex.holidayNameNouns.length === 0 ? /(?!)/u : new RegExp(`^\\s+${matchAny(ctx.lex.holidayNameNouns)}(?![\\p{L}])`, 'iu')));

/** The holiday's day in a year. */
export function holidayIn(holiday: Holiday, year: number): Day | null {
  if ('easter' in holiday) return addDays(easterSunday(year), holiday.easter);
  if ('hijriMonth' in holiday) return hijriDayIn(holiday.hijriMonth, holiday.hijriDay, year);
  if ('nth' in holiday) {
    const { month, weekday, nth, shift = 0 } = holiday;
    let day: Day;
    if (nth > 0) {
      const first = { year, month, day: 1 };
      day = addDays(first, (weekday - weekdayOf(first) + 7) % 7 + 7 * (nth - 1));
    } else {
      const last = { year, month, day: daysInMonth(year, month) };
      day = addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
    }
    return addDays(day, shift);
  }
  return { year, month: holiday.month, day: holiday.day };
}

/** The last on or before the anchor, or with `next` the first after it and with `last` the last before it. */
function nearest(holiday: Holiday, anchor: Day, shift: 'next' | 'last' | undefined): Day | null {
  const days = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => holidayIn(holiday, y)).filter((d): d is Day => d !== null);
  if (shift === 'next') return days.find((d) => compareDays(d, anchor) > 0) ?? null;
  const before = days.filter((d) => (shift === 'last' ? compareDays(d, anchor) < 0 : compareDays(d, anchor) <= 0));
  return before[before.length - 1] ?? null;
}

let hijriFormat: Intl.DateTimeFormat | undefined;
const hijriDays = new Map<string, Day | null>();

/**
 * The first day of a Gregorian year that the Umm al-Qura calendar (ICU's, as in Saudi Arabia; a local
 * moon sighting may fall a day apart) gives as that Islamic month and day. The Islamic year is about 11
 * days shorter: the day is found from an estimate and a few days on either side.
 */
function hijriDayIn(month: number, day: number, year: number): Day | null {
  const key = `${month}-${day}-${year}`;
  const known = hijriDays.get(key);
  if (known !== undefined) return known;
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  const format = hijriFormat;
  const read = (d: Day) => {
    const parts = format.formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
    return { month: Number(parts.find((p) => p.type === 'month')?.value), day: Number(parts.find((p) => p.type === 'day')?.value) };
  };
  const jan1 = { year, month: 1, day: 1 };
  const at = read(jan1);
  // Days from 1 January to the wanted day, at 29.53 days a month, within one Islamic year (354.37 days).
  const estimate = Math.round(((((month - at.month) * 29.53 + (day - at.day)) % 354.37) + 354.37) % 354.37);
  let found: Day | null = null;
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const candidate = addDays(jan1, estimate + delta);
    if (candidate.year !== year) continue;
    const hijri = read(candidate);
    if (hijri.month === month && hijri.day === day) {
      found = candidate;
      break;
    }
  }
  hijriDays.set(key, found);
  return found;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * `"Labor Day weekend"`, `"the weekend of Halloween"`, `"Thanksgiving 2023 weekend"`, `"het paasweekend"`:
 * the Saturday and Sunday nearest the holiday, with the holiday itself (a Monday holiday takes the
 * weekend before it, a Thursday or Friday the one after), as one range. The holiday as `holidayExtractor`
 * reads it: with a year that year's, else the latest on or before the article date.
 */
export const holidayWeekendExtractor: Extractor = {
  name: 'holiday-weekend',
  pattern: (ctx) =>
    memo(ctx.lex, 'holiday-weekend', () => {
      const { lex } = ctx;
      const names = matchAny(Object.keys(lex.holidays));
      const { word, of, compounds } = lex.holidayWeekend;
      const year = String.raw`(\d{4})(?![\p{L}\p{N}])`;
      const compound = Object.keys(compounds).length === 0 ? '(?!)' : `(${matchAny(Object.keys(compounds))})`;
      return new RegExp(
        `(?<![\\p{L}])(?:(?:${matchAny([lex.nightOf.article])}\\s+)?${matchAny([word])}\\s+${matchAny([of])}\\s+(${names})(?:,?\\s+${year})?|(${names})(?:\\s+${year})?\\s+${matchAny([word])}(?:\\s+${year})?|${compound}(?:\\s+${year})?)(?![\\p{L}])`,
        'giu',
      );
    }),
  // The weekend word or a compound ("paasweekend"): every form holds one.
  gate: (ctx) => memo(ctx.lex, 'holiday-weekend-gate', () => new RegExp(matchAny([ctx.lex.holidayWeekend.word, ...Object.keys(ctx.lex.holidayWeekend.compounds)]), 'giu')),
  extract(ctx, match) {
    const [text, nameOf, yearOf, nameBefore, yearBefore, yearAfter, compound, yearCompound] = match;
    const key = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
    const name = nameOf ?? nameBefore ?? ctx.lex.holidayWeekend.compounds[key(compound ?? '')] ?? '';
    const holiday = ctx.lex.holidays[key(name)];
    const year = yearOf ?? yearBefore ?? yearAfter ?? yearCompound;
    const ref = ctx.doc.date;
    if (!holiday || (year === undefined && !ref)) return null;
    const day = year !== undefined ? holidayIn(holiday, Number(year)) : nearest(holiday, parseDay(ref!.high), undefined);
    if (!day) return null;
    const saturday = addDays(day, [-1, -2, -3, 3, 2, 1, 0][weekdayOf(day)]!);
    const low = compareDays(day, saturday) < 0 ? day : saturday;
    const sunday = addDays(saturday, 1);
    const high = compareDays(day, sunday) > 0 ? day : sunday;
    const draft = dateDraft(ctx, match.index, match.index + text.length, { value: isoDay(low), low: isoDay(low), high: isoDay(high), grain: 'day' });
    return draft.kind === 'date' ? { ...draft, qualifier: 'range' } : null;
  },
};
