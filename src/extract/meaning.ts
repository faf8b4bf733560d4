import type { Claim, ClaimDraft, Scope } from '../claims/types.js';
import type { PlaceFinder } from '../measures/places.js';
import type { MeasureMatcher } from './common/measure-matcher.js';
import { sentenceAt, type Sentence } from './common/sentences.js';
import { linkRelations, type PartCue } from './relations.js';
import type { ExtractContext } from './types.js';
import { matchAny } from '../util/match-any.js';
import { memo } from '../util/memo.js';

export interface MeaningContext extends ExtractContext {
  measures: MeasureMatcher;
  places: PlaceFinder;
  sentences: readonly Sentence[];
}

/**
 * Numbers drafts in text order and works out what each counts: its measure (from the noun after it,
 * the verb of its clause, or a head noun before it), its scope (group, place, period), and the whole
 * it is part of (relations.ts).
 */
export function annotate(ctx: MeaningContext, drafts: readonly ClaimDraft[]): Claim[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const mainPlace = mostNamedPlace(ctx);
  const placesOf = new Map<number, string[]>(); // per sentence, found once
  const claims: Claim[] = [];
  const cues = new Map<Claim, PartCue>();
  // For each draft, where the next figure that is not a date starts (one pass from the end).
  const nextFigure: number[] = new Array<number>(sorted.length);
  for (let i = sorted.length - 1, next = ctx.text.length; i >= 0; i--) {
    nextFigure[i] = next;
    if (sorted[i]!.kind !== 'date') next = sorted[i]!.start;
  }
  sorted.forEach((draft, i) => {
    const sentence = sentenceAt(ctx.sentences, draft.start);
    // Quoted from the source, which equals the prose wherever nothing was blanked inside the span.
    const claim = { ...draft, text: ctx.doc.text.slice(draft.start, draft.end), id: `c${i + 1}`, sentence, measure: draft.measure ?? null, scope: { ...draft.scope }, partOf: null } as Claim;
    // The clause of a figure runs to the next figure; dates inside it ("woensdag") do not end it.
    const nextStart = nextFigure[i]!;
    if (claim.kind === 'date' && (ctx.grammar.phraseBefore(ctx.lex.birthCues, ctx.text, claim.start) !== null || ctx.grammar.phraseAfter(ctx.lex.birthCuesAfter, ctx.text, claim.end) !== null)) {
      claim.measure = 'birth';
    }
    if (claim.kind === 'count') {
      const cue = readMeasure(ctx, claim, nextStart);
      if (cue) cues.set(claim, cue);
    } else if (claim.kind === 'percent' && claim.unit === null) {
      // "een opkomst van 78 procent", "78 procent opkomst": what a percentage is of.
      const sentenceStart = ctx.sentences[sentence]?.start ?? 0;
      claim.measure = ctx.measures.nounAfter(ctx.text, claim.end)?.measure ?? ctx.measures.headBefore(ctx.text, Math.max(sentenceStart, lastBreak(ctx.text, claim.start)), claim.start);
    }
    const rate = claim.kind === 'date' || claim.kind === 'duration' ? null : rateAfter(ctx, claim, nextStart);
    if (rate) claim.scope.period = `per ${rate}`;
    let named = placesOf.get(sentence);
    if (!named) {
      const s = ctx.sentences[sentence];
      named = s ? ctx.places.find(ctx.text, s.start, s.end) : [];
      placesOf.set(sentence, named);
    }
    claim.scope = { ...scopeOf(named, mainPlace), ...claim.scope };
    claims.push(claim);
  });
  linkRelations(ctx, claims, cues);
  addPeriods(ctx.text, claims);
  return claims;
}

