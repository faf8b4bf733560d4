import type { Claim, ClaimDraft, Scope } from '../claims/types.js';
import type { PlaceFinder } from '../measures/places.js';
import type { MeasureMatcher } from './common/measure-matcher.js';
import { sentenceAt, type Sentence } from './common/sentences.js';
import { linkRelations, type PartCue } from './relations.js';
import { inheritMeasures } from './measure-inherit.js';
import { shiftFutureDates } from './future-dates.js';
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
  const sorted = drafts.filter((d) => !isZero(d) || keepZero(ctx, d)).sort((a, b) => a.start - b.start);
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
    const claim = toClaim(draft, ctx.doc.text.slice(draft.start, draft.end), `c${i + 1}`, sentence);
    // The clause of a figure runs to the next figure; dates inside it ("woensdag") do not end it.
    const nextStart = nextFigure[i]!;
    if (claim.kind === 'date' && (ctx.grammar.phraseBefore(ctx.lex.birthCues, ctx.text, claim.start) !== null || ctx.grammar.phraseAfter(ctx.lex.birthCuesAfter, ctx.text, claim.end) !== null)) {
      claim.measure = 'birth';
    }
    if (claim.kind === 'count') {
      const cue = readMeasure(ctx, claim, nextStart);
      if (cue) cues.set(claim, cue);
    } else if ((claim.kind === 'percent' && claim.unit === null) || claim.kind === 'money') {
      claim.measure = figureMeasure(ctx, claim, nextStart);
    }
    const rate = claim.kind === 'date' || claim.kind === 'duration' ? null : rateAfter(ctx, claim, nextStart);
    if (rate) claim.scope.period = `per ${rate}`;
    let named = placesOf.get(sentence);
    if (!named) {
      const s = ctx.sentences[sentence];
      named = s ? ctx.places.find(ctx.text, s.start, s.end) : [];
      placesOf.set(sentence, named);
    }
    claim.scope = withPlace(scopeOf(named, mainPlace), claim.scope);
    claims.push(claim);
  });
  linkRelations(ctx, claims, cues);
  inheritMeasures(ctx, claims);
  shiftFutureDates(ctx, claims);
  addPeriods(ctx.lex, ctx.text, claims);
  return claims;
}

/**
 * `{ ...draft, text, id, sentence, measure: draft.measure ?? null, scope: { ...draft.scope }, partOf: null }`,
 * copied by Object.assign: drafts come in many shapes, and a spread of them took the slow path every time.
 */
function toClaim(draft: ClaimDraft, text: string, id: string, sentence: number): Claim {
  const claim: Record<string, unknown> = Object.assign({}, draft);
  claim.text = text;
  claim.id = id;
  claim.sentence = sentence;
  claim.measure = draft.measure ?? null;
  const scope: Record<string, unknown> = {};
  for (const key in draft.scope) scope[key] = draft.scope[key as keyof Scope];
  claim.scope = scope;
  claim.partOf = null;
  return claim as unknown as Claim;
}

/**
 * What a percentage or an amount is of: the noun after it ("78 procent van de stemmen", "€2 billion in
 * aid"), a head before it in its clause ("een opkomst van 78 procent", "De schade ... op 10 miljard euro"),
 * a verb of its clause ("9,8 procent duurder", "geeft 449 miljard euro uit"), else a head earlier in
 * the sentence.
 */
function figureMeasure(ctx: MeaningContext, claim: Claim, nextStart: number): string | null {
  const { text, measures } = ctx;
  const sentence = ctx.sentences[claim.sentence];
  const sentenceStart = sentence?.start ?? 0;
  const clauseStart = Math.max(sentenceStart, lastBreak(text, claim.start));
  const clauseEnd = Math.min(nextStart, sentence?.end ?? text.length);
  const noun = measures.nounAfter(text, claim.end);
  const ofNoun = noun && noun.end <= clauseEnd ? noun.measure : null;
  if (ofNoun) return claim.kind === 'percent' ? (PERCENT_OF[ofNoun] ?? ofNoun) : ofNoun;
  const head = measures.headBefore(text, clauseStart, claim.start);
  if (head) return head;
  const verb = measures.verbIn(text, clauseStart, clauseEnd);
  if (verb) return claim.kind === 'percent' && verb === 'votes' ? 'turnout' : verb;
  return measures.headBefore(text, sentenceStart, claim.start);
}

const ZERO_MEASURES = /^(?:deaths|injured|missing|arrested|evacuated|displaced|cases|hospitalised|casualties|affected)(?:\.|$)/u;

const isZero = (draft: ClaimDraft): boolean => draft.kind === 'count' && draft.value === 0 && draft.precision === 0 && !/\p{N}/u.test(draft.text);

