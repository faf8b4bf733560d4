import type * as chrono from 'chrono-node';
import { createRequire } from 'node:module';
import { requireBuilt } from '../../util/package-root.js';
import type { ClaimDraft, DurationUnit } from '../../claims/types.js';
import type { Lang, ReferenceDate } from '../../document/types.js';
import { daysBetween, parseDay, type Day } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { guardSlowParsers } from './chrono-guards.js';
import { sentenceAt, sentencesOf } from './sentences.js';
import { dateDraft } from './date-draft.js';
import { rangeDraft, resolveRange } from './date-range.js';
import { relativeWeekdayPattern } from './relative-weekday.js';
import { resolveDate, shiftReference, UNRESOLVED, weekAround, type ResolvedDate, type StatedDate } from './date-resolve.js';
import { foldedRegExp, type FoldedRegExp } from '../../util/folded-regexp.js';
import { withinBefore } from './duration-anchor.js';

// chrono's main entry loads a dozen locales (~150 ms at start-up); each of ours is required on first use,
// from the one-file bundle the build makes of it (scripts/bundle-chrono.mjs), or from chrono-node itself
// before a build.
const require = createRequire(import.meta.url);
const parsers = new Map<string, chrono.Chrono>();
/** The casual parser of a language; for English written day first, chrono's British one ("5/3/18" is 5 March). */
const parserFor = (lang: Lang, dayFirst: boolean): chrono.Chrono => {
  const british = dayFirst && lang === 'en';
  const key = british ? 'en-GB' : lang;
  let parser = parsers.get(key);
  if (!parser) {
    const locale = loadChrono(lang) as { casual: chrono.Chrono; GB?: chrono.Chrono };
    parser = guardSlowParsers(british && locale.GB ? locale.GB : locale.casual);
    parsers.set(key, parser);
  }
  return parser;
};

function loadChrono(lang: Lang): unknown {
  return requireBuilt(`dist/vendor/chrono-${lang}.cjs`, () => require(`chrono-node/${lang}`));
}

const word = (words: Iterable<string>): string => `(?<![\\p{L}])${matchAny(words)}(?![\\p{L}])`;

