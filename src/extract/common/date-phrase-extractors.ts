import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { opensAbbreviatedMonth } from './date-open-month.js';
import { dateDraft } from './date-draft.js';
import { homographVerb, isFigureBefore } from './date-extractor.js';
import { resolveDate, resolveWeekday, UNRESOLVED } from './date-resolve.js';

function weekdayDraft(ctx: ExtractContext, start: number, end: number, weekday: number): ClaimDraft | null {
  return ctx.doc.date ? dateDraft(ctx, start, end, resolveWeekday(weekday, ctx.doc.date)) : null;
}

/**
 * `"de nacht van dinsdag op woensdag"` / `"the night of Tuesday to Wednesday"` → the Wednesday, one claim
 * for the whole phrase (chrono reads the two weekdays apart, or not at all).
 */
export const nightOfExtractor: Extractor = {
  name: 'night-of',
  pattern: (ctx) => memo(ctx.lex, 'night-of', () => {
    const day = matchAny(Object.keys(ctx.lex.weekdays));
    const { article, opener, joiner } = ctx.lex.nightOf;
    return new RegExp(`(?<![\\p{L}])(?:${matchAny([article])}\\s+)?${matchAny([opener])}\\s+(${day})\\s+${matchAny([joiner])}\\s+(${day})(?![\\p{L}])`, 'giu');
  }),
  extract(ctx, match) {
    const weekday = ctx.lex.weekdays[(match[2] ?? '').toLowerCase()];
    return weekday === undefined ? null : weekdayDraft(ctx, match.index, match.index + match[0].length, weekday);
  },
};

/** `"donderdagochtend"`, `"woensdagavond"`: a weekday with a part of the day glued to it. */
export const weekdayPartExtractor: Extractor = {
  name: 'weekday-part',
  pattern: (ctx) =>
    memo(ctx.lex, 'weekday-part', () =>
      ctx.lex.dayParts.length === 0 ? /(?!)/g : new RegExp(`(?<![\\p{L}])(${matchAny(Object.keys(ctx.lex.weekdays))})${matchAny(ctx.lex.dayParts)}(?![\\p{L}])`, 'giu'),
    ),
  extract(ctx, match) {
    const weekday = ctx.lex.weekdays[(match[1] ?? '').toLowerCase()];
    return weekday === undefined ? null : weekdayDraft(ctx, match.index, match.index + match[0].length, weekday);
  },
};

/**
 * `"in 2019"`, `"sinds 2015"`: a year after a cue word is a date of year grain, never a count. A second
 * year joined to it by "en" / "and" is one too: `"in 2007 en 2009"` names two years.
 */
export const yearExtractor: Extractor = {
  name: 'year',
  pattern: (ctx) =>
    memo(ctx.lex, 'year', () => {
      const year = String.raw`((?:1[89]|2[01])\d\d)(?![\p{L}\p{N}]|[.,]\d)`;
      return new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.yearCues)}\\s+${year}(?:\\s+${matchAny([ctx.lex.listJoiner])}\\s+${year})?`, 'giud');
    }),
  extract(ctx, match) {
    const drafts: ClaimDraft[] = [];
    for (const group of [1, 2]) {
      const year = match[group];
      const at = match.indices?.[group]?.[0];
      if (year === undefined || at === undefined) continue;
      // "in 2000 huizen", "in 2019 en 2000 mensen": a number before a measure word counts.
      const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(at + year.length, at + year.length + 40))?.[1];
      if (next !== undefined && ctx.isMeasureWord(next.toLowerCase())) continue;
      const resolved = resolveDate({ year: Number(year) }, ctx.doc.date);
      if (resolved) drafts.push(dateDraft(ctx, at, at + year.length, resolved));
    }
    return drafts.length === 0 ? null : drafts;
  },
};

/**
 * `"before 2000 but not 1998"`, `"na 2010 maar niet 2012"`: a year set apart right after a year a cue
 * dates is a year too, with no cue of its own. Not before a measure word ("but not 2000 people").
 */
export const exceptedYearExtractor: Extractor = {
  name: 'excepted-year',
  pattern: (ctx) =>
    memo(ctx.lex, 'excepted-year', () => {
      const { lex } = ctx;
      const year = String.raw`((?:1[89]|2[01])\d\d)(?![\p{L}\p{N}]|[.,\-/]\d)`;
      const cues = matchAny([...lex.yearCues, ...lex.openYears.after, ...lex.openYears.before, ...lex.openYears.beforeCoordinated]);
      // The dated year is looked back for once the exception words have matched, not at every position.
      return new RegExp(`${matchAny(lex.yearExceptions)}(?<=(?<![\\p{L}])(?:${cues})\\s+(?:1[89]|2[01])\\d\\d,?\\s+${matchAny(lex.yearExceptions)})\\s+${year}`, 'giud');
    }),
  gate: (ctx) => memo(ctx.lex, 'excepted-year-gate', () => new RegExp(matchAny(ctx.lex.yearExceptions), 'giu')),
  extract(ctx, match) {
    const [, year = ''] = match;
    const at = match.indices?.[1]?.[0];
    if (at === undefined) return null;
    const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(at + 4, at + 44))?.[1];
    if (next !== undefined && ctx.isMeasureWord(next.toLowerCase())) return null;
    const resolved = resolveDate({ year: Number(year) }, ctx.doc.date);
    return resolved ? dateDraft(ctx, at, at + 4, resolved) : null;
  },
};

/**
 * `"na 2018"`, `"later than 2018"` → since 2019; `"2018 of later"`, `"2018 or later"` → since 2018: a year
 * that opens a period up to now, as "sinds" does (docs/claim-conventions.md, "Open periods"). The span is
 * the year; a number before a measure word counts ("na 2000 doden"). `"before 2010"`, `"vóór 2010"`, `"van
 * voor 2010"` → until 2009: a period that ends with the year before (bare Dutch "voor" is also "for":
 * "de begroting voor 2025").
 */
