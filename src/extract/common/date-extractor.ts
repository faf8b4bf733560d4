import * as chrono from 'chrono-node';
import type { ClaimDraft, DurationUnit } from '../../claims/types.js';
import type { Lang, ReferenceDate } from '../../document/types.js';
import { daysBetween, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { dateDraft } from './date-draft.js';
import { resolveDate, shiftReference, UNRESOLVED, weekAround, type ResolvedDate, type StatedDate } from './date-resolve.js';

const PARSERS: Record<Lang, chrono.Chrono> = { nl: chrono.nl.casual, en: chrono.en.casual };

const word = (words: Iterable<string>): string => `(?<![\\p{L}])${matchAny(words)}(?![\\p{L}])`;

/** The news layer's patterns, compiled once per lexicon. */
const patterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'date-layer', () => {
    const { lex, grammar } = ctx;
    return {
      leadingPreposition: new RegExp(`^${matchAny(lex.datePrepositions)}\\s+`, 'iu'),
      durationOpener: new RegExp(`^${matchAny(lex.durationOpeners)}\\s`, 'iu'),
      duration: new RegExp(`(?:${grammar.numeral.source})\\s*${matchAny(Object.keys(lex.durationUnits))}(?![\\p{L}])`, 'iu'),
      ago: new RegExp(word(lex.agoWords), 'iu'),
      pluralUnit: new RegExp(word(lex.pluralTimeUnits), 'iu'),
      month: new RegExp(word(Object.keys(lex.months)), 'u'),
      weekdayListBefore: new RegExp(`${word(Object.keys(lex.weekdays))}\\s*(?:,|&|${matchAny([lex.listJoiner, 'or', 'of', 'tot', 'to'])})\\s*$`, 'iu'),
      timeOfDay: /\d[:.]\d\d|\b(?:uur|u|h|am|pm|a\.m\.|p\.m\.|noon|middag|midnight|middernacht|ochtend|avond|morning|evening|night|nacht)\b|\d(?:am|pm|u|h)\b/iu,
    };
  });

/**
 * Dates through chrono-node, with a news layer on top: dates without a year read as the nearest
 * before the article date, "begin maart" narrows the month, "december vorig jaar" takes its year,
 * and chrono's false friends ("zat", "zo", "in drie maanden") are dropped.
 * `"sinds begin maart"` with article date 2020-06 → 2020-03-01..2020-03-10 (grain month).
 */
export const dateExtractor: Extractor = {
  name: 'date',
  // One paragraph at a time: chrono then sees whole sentences, offsets stay local.
  pattern: () => /[^\n\r]+/g,
  extract(ctx, match) {
    const drafts: ClaimDraft[] = [];
    for (const chunk of chunksOf(match[0], match.index)) {
      const results = PARSERS[ctx.doc.lang].parse(chunk.text, refInstant(ctx.doc.date), { forwardDate: false });
      for (let i = 0; i < results.length; i++) {
        const result = results[i]!;
        const next = results[i + 1];
        const draft = toDraft(ctx, chunk.offset, result, next);
        if (!draft) continue;
        if (draft.mergedNext) i += 1;
        drafts.push(draft.claim);
      }
    }
    return drafts;
  },
};

// A run of blanks no date spans. chrono.nl's patterns take time quadratic in a run of whitespace
// (2 s for 40,000 spaces), so a paragraph is cut there and chrono never sees long runs.
const LONG_BLANK = /[^\S\n\r]{200,}/gu;
const DATE_MATERIAL = /[\p{L}\p{N}]/u;