/** The news layer's patterns, compiled once per lexicon. */
const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'date-layer', () => {
    const { lex, grammar } = ctx;
    return {
      leadingPreposition: new RegExp(`^${matchAny(lex.datePrepositions)}\\s+`, 'iu'),
      // "next year at 6": a bare hour chrono joins to the date, with no time-of-day word to make it a clock time.
      // "Wednesday from 10-4", "woensdag van 10 tot 4": two bare hours, a clock range with no time-of-day word.
      bareHourAfter: new RegExp(`\\s+(?:${matchAny(lex.clockJoiners)}\\s+\\d{1,2}|(?:${matchAny(lex.dateRangeFrom)}\\s+)?\\d{1,2}\\s*${matchAny(lex.dateRangeJoiners)}\\s*\\d{1,2})$`, 'iu'),
      durationOpener: new RegExp(`^${matchAny(lex.durationOpeners)}\\s`, 'iu'),
      namedAfterOpener: new RegExp(`^${matchAny(lex.durationOpeners)}\\s+${word([...Object.keys(lex.months), ...Object.keys(lex.weekdays)])}`, 'iu'),
      hasDuration: cachedTest(() => foldedRegExp(`(?:${grammar.numeral.source})\\s*${matchAny(Object.keys(lex.durationUnits))}(?![\\p{L}])`, 'iu')),
      weekdayNames: Object.keys(lex.weekdays),
      ago: new RegExp(word(lex.agoWords), 'iu'),
      pluralUnit: new RegExp(word(lex.pluralTimeUnits), 'iu'),
      // "brak rond 19.30 uur uit": a verb's particle chrono takes for "from now" after a time unit.
      unitAfterParticle: lex.unitAfterParticles.length === 0 ? /(?!)/u : new RegExp(`\\s${matchAny(lex.unitAfterParticles)}$`, 'iu'),
      // "Super Tuesday", "Bloody Sunday": a capitalised word that makes the weekday after it an event's name.
      weekdayEvent: lex.weekdayEventWords.length === 0 ? /(?!)/u : new RegExp(`(?<![\\p{L}])${matchAny(lex.weekdayEventWords)}\\s+$`, 'u'),
      // A month name that is also a common word, in lower case: "may" and "march" are verbs.
      homograph: lex.monthHomographs.length === 0 ? /(?!)/u : new RegExp(word(lex.monthHomographs), 'u'),
      // "in april 71 burgerdoden", "In April of 87 people died": the month, and a count after it.
      monthBeforeCount: new RegExp(`^\\p{L}+\\.?(?=(?:\\s+${matchAny([lex.calendarPeriods.of])})?\\s+\\d\\d$)`, 'u'),
      // "born on 15 April of 87": a two-digit year after a day and month, at the end of the clause.
      ofTwoDigitYear: new RegExp(`^\\s+${matchAny([lex.calendarPeriods.of])}\\s+['’]?(\\d\\d)(?=\\s*(?:[.,;:!?)]|$))`, 'iu'),
      weekAfterDay: new RegExp(`(?<=\\S)[^\\S\\n]+(${matchAny(Object.keys(lex.relativeWeeks))})$`, 'iu'),
      weekdayHyphenDate: new RegExp(`${word([...Object.keys(lex.weekdays), ...Object.keys(lex.weekdayAbbreviations)])}-\\p{L}+-\\d{1,2}$`, 'iu'),
      weekdayListBefore: new RegExp(`${word(Object.keys(lex.weekdays))}\\s*(?:,|&|${matchAny([lex.listJoiner, 'or', 'of', 'tot', 'to'])})\\s*$`, 'iu'),
      cue: dateCue(lex),
      slashPairs: new RegExp(`^\\d{1,2}/\\d{1,2}(?:\\s*(?:${matchAny([...lex.dateRangeJoiners, ...lex.rangeJoiners])})\\s*\\d{1,2}/\\d{1,2})?$`, 'iu'),
      shareOfAfter: new RegExp(`^\\s+(?:${matchAny([...lex.rangeJoiners, lex.listJoiner])}\\s+\\d{1,2}/\\d{1,2}\\s+)?${matchAny([lex.calendarPeriods.of])}\\s`, 'iu'),
      // A part of the day may close a word: "tonight", "vanavond", "gisteravond" state one too.
      weekWithClock: (() => {
        const week = matchAny(Object.keys(lex.relativeWeeks));
        // "8.00", "20:00 uur", "8am", "8 p.m.", "3pm".
        const clock = String.raw`\d{1,2}(?:[:.]\d\d(?:\s*(?:${matchAny(lex.clockWords)}))?|(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?))`;
        return new RegExp(`^(?:(?<week>${week})\\s+${clock}|${clock}[\\s\\-–]+(?<weekAfter>${week}))$`, 'iud');
      })(),
      anchoredUnit: (() => {
        const { before, after, afterWithFuture } = lex.durationAnchors;
        return new RegExp(`^${matchAny([...before, ...after, ...afterWithFuture].filter((w) => !w.includes(' ')))}\\s+${matchAny(lex.withinUnits)}$`, 'iu');
      })(),
      timeOfDay: /\d[:.]\d\d|\b(?:uur|u|h|am|pm|a\.m\.|p\.m\.|noon|midnight|middernacht|o['’]?clock)\b|(?:middag|ochtend|morgen|avond|morning|afternoon|evening|night|nacht)\b|\d(?:am|pm|u|h)\b/iu,
    };
  });

/**
 * A regex test by the text tested, for a pattern that runs on every chrono reading: readings repeat
 * ("vorig jaar", "donderdag"), and the pattern (which embeds the numeral grammar) is compiled on the
 * first reading, not at start-up.
 */
function cachedTest(build: () => RegExp | FoldedRegExp): (text: string) => boolean {
  const seen = new Map<string, boolean>();
  let re: RegExp | FoldedRegExp | undefined;
  return (text) => {
    let hit = seen.get(text);
    if (hit === undefined) {
      re ??= build();
      hit = re.test(text);
      if (seen.size >= 4096) seen.clear();
      seen.set(text, hit);
    }
    return hit;
  };
}

/**
 * Dates through chrono-node, with a news layer on top: dates without a year read as the nearest
 * before the article date, "begin maart" narrows the month, "december vorig jaar" takes its year,
 * and chrono's false friends ("zat", "zo", "in drie maanden") are dropped.
 * `"sinds begin maart"` with article date 2020-06 → 2020-03-01..2020-03-10 (grain month).
 */
export const dateExtractor: Extractor = {
  name: 'date',
  // The whole body in one match: chrono is the costliest pass and costs much per call, so it reads
  // only the text around date cues (one sentence of one line at a time; a date never spans a sentence
  // boundary), gathered into one call per document.
  pattern: () => /[\s\S]+/g,
  extract(ctx, match) {
    const cue = patterns(ctx).cue;
    const windows: Array<[number, number]> = [];
    const lines = /[^\n\r]+/g;
    lines.lastIndex = match.index;
    for (let line = lines.exec(ctx.text); line; line = lines.exec(ctx.text)) {
      cue.lastIndex = line.index;
      const first = cue.exec(ctx.text);
      if (!first || first.index >= line.index + line[0].length) {
        // Skip the lines without a cue: on to the start of the line that holds the next one.
        lines.lastIndex = first ? lineStart(ctx.text, first.index) : ctx.text.length;
        continue;
      }
      for (const [start, end] of piecesOf(ctx, line.index, line.index + line[0].length)) windows.push(...windowsAround(cue, ctx.text, start, end));
    }
    return windows.length === 0 ? null : chronoDrafts(ctx, windows);
  },
};

// How much text chrono sees on either side of a cue: enough for "op dinsdag 5 maart 2020 om 14.00 uur"
// and "december vorig jaar", which chrono reads as two results that the layer merges.
const BEFORE = 24;
const AFTER = 48;
// Between two windows in the text chrono reads: chrono merges a date and a time across little but
// spaces and punctuation such as "," "." ":" "-", and nothing across a pilcrow.
const SEPARATOR = '\n\n¶\n\n';

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i -= 1;
  return i;
}