export const openYearExtractor: Extractor = {
  name: 'open-year',
  pattern: (ctx) =>
    memo(ctx.lex, 'open-year', () => {
      const { after, orLater, before, beforeCoordinated } = ctx.lex.openYears;
      const year = String.raw`((?:1[89]|2[01])\d\d)(?![\p{L}\p{N}]|[.,\-/]\d)`;
      // "2018 of later dan 2020": "later" opens the next phrase, not this one.
      const tails = after.filter((a) => orLater.some((o) => a.startsWith(`${o.split(' ').pop()} `))).map((a) => a.slice(a.indexOf(' ') + 1));
      const notTail = tails.length === 0 ? '' : `(?!\\s+${matchAny(tails)}(?![\\p{L}]))`;
      // "van 2010 tot 2018 of voor 2000": "voor" after an open or closing year is "before" too. The look
      // back for the year comes after "of voor" has matched: before it, it ran back over every run of
      // whitespace at every position (quadratic on a long one).
      const coordinatedWords = matchAny(beforeCoordinated);
      // "na 2010 en voor 2018 of voor 2000": a coordinated closing year coordinates the next one too.
      const opened = `(?<=(?<![\\p{L}])${matchAny([...after, ...beforeCoordinated, ...ctx.lex.dateRangeJoiners.filter((j) => /^\p{L}/u.test(j))])}\\s+\\d{4}\\s+${coordinatedWords})`;
      const coordinated = beforeCoordinated.length === 0 ? '' : `|${coordinatedWords}${opened}\\s+${year}`;
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${matchAny(after)}\\s+${year}|${year}\\s+${matchAny(orLater)}(?![\\p{L}])${notTail}|${matchAny(before)}\\s+${year}${coordinated})`, 'giud');
    }),
  extract(ctx, match) {
    const group = [1, 2, 3, 4].find((g) => match[g] !== undefined) ?? 1;
    const digits = match[group] ?? '';
    const at = match.indices?.[group]?.[0];
    if (at === undefined) return null;
    const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(at + 4, at + 44))?.[1];
    if (group !== 2 && next !== undefined && ctx.isMeasureWord(next.toLowerCase())) return null;
    const until = group >= 3;
    const resolved = resolveDate({ year: Number(digits) + (group === 1 ? 1 : until ? -1 : 0) }, ctx.doc.date);
    if (!resolved) return null;
    return { ...dateDraft(ctx, at, at + 4, resolved), ...(until ? { until } : { since: true }) } as ClaimDraft;
  },
};

/** "in may", "in dec": the preposition that makes a lower-case month name (or short name) the month. */
function monthPrepositionBefore(ctx: ExtractContext, at: number): boolean {
  const re = memo(ctx.lex, 'month-preposition', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.monthPrepositions)}\\s+$`, 'iu'));
  return ctx.lex.monthPrepositions.length > 0 && re.test(ctx.text.slice(Math.max(0, at - 8), at));
}

/**
 * `"begin maart"`, `"eind mei 2019"`, `"late May"`, `"1 januari"`: a month, a third of one, or a day.
 * chrono reads the month without its part, and misses some ("late May", "sinds 1 januari 312 gevallen").
 */
