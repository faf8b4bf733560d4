import * as chrono from 'chrono-node';
import type { ClaimDraft } from '../../claims/types.js';
import type { Lang, ReferenceDate } from '../../document/types.js';
import { daysBetween, parseDay } from '../../util/calendar.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
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
      startVerb: new RegExp(word(lex.startVerbs), 'iu'),
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
    const ref = ctx.doc.date;
    const results = PARSERS[ctx.doc.lang].parse(match[0], refInstant(ref), { forwardDate: false });
    const drafts: ClaimDraft[] = [];
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      const next = results[i + 1];
      const draft = toDraft(ctx, match.index, result, next);
      if (!draft) continue;
      if (draft.mergedNext) i += 1;
      drafts.push(draft.claim);
    }
    return drafts;
  },
};

function refInstant(ref: ReferenceDate | null): { instant: Date; timezone: number } {
  const day = ref ? parseDay(ref.high) : { year: 2000, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

function toDraft(ctx: ExtractContext, offset: number, result: chrono.ParsedResult, next: chrono.ParsedResult | undefined): { claim: ClaimDraft; mergedNext: boolean } | null {
  const { lex, grammar, text } = ctx;
  const c = result.start;
  let start = offset + result.index;
  let end = start + result.text.replace(/[\s,.;:!?)]+$/u, '').length;
  const re = patterns(ctx);
  const lead = re.leadingPreposition.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const words = text.slice(start, end).toLowerCase();
  if (re.durationOpener.test(text.slice(offset + result.index, end))) return null; // "in drie maanden"
  // "drie maanden na", "past twelve months": a number with a time unit and no "geleden" is a duration.
  if (re.duration.test(words) && !re.ago.test(words)) return null;
  if (re.pluralUnit.test(words)) return null; // "komende dagen"
  if (lex.capitalisedMonths && re.month.test(text.slice(start, end))) return null; // "march", "may" as verbs
  const statesWeekday = Object.keys(lex.weekdays).some((w) => words.includes(w));
  const known = (part: 'year' | 'month' | 'day' | 'weekday' | 'hour') => c.isCertain(part);
  if (!known('year') && !known('month') && !known('day') && !(known('weekday') && statesWeekday)) return null; // times, "zo", "zat"

  const stated: StatedDate = {};
  let mergedNext = false;
  const tags = [...result.tags()];
  if (tags.some((t) => /casualReference\/now/i.test(t))) return null; // "now" is no date claim
  const relative = tags.some((t) => /relative|casualReference/i.test(t));
  if (known('year') && !relative) stated.year = c.get('year') ?? undefined;
  if (known('month') && !relative) stated.month = c.get('month') ?? undefined;
  if (known('day') && !relative) stated.day = c.get('day') ?? undefined;
  if (known('weekday') && statesWeekday) stated.weekday = c.get('weekday') ?? undefined;

  // "december vorig jaar", "December last year": the year phrase chrono returns apart.
  if (next && stated.month !== undefined && stated.year === undefined && ctx.doc.date) {
    const gap = text.slice(end, offset + next.index);
    const phrase = next.text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '');
    const shift = lex.relativeYears[phrase];
    if (/^[\s,]*(?:van|of)?\s*$/iu.test(gap) && shift !== undefined) {
      stated.year = parseDay(ctx.doc.date.high).year + shift;
      end = offset + next.index + phrase.length;
      mergedNext = true;
    }
  }
  const resolved = (relative ? resolveRelative(ctx.doc.date, result, words) : resolveDate(stated, ctx.doc.date)) ?? UNRESOLVED;
  const since = grammar.phraseBefore(lex.sinceCues, text, start) !== null;
  const starts = startVerbNear(ctx, re.startVerb, start, end);
  const claim: ClaimDraft = {
    kind: 'date', start, end, text: text.slice(start, end), ...resolved, unit: null, qualifier: 'exact',
    ...(stated.weekday !== undefined && stated.day !== undefined ? { weekday: stated.weekday } : {}),
    ...(since ? { since } : {}),
    ...(starts ? { starts } : {}),
  };
  return { claim, mergedNext };
}

/** A start verb in the clause around a date: "die op donderdag 5 oktober begon", "which began on". */
function startVerbNear(ctx: ExtractContext, re: RegExp, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 40), start).split(/[.;:!?]/u).pop() ?? '';
  const after = ctx.text.slice(end, end + 40).split(/[.;:!?,]/u)[0] ?? '';
  return re.test(before) || re.test(after);
}

/** "gisteren", "vorige week", "drie maanden geleden": chrono counted from the reference instant. */
function resolveRelative(ref: ReferenceDate | null, result: chrono.ParsedResult, words: string): ResolvedDate | null {
  if (!ref) return null;
  const c = result.start;
  const day = { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  const offset = daysBetween(parseDay(ref.high), day);
  if (/week/u.test(words)) return weekAround(ref, offset);
  if (/jaar|year/u.test(words) && !c.isCertain('month')) return resolveDate({ year: day.year }, ref);
  if (/maand|month/u.test(words) || (!c.isCertain('day') && c.isCertain('month'))) return resolveDate({ year: day.year, month: day.month }, ref);
  return shiftReference(ref, offset);
}