/** Stretches of a piece around its date cues, widened to word boundaries, overlapping ones merged. */
function windowsAround(cue: RegExp, text: string, start: number, end: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  cue.lastIndex = start;
  for (let m = cue.exec(text); m && m.index < end; m = cue.exec(text)) {
    let from = Math.max(start, m.index - BEFORE);
    while (from > start && !/\s/u.test(text[from - 1]!)) from -= 1;
    let to = Math.min(end, m.index + m[0].length + AFTER);
    while (to < end && !/\s/u.test(text[to]!)) to += 1;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    cue.lastIndex = Math.max(m.index + 1, to - AFTER);
  }
  return windows;
}

/**
 * One chrono call over the windows joined by a separator; each reading is moved back to its offset in
 * the text (a reading that runs out of its window is dropped).
 */
function chronoDrafts(ctx: ExtractContext, windows: ReadonlyArray<[number, number]>): ClaimDraft[] {
  const starts: number[] = []; // where each window starts in the joined text
  let joined = '';
  for (const [from, to] of windows) {
    if (joined) joined += SEPARATOR;
    starts.push(joined.length);
    joined += ctx.text.slice(from, to);
  }
  const placed: chrono.ParsedResult[] = [];
  for (const result of parserFor(ctx.doc.lang, ctx.doc.dayFirst === true).parse(joined, refInstant(ctx.doc.date), { forwardDate: false })) {
    const k = windowAt(starts, result.index);
    const [from, to] = windows[k]!;
    const index = from + (result.index - starts[k]!);
    if (index + result.text.length > to) continue;
    // The result is this call's own: moved in place (a wrapper object made every later read slow).
    (result as { index: number }).index = index;
    placed.push(result);
  }
  const drafts: ClaimDraft[] = [];
  for (let i = 0; i < placed.length; i++) {
    const draft = toDraft(ctx, 0, placed[i]!, placed[i + 1]);
    if (!draft) continue;
    if (draft.mergedNext) i += 1;
    drafts.push(draft.claim);
    if (draft.week) drafts.push(draft.week);
  }
  return drafts;
}

/** The window a joined-text offset falls in (binary search over window starts). */
function windowAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The parts of a line that lie in one sentence each (a date never spans a sentence boundary). */
function piecesOf(ctx: ExtractContext, from: number, to: number): Array<[number, number]> {
  const sentences = sentencesOf(ctx.doc);
  const pieces: Array<[number, number]> = [];
  let start = from;
  for (let i = sentenceAt(sentences, from); i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= to) break;
    if (s.end <= from) continue;
    if (s.end < to) {
      pieces.push([start, s.end]);
      start = s.end;
    }
  }
  if (start < to) pieces.push([start, to]);
  return pieces;
}