/** A negation ("geen", "nobody") is a claim only when it counts people: "geen doden", not "geen cijfers". */
function keepZero(ctx: MeaningContext, draft: ClaimDraft): boolean {
  const probe = { ...draft, id: '', sentence: sentenceAt(ctx.sentences, draft.start), measure: null, scope: {}, partOf: null } as Claim;
  readMeasure(ctx, probe, ctx.sentences[probe.sentence]?.end ?? ctx.text.length);
  return probe.measure !== null && ZERO_MEASURES.test(probe.measure);
}

/** Sets the measure and group of a count; returns the part cue standing next to it, if any. */
function readMeasure(ctx: MeaningContext, claim: Claim, nextStart: number): PartCue | null {
  const { text, measures, lex, grammar } = ctx;
  const sentence = ctx.sentences[claim.sentence];
  const noun = measures.nounAfter(text, claim.end);
  // "1,500 residents of two coastal towns were evacuated": a figure in the people's "of" phrase does
  // not end their clause; a comma or "and" after it still does.
  const sentenceEnd = sentence?.end ?? text.length;
  const ofFigure = noun?.people === true && noun.end <= nextStart && ofOnly(lex, text.slice(noun.end, nextStart));
  const clauseEnd = ofFigure ? clauseBreak(ctx, nextStart, sentenceEnd) : Math.min(nextStart, sentenceEnd);
  const clauseStart = Math.max(sentence?.start ?? 0, lastBreak(text, claim.start));
  const inClause = noun !== null && noun.end <= clauseEnd;
  // A people noun with a measure of its own ("inwoners" population) yields to the verb of its clause.
  let measure = inClause && !noun.people ? noun.measure : null;
  // "Vijftien gewonden zijn naar ziekenhuizen gebracht": what was done to the people counted says
  // which figure this is (the hospitalised among the injured), more than their noun; "Tientallen
  // woningen werden verwoest": the verb makes the noun's measure more specific.
  if (measure && inClause) {
    const narrows = (action: string | null) => action !== null && action !== measure && (ACTIONS.has(action) || action.startsWith(`${measure}.`));
    const after = measures.verbIn(text, noun.end, clauseBreak(ctx, noun.end, clauseEnd, true));
    const before = measures.verbIn(text, clauseStart, claim.start);
    measure = narrows(after) ? after : narrows(before) ? before : measure;
  }
  const partAfter = grammar.phraseAfter(lex.partCuesAfter, text, claim.end);
  const qualifierStart = grammar.qualifierBefore(text, claim.start)?.start ?? claim.start;
  const partBefore = grammar.phraseBefore(lex.partCuesBefore, text, qualifierStart);
  // "killed at least 40 and injured 100", "injuring 20, killing 3": the verb whose object the figure is
  // says what it counts, before a verb elsewhere in the clause (which may be the next figure's).
  if (!measure && (!inClause || noun.people || noun.group)) measure = verbRightBefore(ctx, qualifierStart);
  const next = grammar.wordsAfter(text, claim.end, 1)[0] ?? '';
  if (!measure && ((inClause && (noun.people || noun.group)) || partAfter !== null || partBefore !== null || lex.auxiliaries.includes(next))) {
    const from = inClause ? noun.end : claim.end;
    measure = measures.verbIn(text, from, clauseBreak(ctx, from, clauseEnd));
  }
  if (!measure && inClause && (noun.people || noun.group)) {
    // "De politie arresteerde 38 mensen", "kwamen 23 mensen om": the verb stands before or around.
    measure = measures.verbIn(text, clauseStart, clauseEnd);
  }
  // "72.402 gewond zijn geraakt", "1,7 miljoen zich vaccineren": no noun, the verb right after.
  if (!measure && !inClause) measure = measures.verbIn(text, claim.end, Math.min(clauseEnd, claim.end + 40));
  // A rate is no count, from a verb ("Het personeelsbestand kromp tot 6.000", whose head still may say
  // what it counts) or a head ("De opkomst in de 27 lidstaten").
  const count = (m: string | null): string | null => (m !== null && RATES.has(m) ? null : m);
  measure = count(measure);
  if (!measure && !inClause) measure = count(measures.headBefore(text, Math.max(sentence?.start ?? 0, 0), claim.start));
  if (!measure && inClause) measure = noun.measure;
  const group = (inClause ? noun.group : null) ?? groupOfMeasure(measure);
  claim.measure = withGroup(ctx, measure, group);
  if (group) claim.scope.group = group;
  return partAfter !== null ? 'after' : partBefore !== null ? 'before' : null;
}

/**
 * The measure of a verb that is the word right before `at` ("killed" in "killed 12"), else null; not the
 * last of coordinated verbs ("killed or injured 2,505", "doodde en verwondde"), which the clause reads.
 */