// Some of chrono's patterns test the whole text before each match (quadratic in a long line), so a
// paragraph longer than this is handed over in parts, cut after a sentence.
const MAX_CHUNK = 5000;
const SENTENCE_END = /\p{Ll}{2}[.!?]["')\]]*\s+(?=\p{Lu})/gu;

/** Where to cut a long paragraph before `limit`: after the last sentence end, else the last blank. */
function sentenceCut(paragraph: string, from: number, limit: number): number {
  const window = paragraph.slice(from, limit);
  let cut = -1;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  if (cut <= 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t')) + 1;
  return cut > 0 ? from + cut : limit;
}

/** The parts of a paragraph between long runs of blanks, leaving out parts with no letter or digit. */
function chunksOf(paragraph: string, offset: number): { text: string; offset: number }[] {
  const chunks: { text: string; offset: number }[] = [];
  let from = 0;
  const push = (to: number) => {
    for (let at = from; at < to; ) {
      const end = to - at <= MAX_CHUNK ? to : sentenceCut(paragraph, at, at + MAX_CHUNK);
      const text = paragraph.slice(at, end);
      if (DATE_MATERIAL.test(text)) chunks.push({ text, offset: offset + at });
      at = end;
    }
  };
  LONG_BLANK.lastIndex = 0;
  for (let m = LONG_BLANK.exec(paragraph); m; m = LONG_BLANK.exec(paragraph)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(paragraph.length);
  return chunks;
}

function refInstant(ref: ReferenceDate | null): { instant: Date; timezone: number } {
  const day = ref ? parseDay(ref.high) : { year: 2000, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

function toDraft(ctx: ExtractContext, offset: number, result: chrono.ParsedResult, next: chrono.ParsedResult | undefined): { claim: ClaimDraft; mergedNext: boolean } | null {
  const re = patterns(ctx);
  let start = offset + result.index;
  let end = start + result.text.replace(/[\s,.;:!?)]+$/u, '').length;
  const lead = re.leadingPreposition.exec(ctx.text.slice(start, end));
  if (lead) start += lead[0].length;
  const words = ctx.text.slice(start, end).toLowerCase();
  if (isFalseFriend(ctx, result, offset, start, end, words)) return null;

  const relative = [...result.tags()].some((t) => /relative|casualReference/i.test(t));
  const stated = relative ? {} : statedParts(result.start);
  const statesWeekday = Object.keys(ctx.lex.weekdays).some((w) => words.includes(w));
  // "on Monday and Tuesday, March 4 and 5": a weekday in a list of weekdays is not that date's own.
  const inList = re.weekdayListBefore.test(ctx.text.slice(Math.max(0, start - 30), start));
  if (result.start.isCertain('weekday') && statesWeekday && !(inList && stated.day !== undefined)) stated.weekday = result.start.get('weekday') ?? undefined;

  const merged = stated.month !== undefined && stated.year === undefined ? relativeYearAfter(ctx, offset, end, next) : null;
  if (merged) {
    stated.year = merged.year;
    end = merged.end;
  }
  const resolved = (relative ? resolveRelative(ctx.doc.date, result, unitNamed(ctx, words)) : resolveDate(stated, ctx.doc.date)) ?? UNRESOLVED;
  const weekday = stated.day !== undefined ? stated.weekday : undefined;
  return { claim: dateDraft(ctx, start, end, resolved, weekday), mergedNext: merged !== null };
}

/**
 * chrono's readings that are no date in news text: "in drie maanden" and "drie maanden na" (durations),
 * "komende dagen", "now", a time alone, the verbs "march" and "may", "zo" and "zat" as weekdays.
 */
function isFalseFriend(ctx: ExtractContext, result: chrono.ParsedResult, offset: number, start: number, end: number, words: string): boolean {
  const re = patterns(ctx);
  const c = result.start;
  if (re.durationOpener.test(ctx.text.slice(offset + result.index, end))) return true;
  if (re.duration.test(words) && !re.ago.test(words)) return true;
  if (re.pluralUnit.test(words)) return true;
  if (ctx.lex.capitalisedMonths && re.month.test(ctx.text.slice(start, end))) return true;
  if ([...result.tags()].some((t) => /casualReference\/now/i.test(t))) return true;
  // "from 250 to 300 last year": an hour read from a bare number, with no time of day written.
  if (c.isCertain('hour') && !re.timeOfDay.test(ctx.text.slice(offset + result.index, end))) return true;
  const statesWeekday = Object.keys(ctx.lex.weekdays).some((w) => words.includes(w));
  return !c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !(c.isCertain('weekday') && statesWeekday);
}

function statedParts(c: chrono.ParsedComponents): StatedDate {
  const stated: StatedDate = {};
  if (c.isCertain('year')) stated.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) stated.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) stated.day = c.get('day') ?? undefined;
  return stated;
}

/** "december vorig jaar", "December last year": the year phrase chrono returns as a result of its own. */
function relativeYearAfter(ctx: ExtractContext, offset: number, end: number, next: chrono.ParsedResult | undefined): { year: number; end: number } | null {
  if (!next || !ctx.doc.date) return null;
  const gap = ctx.text.slice(end, offset + next.index);
  const phrase = next.text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '');
  const shift = ctx.lex.relativeYears[phrase];
  if (shift === undefined || !/^[\s,]*(?:van|of)?\s*$/iu.test(gap)) return null;
  return { year: parseDay(ctx.doc.date.high).year + shift, end: offset + next.index + phrase.length };
}

/** The time unit a relative date names ("vorige week" → week), from the lexicon's duration units. */
function unitNamed(ctx: ExtractContext, words: string): DurationUnit | null {
  const found = words.split(/[^\p{L}]+/u).map((w) => ctx.lex.durationUnits[w]).find((u) => u !== undefined);
  return found ?? null;
}

/** "gisteren", "vorige week", "drie maanden geleden": chrono counted from the reference instant. */
function resolveRelative(ref: ReferenceDate | null, result: chrono.ParsedResult, unit: DurationUnit | null): ResolvedDate | null {
  if (!ref) return null;
  const c = result.start;
  const day = { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  const offset = daysBetween(parseDay(ref.high), day);
  if (unit === 'week') return weekAround(ref, offset);
  if (unit === 'year' && !c.isCertain('month')) return resolveDate({ year: day.year }, ref);
  if (unit === 'month' || (!c.isCertain('day') && c.isCertain('month'))) return resolveDate({ year: day.year, month: day.month }, ref);
  return shiftReference(ref, offset);
}