/**
 * Anything chrono could read as a date: a month or weekday name, a cue word of the lexicon, or digits
 * with a date separator ("5/3", "2020-03-05", "5.3.2020", "2016 10 16", "14:00") or an ordinal ending ("5th").
 */
function dateCue(lex: ExtractContext['lex']): RegExp {
  const words = matchAny([...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...lex.agoWords, ...lex.dateCues]);
  const relative = `${matchAny(lex.relativeDateWords)}\\s+(?:[\\p{L}\\p{N}]+\\s+)?${matchAny([...Object.keys(lex.durationUnits), ...lex.dayParts])}`;
  return new RegExp(`(?<![\\p{L}])(?:${words}|${relative})|\\d\\s*[/:\\-]\\s*\\d|\\d\\.\\d{1,2}\\.\\d|\\d{4}\\s\\d\\d?\\s\\d|\\d(?:st|nd|rd|th|e|ste|de)(?![\\p{L}])`, 'giu');
}

function refInstant(ref: ReferenceDate | null): { instant: Date; timezone: number } {
  const day = ref ? parseDay(ref.high) : { year: 2000, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

function toDraft(ctx: ExtractContext, offset: number, result: chrono.ParsedResult, next: chrono.ParsedResult | undefined): { claim: ClaimDraft; mergedNext: boolean; week?: ClaimDraft } | null {
  const re = patterns(ctx);
  let start = offset + result.index;
  let end = start + result.text.replace(/[\s,.;:!?)]+$/u, '').length;
  const lead = re.leadingPreposition.exec(ctx.text.slice(start, end));
  if (lead) start += lead[0].length;
  let words = ctx.text.slice(start, end).toLowerCase();
  // "deze week 8.00", "15.00 - this week": chrono joins a clock time to the week; the week is the date.
  const clocked = re.weekWithClock.exec(words);
  const weekWords = clocked?.groups?.week ?? clocked?.groups?.weekAfter;
  if (clocked && weekWords !== undefined) {
    start += clocked.indices?.groups?.[clocked.groups?.week !== undefined ? 'week' : 'weekAfter']?.[0] ?? 0;
    end = start + weekWords.length;
    words = weekWords;
  }
  // "next year at 6": the date without the bare hour ("from 250 to 300 last year" is no date at all).
  const bareHour = result.start.isCertain('hour') && !result.start.isCertain('day') && !re.timeOfDay.test(words) ? re.bareHourAfter.exec(words) : null;
  // Only after words: in "vrijdag 23 om 4" chrono took 23 for the hour.
  const hourDropped = bareHour !== null && bareHour.index > 0 && !/\d/u.test(words.slice(0, bareHour.index));
  if (hourDropped) {
    end = start + bareHour.index;
    words = words.slice(0, bareHour.index);
  }
  // "By Friday morning, 11 passengers were missing": chrono takes the number after the comma for the
  // hour; before a word it counts something, and the date ends at the comma.
  const commaCount = result.start.isCertain('hour') && /^\s+\p{L}/u.test(ctx.text.slice(end, end + 2)) ? /,\s*\d{1,2}$/u.exec(words) : null;
  if (commaCount) {
    end = start + commaCount.index;
    words = words.slice(0, commaCount.index);
  }
  // "in december 50 uitbraken", "In December 50 people died": two bare digits after a month with no day,
  // before a word, count something (news writes no year so); the month is the date.
  const countAfter = !result.start.isCertain('day') && result.start.isCertain('year') && !result.end && /^\s+\p{L}/u.test(ctx.text.slice(end, end + 2)) ? re.monthBeforeCount.exec(words) : null;
  if (countAfter) {
    end = start + countAfter[0].length;
    words = countAfter[0];
  }
  // "within the next week", "binnen de komende dag": a span from the article date, read as a duration.
  if (re.anchoredUnit.test(words) && withinBefore(ctx, start)) return null;
  // "mar3 this week", "3 maart deze week": chrono joins a week to a day of a month; the two are claims of their own.
  const weekAfter = result.start.isCertain('day') && result.start.isCertain('month') && ctx.doc.date ? re.weekAfterDay.exec(words) : null;
  let weekClaim: ClaimDraft | undefined;
  if (weekAfter) {
    const weekStart = start + weekAfter.index + weekAfter[0].length - weekAfter[1]!.length;
    weekClaim = dateDraft(ctx, weekStart, end, weekAround(ctx.doc.date!, 7 * ctx.lex.relativeWeeks[weekAfter[1]!.replace(/\s+/gu, ' ')]!));
    end = start + weekAfter.index;
    words = words.slice(0, weekAfter.index);
  }
  // "Friday-Jun-15": chrono reads a range from the weekday to the day; the weekday-month-day extractor reads it.
  if (result.end && re.weekdayHyphenDate.test(words)) return null;
  // "deze week", "this week": chrono reads them with no part certain; the lexicon's weeks place them.
  const week = ctx.lex.relativeWeeks[words.replace(/\s+/gu, ' ')];
  if (week !== undefined) return ctx.doc.date ? { claim: dateDraft(ctx, start, end, weekAround(ctx.doc.date, 7 * week)), mergedNext: false } : null;
  const today = clockToTomorrow(ctx, result, words);
  if (today) {
    // "from 2pm till today 4:30pm" is one day: no period since it.
    const { since: _since, ...day } = dateDraft(ctx, start, end, today[1]) as ClaimDraft & { since?: boolean };
    return { claim: rangeDraft(ctx, start, end, ...today) ?? (day as ClaimDraft), mergedNext: false };
  }
  if (isFalseFriend(ctx, result, offset, start, end, words, hourDropped)) return null;
  // "rose in Dec. 18 percent", "in maart 12 procent meer": a day right before a percent, an amount or a
  // unit is that figure; the month is the date.
  const figureAfter = !countAfter && !result.end && result.start.isCertain('day') && !result.start.isCertain('year') ? /^(\p{L}+\.?)\s+\d{1,2}$/u.exec(words) : null;
  const dayIsFigure = figureAfter !== null && isFigureBefore(ctx, end);
  if (dayIsFigure) {
    end = start + figureAfter[1]!.length;
    words = figureAfter[1]!;
  }

  const statesWeekday = re.weekdayNames.some((w) => words.includes(w));
  // "Tuesday evening", "dinsdagavond": chrono tags the part of the day as a casual reference and counts
  // the weekday forward; the weekday named places the date, as a weekday alone does.
  const namedWeekday = statesWeekday && result.start.isCertain('weekday') && !result.start.isCertain('day');
  const relative = !namedWeekday && [...result.tags()].some((t) => /relative|casualReference/i.test(t));
  const stated = relative ? {} : statedParts(result.start);
  if (countAfter) delete stated.year;
  if (dayIsFigure) delete stated.day;
  // "03/18/40": chrono puts a two-digit year up to 50 in this century; news dates one that far ahead in
  // four digits, so a year more than 20 after the article's is the last century's (1940).
  if (stated.year !== undefined && ctx.doc.date && /(?<!\d)\d\d$/u.test(words) && !/\d{4}/u.test(words)) stated.year = lastCenturyIfAhead(stated.year, ctx.doc.date);
  // "on Monday and Tuesday, March 4 and 5": a weekday in a list of weekdays is not that date's own.
  const inList = re.weekdayListBefore.test(ctx.text.slice(Math.max(0, start - 30), start));
  if (result.start.isCertain('weekday') && statesWeekday && !(inList && stated.day !== undefined)) stated.weekday = result.start.get('weekday') ?? undefined;

  const merged = stated.month !== undefined && stated.year === undefined ? relativeYearAfter(ctx, offset, end, next) ?? twoDigitYearAfter(ctx, stated, end) : null;
  if (merged) {
    stated.year = merged.year;
    end = merged.end;
  }
  // "mei tot okt 2020", "18 nov-19 dec, 2015", "18-19 juni": chrono reads both ends of a range.
  if (!relative && result.end && !merged && !hourDropped && !clockRangeOverMidnight(result)) {
    const ends = resolveRange(ctx, stated, statedParts(result.end));
    const range = ends ? rangeDraft(ctx, start, end, ...ends) : null;
    if (range) return { claim: range, mergedNext: false };
  }
  const resolved = (relative ? resolveRelative(ctx.doc.date, result, unitNamed(ctx, words)) : resolveDate(stated, ctx.doc.date)) ?? UNRESOLVED;
  // "from today until noon tomorrow", "van vandaag tot morgen": chrono reads both days against the article date.
  const dayRange = relative && !('unresolved' in resolved) ? relativeDayRange(ctx, result, resolved, unitNamed(ctx, words)) : null;
  if (dayRange) {
    const range = rangeDraft(ctx, start, end, resolved, dayRange);
    if (range) return { claim: range, mergedNext: false };
  }
  const weekday = stated.day !== undefined ? stated.weekday : undefined;
  return { claim: dateDraft(ctx, start, end, resolved, weekday), mergedNext: merged !== null, ...(weekClaim ? { week: weekClaim } : {}) };
}

/**
 * "from 2pm till tomorrow 4:30pm": a clock time with no day, up to a day chrono places against the
 * article date ("tomorrow"): the clock time is the article's day, and the claim the range of days (no
 * time of day). Only with a written clock time and a casual end, which the article date places.
 */
function clockToTomorrow(ctx: ExtractContext, result: chrono.ParsedResult, words: string): [ResolvedDate, ResolvedDate] | null {
  const { start, end } = result;
  const ref = ctx.doc.date;
  if (!end || !ref || ref.grain !== 'day' || !start.isCertain('hour') || start.isCertain('day') || start.isCertain('weekday') || !end.isCertain('day')) return null;
  if (![...result.tags()].some((t) => /casualReference/i.test(t)) || !patterns(ctx).timeOfDay.test(words)) return null;
  const days = daysFromArticle(ref, end);
  if (days < 0 || days > 1) return null;
  return [shiftReference(ref, 0), shiftReference(ref, days)];
}

/** The end day of a range chrono reads against the article date ("today until tomorrow"), when it is a day after the start. */
function relativeDayRange(ctx: ExtractContext, result: chrono.ParsedResult, from: ResolvedDate, unit: DurationUnit | null): ResolvedDate | null {
  const { end } = result;
  const ref = ctx.doc.date;
  // "tomorrow from 10am-12am": chrono moved the end past midnight; the text names one day.
  if (!end || !ref || ref.grain !== 'day' || from.grain !== 'day' || (unit !== null && unit !== 'day') || !end.isCertain('day') || clockRangeOverMidnight(result)) return null;
  const range = shiftReference(ref, daysFromArticle(ref, end));
  return range.low > from.low ? range : null;
}

/** The kinds of suffix that make the number before them a figure ("18 percent", "12 miljoen euro", "3 km"). */
const FIGURE_SUFFIXES: ReadonlySet<string> = new Set(['percent', 'money', 'quantity']);

/**
 * Whether a percent, currency, unit or scale word ("12 million") follows `end`: the number that ends
 * there is that figure.
 */
export function isFigureBefore(ctx: ExtractContext, end: number): boolean {
  if (FIGURE_SUFFIXES.has(ctx.grammar.suffixAt(ctx.text, end)?.kind ?? '')) return true;
  const scale = memo(ctx.lex, 'scale-after', () => new RegExp(`^\\s+${matchAny(Object.keys(ctx.lex.scales))}(?![\\p{L}])`, 'iu'));
  return scale.test(ctx.text.slice(end, end + 16));
}

/**
 * "from 10:30 to 3 on 1/1/2015": chrono moves the end to the next day when its hour is the smaller one.
 * The text names one day, so the claim is that day (the clock times are no part of a claim).
 */
function clockRangeOverMidnight(result: chrono.ParsedResult): boolean {
  const { start, end } = result;
  if (!end || !start.isCertain('hour') || !end.isCertain('hour')) return false;
  const from = Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
  const to = Date.UTC(end.get('year') ?? 0, (end.get('month') ?? 1) - 1, end.get('day') ?? 1);
  return to - from === 86_400_000 && (end.get('hour') ?? 0) < (start.get('hour') ?? 0);
}

/**
 * chrono's readings that are no date in news text: "in drie maanden" and "drie maanden na" (durations),
 * "komende dagen", "now", a time alone, the verbs "march" and "may", "zo" and "zat" as weekdays.
 */
function isFalseFriend(ctx: ExtractContext, result: chrono.ParsedResult, offset: number, start: number, end: number, words: string, hourDropped: boolean): boolean {
  const re = patterns(ctx);
  const c = result.start;
  const read = ctx.text.slice(offset + result.index, end);
  // "in drie maanden", "after three months": a span of time, unless a named date follows ("after January 12th").
  if (re.durationOpener.test(read) && !re.namedAfterOpener.test(read)) return true;
  // "drie maanden na", but "woensdag 4 uur" is a clock time.
  if (re.hasDuration(words) && !re.ago.test(words) && !(c.isCertain('hour') && !re.durationOpener.test(words))) return true;
  if (re.pluralUnit.test(words) && !re.ago.test(words)) return true; // "komende dagen", but "drie maanden geleden" is a date
  // "volgende vrijdag" is the relative-weekday extractor's, unless chrono also read a day and month ("deze vrijdag 12/5").
  if (placedWeekday(ctx, start, end) && !(/\d/u.test(words) && c.isCertain('day') && c.isCertain('month'))) return true;
  if (ctx.lex.monthAbbreviations[words.replace(/\.$/u, '')] !== undefined) return true; // "Jan Peeters": a name, not January // the relative-weekday extractor reads "volgende vrijdag" itself
  // "1/4 mijl", "3/4 cup", "from 1/4 to 3/4 inch": fractions before a unit, not the 1st of April.
  if (re.slashPairs.test(words)) {
    const unitAfter = ctx.grammar.suffixAt(ctx.text, end)?.kind;
    if (unitAfter === 'quantity' || unitAfter === 'money') return true;
  }
  if (/^\d{1,2}\/\d{1,2}$/u.test(words)) {
    // "2/3 of voters", "tussen 1/3 en 2/3 van de kiezers": a share of something, not 3 February.
    const [num, den] = words.split('/').map(Number) as [number, number];
    if (num < den && re.shareOfAfter.test(ctx.text.slice(end, end + 24))) return true;
  }
  if (re.homograph.test(ctx.text.slice(start, end))) return true;
  if (homographVerb(ctx, start, end)) return true;
  // "De brand brak rond 19.30 uur uit": chrono's "<time> uit" (from now) is the particle of "uitbreken".
  if (re.unitAfterParticle.test(words) && [...result.tags()].some((t) => /relativeDate/i.test(t))) return true;
  // "Super Tuesday", "Bloody Sunday": an event's name, not a day of this week.
  if (c.isCertain('weekday') && !c.isCertain('day') && re.weekdayEvent.test(ctx.text.slice(Math.max(0, start - 10), start))) return true;
  // "0.8/15", "30/4.85", "133-03-03-2020": digits glued to a decimal or a code are no date.
  if (/^\d/u.test(words) && (/\d[.,\-/]?$/u.test(ctx.text.slice(Math.max(0, start - 2), start)) || /^[.,]\d/u.test(ctx.text.slice(end, end + 2)) || /^\d+\/\d+[.,]\d/u.test(words))) return true;
  if ([...result.tags()].some((t) => /casualReference\/now/i.test(t))) return true;
  // "$12 December 27": the number after a currency sign is an amount, not the day.
  if (/\p{Sc}\s*$/u.test(ctx.text.slice(Math.max(0, offset + result.index - 2), offset + result.index))) return true;
  // "In July, 2000 people fled": a number after a comma is no year of a month without a day, unless
  // the clause ends there ("plans for Dec, 2018.").
  if (!c.isCertain('day') && /,\s*\d{4}$/u.test(words) && !/^(?:[.;:!?)]|,\s|\s*$)/u.test(ctx.text.slice(end, end + 2))) return true;
  // "from 250 to 300 last year": an hour read from a bare number, with no time of day written.
  if (c.isCertain('hour') && !hourDropped && !re.timeOfDay.test(read)) return true;
  if (c.isCertain('year') || c.isCertain('month') || c.isCertain('day')) return false;
  return !(c.isCertain('weekday') && re.weekdayNames.some((w) => words.includes(w)));
}