export const monthExtractor: Extractor = {
  name: 'month-part',
  pattern: (ctx) => memo(ctx.lex, 'month', () => {
    const { lex } = ctx;
    const mods = matchAny(Object.keys(lex.dateModifiers));
    // "3 juni", "4e jan", "de 2e van augustus", "tweeëntwintig februari": a day in digits (with an
    // ordinal suffix) or in words, optionally after the article and before "van"/"of".
    const ordinals = matchAny(Object.keys(lex.dayOrdinals));
    const article = matchAny([lex.nightOf.article]);
    const day = String.raw`(?:${article}\s+)?(?:([12]\d|3[01]|0?[1-9])(?:${matchAny(lex.ordinalSuffixes)})?|(${ordinals}|\p{L}{3,}))(?:\s+${matchAny([lex.dayOfMonthWord])})?(?:\s+${matchAny([lex.modifierJoiner])})?\s+`;
    const months = matchAny([...Object.keys(lex.months), ...Object.keys(lex.monthAbbreviations)]);
    // "February twenty-second", "januari de eerste", "July 4th", "May 13 1999": a day after the month.
    const digitsAfter = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:${matchAny(lex.ordinalSuffixes)})?(?![\p{L}\p{N}]|[-.,]\d)`;
    const dayAfter = String.raw`(?:\s+(?:${article}\s+)?(${ordinals}(?![\p{L}\p{N}-])${lex.dayAfterMonth ? `|${digitsAfter}` : ''}))?`;
    return new RegExp(`(?<![\\p{L}\\p{N}]|\\d[:.]|\\p{Sc}\\s?)(?:(${mods})(?:[\\s-]+|(?<=-))(?:${matchAny([lex.modifierJoiner])}\\s+)?|${day})?(${months})(\\.)?${dayAfter}(?:(?:(?:\\s+${matchAny([lex.modifierJoiner])})?,?\\s+|\/)(\\d{4}))?(?![\\p{L}\\p{N}])`, 'giud');
  }),
  extract(ctx, match) {
    const [, modifier = '', dayDigits, dayWord, monthWord = '', dot, dayAfterMonth] = match;
    // "rose in Dec. 18 percent", "March 12 million euros": digits before a percent, an amount or a unit
    // are that figure, not the day.
    const ordinalAfter = dayAfterMonth !== undefined && /^\d+$/u.test(dayAfterMonth) && isFigureBefore(ctx, match.indices?.[6]?.[1] ?? 0) ? undefined : dayAfterMonth;
    const monthAt = match.indices?.[4]?.[0] ?? match.index;
    // A word before the month that is no day number ("in maart", "early"): read from the month on.
    const wordDay = dayWord === undefined ? undefined : dayNumber(ctx, dayWord);
    const start = dayWord !== undefined && wordDay === undefined ? monthAt : match.index;
    if (ordinalAfter !== undefined && (dayDigits !== undefined || wordDay !== undefined)) return null; // two days: "30 december 27th"
    const dayOfMonth = dayDigits !== undefined ? Number(dayDigits) : wordDay ?? (ordinalAfter === undefined ? undefined : ordinalDay(ctx, ordinalAfter) ?? parseInt(ordinalAfter, 10));
    // "late may" is no date, "late May" is; "in may" is the month, as is a lower-case short name there ("in dec").
    const inMonth = modifier === '' && wordDay === undefined && dayDigits === undefined && ordinalAfter === undefined && monthWord === monthWord.toLowerCase() && monthPrepositionBefore(ctx, monthAt) && !/^['’]s/u.test(ctx.text.slice(monthAt + monthWord.length));
    if (ctx.lex.monthHomographs.includes(monthWord) && !inMonth) return null;
    if (homographVerb(ctx, monthAt, match.index + match[0].length)) return null; // "May I ask" is the verb
    const lower = monthWord.toLowerCase();
    const abbreviated = ctx.lex.monthAbbreviations[lower];
    // "jan" alone is a name ("Jan Peeters"); an abbreviation needs its day, a year after a slash ("dec/2018"),
    // or a month after a dash ("jan-feb 2017").
    const slashYear = match[7] !== undefined && ctx.text[(match.indices?.[7]?.[0] ?? 1) - 1] === '/'; // "dec/2018"
    if (abbreviated !== undefined && dayOfMonth === undefined && !slashYear && !monthAfterDash(ctx, match.index + match[0].length) && !monthBeforeDash(ctx, monthAt) && !opensAbbreviatedMonth(ctx, monthAt, match.indices?.[4]?.[1] ?? monthAt) && !inMonth) return null;
    const month = ctx.lex.months[lower] ?? abbreviated;
    const key = modifier.toLowerCase().replace(/\s+/g, ' ');
    const part = ctx.lex.dateModifiers[key] ?? ctx.lex.dateModifiers[key.replace(/-$/, '')];
    if (month === undefined || (modifier !== '' && part === undefined)) return null;
    // The full stop after a full month name ends the sentence: the year after it is not this date's.
    const sentenceEnd = dot !== undefined && abbreviated === undefined;
    // "July 4, 1995" takes the year after a comma; "In July, 2000 people fled" does not.
    const yearAt = match.indices?.[7]?.[0];
    const commaYear = yearAt !== undefined && dayOfMonth === undefined && ctx.text.slice(match.indices?.[4]?.[1] ?? yearAt, yearAt).includes(',');
    const dayDropped = ordinalAfter !== dayAfterMonth;
    const year = sentenceEnd || commaYear || dayDropped ? undefined : match[7];
    // Without its day, an abbreviated month keeps its dot ("Dec."); a full one's dot ends the sentence.
    const abbreviationDot = dayDropped && abbreviated !== undefined ? match.indices?.[5]?.[1] : undefined;
    const monthEnd = (dayDropped ? abbreviationDot : match.indices?.[6]?.[1]) ?? match.indices?.[4]?.[1] ?? match.index + match[0].length;
    const end = sentenceEnd || commaYear || dayDropped ? monthEnd : match.index + match[0].length;
    const resolved = resolveDate({ month, ...(part ? { part } : {}), ...(dayOfMonth !== undefined ? { day: dayOfMonth } : {}), ...(year ? { year: Number(year) } : {}) }, ctx.doc.date) ?? UNRESOLVED;
    return dateDraft(ctx, start, end, resolved);
  },
};

/** "tweeëntwintig", "twenty-two": a day of the month written as a number word, else undefined. */
function dayNumber(ctx: ExtractContext, word: string): number | undefined {
  const ordinal = ordinalDay(ctx, word);
  if (ordinal !== undefined) return ordinal;
  const n = ctx.grammar.numeral.parse(word);
  return n && n.words && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 ? n.value : undefined;
}

/** "tweede", "twenty-first": a day of the month as an ordinal word, else undefined. */
const ordinalDay = (ctx: ExtractContext, word: string): number | undefined => ctx.lex.dayOrdinals[word.toLowerCase().replace(/\s+/gu, ' ')];

/** "jan-feb", "Nov to March": a month name after a range word, so that the word before it is a month too. */
function monthAfterDash(ctx: ExtractContext, end: number): boolean {
  const joiner = memo(ctx.lex, 'month-range-joiner', () => new RegExp(`^\\s*(?:${matchAny(ctx.lex.dateRangeJoiners)})\\s*(\\p{L}+)`, 'iu'));
  const next = joiner.exec(ctx.text.slice(end, end + 24))?.[1]?.toLowerCase();
  return next !== undefined && (ctx.lex.months[next] !== undefined || ctx.lex.monthAbbreviations[next] !== undefined);
}

/** "Sep to Nov": a month name and a range word before this one. */
function monthBeforeDash(ctx: ExtractContext, start: number): boolean {
  const re = memo(ctx.lex, 'month-range-before', () => new RegExp(`(?<![\\p{L}])(\\p{L}+)\\.?\\s*(?:${matchAny(ctx.lex.dateRangeJoiners)})\\s*$`, 'iu'));
  const before = re.exec(ctx.text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  return before !== undefined && (ctx.lex.months[before] !== undefined || ctx.lex.monthAbbreviations[before] !== undefined);
}

/**
 * `"12-2015"`, `"3/2020"`, `"2015-3"`: a month and a year in digits (chrono reads none of them). Not a
 * season ("2011-12" is 2011/2012), nor a number after a label ("nummer 12-2015").
 */
export const monthYearDigitsExtractor: Extractor = {
  name: 'month-year-digits',
  pattern: () => /(?<![\p{L}\p{N}]|\d[-/.,:]|[-/.,:]\d)(?:(0?[1-9]|1[0-2])[-/]((?:19|20)\d\d)|((?:19|20)\d\d)-(0?[1-9]|1[0-2]))(?![\p{L}\p{N}]|[-/.,:]\d)/gu,
  extract(ctx, match) {
    const [text, m1, y1, y2, m2] = match;
    const year = Number(y1 ?? y2);
    const month = Number(m1 ?? m2);
    if (y2 !== undefined && m2 !== undefined && m2.length === 2 && month === (year + 1) % 100) return null; // "2011-12": a season
    if (ctx.lex.notCountBefore.includes(ctx.grammar.wordBefore(ctx.text, match.index))) return null;
    const resolved = resolveDate({ year, month }, ctx.doc.date);
    return resolved ? dateDraft(ctx, match.index, match.index + text.length, resolved) : null;
  },
};