/** Sets the measure and group of a count; returns the part cue standing next to it, if any. */
function readMeasure(ctx: MeaningContext, claim: Claim, nextStart: number): PartCue | null {
  const { text, measures, lex, grammar } = ctx;
  const sentence = ctx.sentences[claim.sentence];
  const clauseEnd = Math.min(nextStart, sentence?.end ?? text.length);
  const noun = measures.nounAfter(text, claim.end);
  const inClause = noun !== null && noun.end <= clauseEnd;
  let measure = inClause ? noun.measure : null;
  // "Vijftien gewonden zijn naar ziekenhuizen gebracht": what was done to the people counted says
  // which figure this is (the hospitalised among the injured), more than their noun.
  if (measure && inClause) {
    const action = measures.verbIn(text, noun.end, clauseEnd);
    if (action && ACTIONS.has(action) && action !== measure) measure = action;
  }
  const partAfter = grammar.phraseAfter(lex.partCuesAfter, text, claim.end);
  const qualifierStart = grammar.qualifierBefore(text, claim.start)?.start ?? claim.start;
  const partBefore = grammar.phraseBefore(lex.partCuesBefore, text, qualifierStart);
  const next = grammar.wordsAfter(text, claim.end, 1)[0] ?? '';
  if (!measure && ((inClause && (noun.people || noun.group)) || partAfter !== null || lex.auxiliaries.includes(next))) {
    measure = measures.verbIn(text, inClause ? noun.end : claim.end, clauseEnd);
  }
  if (!measure && inClause && (noun.people || noun.group)) {
    // "De politie arresteerde 38 mensen", "kwamen 23 mensen om": the verb stands before or around.
    const clauseStart = Math.max(sentence?.start ?? 0, lastBreak(text, claim.start));
    measure = measures.verbIn(text, clauseStart, clauseEnd);
  }
  if (!measure && !inClause) {
    const from = Math.max(sentence?.start ?? 0, 0);
    measure = measures.headBefore(text, from, claim.start);
  }
  claim.measure = measure;
  const group = (inClause ? noun.group : null) ?? groupOfMeasure(measure);
  if (group) claim.scope.group = group;
  return partAfter !== null ? 'after' : partBefore !== null ? 'before' : null;
}

/** "€40 miljoen per dag", "hundreds of extra admissions every week": a rate, not a total. */
function rateAfter(ctx: MeaningContext, claim: Claim, nextStart: number): string | null {
  const { lex, text } = ctx;
  const re = memo(lex, 'rate', () => new RegExp(`(?<![\\p{L}])(${matchAny(Object.keys(lex.ratePhrases))})(?![\\p{L}])`, 'iu'));
  const sentenceEnd = ctx.sentences[claim.sentence]?.end ?? text.length;
  const m = re.exec(text.slice(claim.end, Math.min(nextStart, sentenceEnd, claim.end + 60)));
  return m?.[1] ? (lex.ratePhrases[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? null) : null;
}

/** Where the clause holding an offset starts: after the last comma, semicolon or colon before it. */
function lastBreak(text: string, offset: number): number {
  const window = text.slice(Math.max(0, offset - 120), offset);
  const at = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':'));
  return at === -1 ? offset - window.length : offset - window.length + at + 1;
}

/** Measures that say what happened to people already counted by another: they override the noun. */
const ACTIONS = new Set(['hospitalised', 'evacuated', 'returned', 'arrested']);

const groupOfMeasure = (measure: string | null): string | null => (measure?.endsWith('.civilian') ? 'civilian' : null);

/** The place the sentence names; the article's own place wins when named among others ("de Geul in Limburg"). */
function scopeOf(named: readonly string[], mainPlace: string | undefined): Scope {
  const chosen = mainPlace !== undefined && named.includes(mainPlace) ? mainPlace : (named[0] ?? mainPlace);
  return chosen ? { place: chosen } : {};
}

/**
 * A period date in the same sentence gives the period: "sinds december vorig jaar ... 500 burgerdoden",
 * "in 2019". A day in the sentence is usually when it was reported, not what the figure covers.
 */
function addPeriods(text: string, claims: Claim[]): void {
  const periodDates = new Map<number, Claim[]>();
  for (const c of claims) {
    // A date of birth says when someone was born, not what period a figure covers.
    if (c.kind === 'date' && c.measure !== 'birth' && (c.since || c.grain === 'month' || c.grain === 'year')) {
      const list = periodDates.get(c.sentence);
      if (list) list.push(c);
      else periodDates.set(c.sentence, [c]);
    }
  }
  for (const claim of claims) {
    if (claim.kind === 'date' || claim.kind === 'duration' || claim.scope.period) continue;
    // The nearest such date before the figure in its sentence ("in 2019 … 1.200, in 2020 … 800"), else
    // the first after it with no clause break between. Candidates are in text order: binary search, so
    // that a sentence with thousands of dates and figures stays linear.
    const candidates = periodDates.get(claim.sentence) ?? [];
    const firstAfter = candidates[firstIndex(candidates, (c) => c.start > claim.end)];
    const after = firstAfter && !/[,;:]/u.test(text.slice(claim.end, firstAfter.start)) ? firstAfter : undefined;
    const date = candidates[firstIndex(candidates, (c) => c.start >= claim.start) - 1] ?? after;
    if (date?.kind === 'date') claim.scope.period = date.since ? `since ${date.value}` : date.value;
  }
}

/** The first index whose item passes `test`, for a test that is false, then true, along the list. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function mostNamedPlace(ctx: MeaningContext): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ctx.places.find(ctx.text, ctx.doc.bodyStart, ctx.text.length)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = id;
  return best;
}