/**
 * "May I ask", "May we": a month homograph that opens its sentence before a subject is the verb ("In
 * May we counted" keeps the month). Exported for the month extractor.
 */
export function homographVerb(ctx: ExtractContext, start: number, end: number): boolean {
  const { monthHomographs, homographVerbBefore } = ctx.lex;
  if (homographVerbBefore.length === 0) return false;
  const first = /^\p{L}+/u.exec(ctx.text.slice(start, end))?.[0]?.toLowerCase();
  if (first === undefined || !monthHomographs.includes(first) || end - start !== first.length) return false;
  const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(end, end + 20))?.[1]?.toLowerCase();
  const opens = /(?:^|[.!?:;"“‘(\n]\s*)$/u.test(ctx.text.slice(Math.max(0, start - 4), start));
  return opens && next !== undefined && homographVerbBefore.includes(next);
}

/** A weekday placed by a modifier ("volgende vrijdag", "next week Monday") overlapping this span. */
function placedWeekday(ctx: ExtractContext, start: number, end: number): boolean {
  const re = memo(ctx.lex, 'placed-weekday', () => new RegExp(relativeWeekdayPattern(ctx).source, 'giu'));
  const from = Math.max(0, start - 30);
  const slice = ctx.text.slice(from, end + 30);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = from + m.index;
    if (s < end && s + m[0].length > start) return true;
  }
  return false;
}