function verbRightBefore(ctx: MeaningContext, at: number): string | null {
  const m = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, at - 30), at));
  if (!m?.[1]) return null;
  // A verb before the joiner makes the two one phrase; a figure or a noun ("killed 40 and injured 100",
  // "killed 12 people and injured 30") does not.
  const joiner = memo(ctx.lex, 'verb-joined-before', () => new RegExp(`(\\p{L}+)\\s+(?:${matchAny([ctx.lex.listJoiner, 'or', 'of'])})\\s+$`, 'iu'));
  const before = ctx.text.slice(Math.max(0, at - m[0].length - 30), at - m[0].length);
  const joined = joiner.exec(before);
  if (joined?.[1] !== undefined) {
    const verbAt = at - m[0].length - before.length + joined.index;
    if (ctx.measures.verbIn(ctx.text, verbAt, verbAt + joined[1].length) !== null) return null;
  }
  const from = at - m[0].length;
  return ctx.measures.verbIn(ctx.text, from, from + m[1].length);
}

const ofOnly = (lex: MeaningContext['lex'], between: string): boolean => lex.fractionOf.includes(between.trim().toLowerCase()) && /^\s/u.test(between);

/** Groups that have a measure of their own: "17 burgers kwamen om" counts civilian deaths. */
const GROUP_MEASURES: Record<string, string> = { civilian: 'civilian', soldiers: 'soldier' };

/** The measure of a group that has one of its own (deaths + civilian → deaths.civilian), else the measure. */
export function withGroup(ctx: MeaningContext, measure: string | null, group: string | null): string | null {
  const suffix = group ? GROUP_MEASURES[group] : undefined;
  if (!measure || !suffix || measure.includes('.')) return measure;
  return ctx.measures.hasMeasure(`${measure}.${suffix}`) ? `${measure}.${suffix}` : measure;
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

/**
 * Where the words after a counted noun stop speaking of it: a comma, semicolon or "en"/"and" ("17,000
 * people and killed 613"); with `strong`, only a new clause (", and a fire burned down …"), so that
 * "gewonden zijn naar ziekenhuizen in Ede, Arnhem en Utrecht gebracht" keeps its verb.
 */
function clauseBreak(ctx: MeaningContext, from: number, to: number, strong = false): number {
  const joiner = ctx.lex.listJoiner;
  const re = strong
    ? memo(ctx.lex, 'clause-break-strong', () => new RegExp(`[;:]|,\\s+${joiner}\\s`, 'iu'))
    : memo(ctx.lex, 'clause-break', () => new RegExp(`[,;:]|\\s${joiner}\\s`, 'iu'));
  const m = re.exec(ctx.text.slice(from, to));
  return m ? from + m.index : to;
}

/** Measures of rates, which percentages carry and counts never do. */
const RATES = new Set(['turnout', 'unemployment', 'inflation', 'growth', 'interest-rate', 'deficit', 'debt', 'purchasing-power', 'case-fatality']);

/** A percentage of the electorate, or one that voted, is a turnout ("41,9 procent van de kiesgerechtigden"). */
const PERCENT_OF: Record<string, string> = { electorate: 'turnout' };

/** Measures that say what happened to people already counted by another: they override the noun. */
const ACTIONS = new Set(['hospitalised', 'evacuated', 'returned', 'arrested']);

const groupOfMeasure = (measure: string | null): string | null => (measure?.endsWith('.civilian') ? 'civilian' : null);

/** `{ ...place, ...scope }`, copied key by key. */
function withPlace(place: Scope, scope: Scope): Scope {
  const merged: Record<string, unknown> = {};
  for (const key in place) merged[key] = place[key as keyof Scope];
  for (const key in scope) merged[key] = scope[key as keyof Scope];
  return merged as Scope;
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
function addPeriods(lex: MeaningContext['lex'], text: string, claims: Claim[]): void {
  const whenAfter = memo(lex, 'when-after-date', () => new RegExp(`^,?\\s*${matchAny(lex.thatTimeWords)}\\s`, 'iu'));
  const periodDates = new Map<number, Claim[]>();
  for (const c of claims) {
    // A date of birth says when someone was born, not what period a figure covers.
    // A range of dates ("2014-2018") is no single period its value could name.
    if (c.kind === 'date' && c.measure !== 'birth' && c.qualifier !== 'range' && (c.since || c.until || c.grain === 'month' || c.grain === 'year')) {
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
    const between = firstAfter ? text.slice(claim.end, firstAfter.start) : '';
    const after = firstAfter && !/[,;:]/u.test(between) ? firstAfter : undefined;
    // "3,5 procent, tegen 3,3 procent in september": a date right after the figure (a preposition
    // between at most) is its own, before one earlier in the sentence.
    const adjacent = after && /^\s*(?:\p{L}{1,7}\s+)?$/u.test(between) ? after : undefined;
    const date = adjacent ?? candidates[firstIndex(candidates, (c) => c.start >= claim.start) - 1] ?? after;
    // "the lowest since 2001, when 59.4 per cent voted": the figure after "when" is of that year itself.
    const ofThatTime = date?.kind === 'date' && date.end <= claim.start && whenAfter.test(text.slice(date.end, claim.start));
    if (date?.kind === 'date') claim.scope.period = ofThatTime ? date.value : date.since ? `since ${date.value}` : date.until ? `until ${date.value}` : date.value;
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
