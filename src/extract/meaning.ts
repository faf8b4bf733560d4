import type { Claim, ClaimDraft, Scope } from '../claims/types.js';
import type { PlaceFinder } from '../measures/places.js';
import type { MeasureMatcher } from './common/measure-matcher.js';
import { sentenceAt, type Sentence } from './common/sentences.js';
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
 * the verb of its clause, or a head noun before it), its scope (group, place, period) and, for a
 * part cue ("120.000 onder hen", "van wie vier kinderen"), the whole it is part of.
 */
export function annotate(ctx: MeaningContext, drafts: readonly ClaimDraft[]): Claim[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const mainPlace = mostNamedPlace(ctx);
  const placesOf = new Map<number, string[]>(); // per sentence, found once
  const claims: Claim[] = [];
  sorted.forEach((draft, i) => {
    const sentence = sentenceAt(ctx.sentences, draft.start);
    const { partCue: _cue, ...rest } = draft;
    const claim = { ...rest, id: `c${i + 1}`, sentence, measure: draft.measure ?? null, scope: { ...draft.scope }, partOf: null } as Claim;
    // The clause of a figure runs to the next figure; dates inside it ("woensdag") do not end it.
    const nextStart = sorted.slice(i + 1).find((d) => d.kind !== 'date')?.start ?? ctx.text.length;
    if (claim.kind === 'count') readMeasure(ctx, claim, nextStart);
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
  linkParts(ctx.text, claims);
  addPeriods(claims);
  return claims;
}

function readMeasure(ctx: MeaningContext, claim: Claim, nextStart: number): void {
  const { text, measures, lex, grammar } = ctx;
  const sentence = ctx.sentences[claim.sentence];
  const clauseEnd = Math.min(nextStart, sentence?.end ?? text.length);
  const noun = measures.nounAfter(text, claim.end);
  const inClause = noun !== null && noun.end <= clauseEnd;
  let measure = inClause ? noun.measure : null;
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
  if (partAfter !== null || partBefore !== null) (claim as Claim & { partCue?: boolean }).partCue = true;
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

const groupOfMeasure = (measure: string | null): string | null => (measure?.endsWith('.civilian') ? 'civilian' : null);

/** A part cue links the figure to the nearest earlier count in its sentence or the one before. */
function linkParts(text: string, claims: Claim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const part = claims[i] as Claim & { partCue?: boolean };
    if (!part.partCue) continue;
    delete part.partCue;
    for (let j = i - 1; j >= 0; j--) {
      const whole = claims[j]!;
      if (part.sentence - whole.sentence > 1) break;
      if (whole.kind !== 'count' || whole.partOf !== null) continue;
      // A whole names what it counts: "86 century breaks", not "beating the record by seven."
      if (whole.measure === null && !/^\s+\p{L}/u.test(text.slice(whole.end, whole.end + 3))) continue;
      part.partOf = whole.id;
      part.measure ??= whole.measure;
      if (!part.scope.place && whole.scope.place) part.scope.place = whole.scope.place;
      break;
    }
  }
}

/** The place the sentence names; the article's own place wins when named among others ("de Geul in Limburg"). */
function scopeOf(named: readonly string[], mainPlace: string | undefined): Scope {
  const chosen = mainPlace !== undefined && named.includes(mainPlace) ? mainPlace : (named[0] ?? mainPlace);
  return chosen ? { place: chosen } : {};
}

/**
 * A period date in the same sentence gives the period: "sinds december vorig jaar ... 500 burgerdoden",
 * "in 2019". A day in the sentence is usually when it was reported, not what the figure covers.
 */
function addPeriods(claims: Claim[]): void {
  for (const claim of claims) {
    if (claim.kind === 'date' || claim.kind === 'duration' || claim.scope.period) continue;
    // The nearest such date before the figure in its sentence ("in 2019 … 1.200, in 2020 … 800"), else after it.
    const candidates = claims.filter((c) => c.kind === 'date' && c.sentence === claim.sentence && (c.since || c.grain === 'month' || c.grain === 'year'));
    const date = candidates.filter((c) => c.start < claim.start).pop() ?? candidates[0];
    if (date?.kind === 'date') claim.scope.period = date.since ? `since ${date.value}` : date.value;
  }
}

function mostNamedPlace(ctx: MeaningContext): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ctx.places.find(ctx.text, ctx.doc.bodyStart, ctx.text.length)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = id;
  return best;
}