function statedParts(c: chrono.ParsedComponents): StatedDate {
  const stated: StatedDate = {};
  if (c.isCertain('year')) stated.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) stated.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) stated.day = c.get('day') ?? undefined;
  return stated;
}

/**
 * "15 April of 87": a day and month, then "of" and two digits ending the clause, are that day in the
 * year they name, in this century unless that is more than 20 years after the article's year ("87" in
 * 2018 is 1987). chrono reads the day and month alone.
 */
function twoDigitYearAfter(ctx: ExtractContext, stated: StatedDate, end: number): { year: number; end: number } | null {
  if (stated.day === undefined || !ctx.doc.date) return null;
  const m = patterns(ctx).ofTwoDigitYear.exec(ctx.text.slice(end, end + 12));
  if (!m) return null;
  return { year: lastCenturyIfAhead(2000 + Number(m[1]), ctx.doc.date), end: end + m[0].length };
}

/** A year written in two digits more than 20 years after the article's is the last century's ("'87" in 2018 is 1987). */
const lastCenturyIfAhead = (year: number, ref: ReferenceDate): number => (year > parseDay(ref.high).year + 20 ? year - 100 : year);

/** "december vorig jaar", "December last year": the year phrase chrono returns as a result of its own. */
function relativeYearAfter(ctx: ExtractContext, offset: number, end: number, next: chrono.ParsedResult | undefined): { year: number; end: number } | null {
  if (!next || !ctx.doc.date) return null;
  const gap = ctx.text.slice(end, offset + next.index);
  const phrase = next.text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '');
  const shift = ctx.lex.relativeYears[phrase];
  if (shift === undefined || !/^[\s,]*(?:van|of)?\s*$/iu.test(gap)) return null;
  return { year: parseDay(ctx.doc.date.high).year + shift, end: offset + next.index + phrase.length };
}

const FINEST: readonly DurationUnit[] = ['hour', 'day', 'week', 'month', 'year'];

/** The time unit a relative date names ("vorige week" → week), the finest of several ("2 weeks and 2 days ago" → day). */
function unitNamed(ctx: ExtractContext, words: string): DurationUnit | null {
  const found = words.split(/[^\p{L}]+/u).map((w) => ctx.lex.durationUnits[w]).filter((u) => u !== undefined);
  return FINEST.find((u) => found.includes(u)) ?? null;
}

/** The day chrono placed components on, with what it implied where the text stated nothing. */
const dayOf = (c: chrono.ParsedComponents): Day => ({ year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 });

/** Days from the article date to the day chrono placed components on. */
const daysFromArticle = (ref: ReferenceDate, c: chrono.ParsedComponents): number => daysBetween(parseDay(ref.high), dayOf(c));

/** "gisteren", "vorige week", "drie maanden geleden": chrono counted from the reference instant. */
function resolveRelative(ref: ReferenceDate | null, result: chrono.ParsedResult, unit: DurationUnit | null): ResolvedDate | null {
  if (!ref) return null;
  const c = result.start;
  const day = dayOf(c);
  const offset = daysBetween(parseDay(ref.high), day);
  if (unit === 'week') return weekAround(ref, offset);
  if (unit === 'year' && !c.isCertain('month')) return resolveDate({ year: day.year }, ref);
  if (unit === 'month' || (!c.isCertain('day') && c.isCertain('month'))) return resolveDate({ year: day.year, month: day.month }, ref);
  return shiftReference(ref, offset);
}
