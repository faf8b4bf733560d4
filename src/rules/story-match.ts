import type { NumericClaim } from '../claims/types.js';
import type { Document } from '../document/types.js';
import { sentencesOf } from '../extract/common/sentences.js';
import type { Lexicon } from '../extract/lexicon.js';
import { measureProperties } from '../measures/properties.js';
import { placeFinder } from '../measures/places.js';
import { daysBetween, parseDay } from '../util/calendar.js';
import { ownString } from '../util/own-string.js';
import { inChangeContext } from './change-context.js';
import type { RuleContext } from './types.js';

/** Articles further apart than this many days are about other events (the rules' windowDays default). */
export const DEFAULT_WINDOW_DAYS = 31;

/**
 * What both cross-article rules do with each count: keep it in a store when it is a story figure. The
 * rule reads the store's buckets when the corpus ends.
 */
export function storyFigureCollector(context: RuleContext): { figures: FigureStore; count: (claim: NumericClaim) => void } {
  const figures = context.figureStore();
  return {
    figures,
    count(claim) {
      const { doc, kept } = context.document;
      const figure = storyFigure(claim, doc, context.lexicon, kept, context.archived);
      if (figure) figures.add(figure);
    },
  };
}

/** A figure of one article that corpus rules compare with the figures of other articles. */
export interface StoryFigure {
  /** Names the figure within a run: a figure read back from disk (spill/) is a new object. */
  key: number;
  claim: NumericClaim;
  doc: Document;
  /** The places its sentence names, or else its article's main place: what it may be matched on. */
  places: readonly string[];
  /** Whether its sentence names the place, or the place is the article's (for "why matched"). */
  placeNamed: boolean;
  /** From an archived article, not one of the run's. */
  archived?: boolean;
}

/**
 * Where a run keeps story figures until the corpus ends, to be read back a bucket at a time: in memory,
 * or past a budget on disk (spill/), so that a corpus's figures need not all be held.
 */
export interface FigureStore {
  add(figure: StoryFigure): void;
  /** The buckets of figures from more than one article, in order of first appearance (see storyBuckets). */
  buckets(): Iterable<StoryFigure[]>;
}

export function memoryFigureStore(): FigureStore {
  const figures: StoryFigure[] = [];
  return { add: (figure) => void figures.push(figure), buckets: () => storyBuckets(figures) };
}

/**
 * The figure as cross-article rules see it (holding `kept`, the document as the run keeps it), or null when it is not a story figure: a count with a
 * measure and a place, not a part of another figure, not in a sentence about a change or an earlier state.
 * "In het dal van de Geul in Zuid-Limburg zijn 23 mensen omgekomen" → places geul and limburg.
 */
export function storyFigure(claim: NumericClaim, doc: Document, lexicon: Lexicon, kept: Document = doc, archived = false): StoryFigure | null {
  // Both cross-article rules and the story grouping ask for each claim: one figure serves them all.
  let figure = figures.get(claim);
  if (figure === undefined) figures.set(claim, (figure = newStoryFigure(claim, doc, lexicon, kept, archived)));
  return figure;
}

const figures = new WeakMap<NumericClaim, StoryFigure | null>();
let lastKey = 0;

function newStoryFigure(claim: NumericClaim, doc: Document, lexicon: Lexicon, kept: Document, archived: boolean): StoryFigure | null {
  if (claim.kind !== 'count' || claim.measure === null || claim.partOf !== null || !claim.scope.place) return null;
  if (inChangeContext(doc, lexicon, claim.start, claim.end)) return null;
  const named = placesNamed(claim, doc);
  const places = [...new Set([claim.scope.place, ...named])];
  const figure: StoryFigure = { key: ++lastKey, claim: ownCopy(claim), doc: kept, places, placeNamed: named.length > 0 };
  if (archived) figure.archived = true;
  return figure;
}

/**
 * The claim as a corpus keeps it until the run ends: its own fields, none of the extraction's objects,
 * and a text of its own (util/own-string.ts).
 */
function ownCopy(claim: NumericClaim): NumericClaim {
  const copy: NumericClaim = {
    id: claim.id, kind: claim.kind, text: ownString(claim.text), start: claim.start, end: claim.end,
    value: claim.value, low: claim.low, high: claim.high, precision: claim.precision, unit: claim.unit, qualifier: claim.qualifier,
    measure: claim.measure, scope: { ...claim.scope }, partOf: claim.partOf, sentence: claim.sentence,
  };
  if (claim.partsListed !== undefined) copy.partsListed = claim.partsListed;
  return copy;
}

/** The places a figure may be matched on: its own place and the places its sentence names. */
export function figurePlaces(claim: NumericClaim, doc: Document): string[] {
  return claim.scope.place ? [...new Set([claim.scope.place, ...placesNamed(claim, doc)])] : [];
}

function placesNamed(claim: NumericClaim, doc: Document): string[] {
  const sentence = sentencesOf(doc)[claim.sentence];
  return sentence ? placeFinder().find(doc.prose, sentence.start, sentence.end) : [];
}

/**
 * Buckets figures by measure, group and period, then by each place they may stand for, so that only
 * figures sharing a bucket are ever compared: never every pair of articles.
 */
export function storyBuckets(figures: readonly StoryFigure[]): StoryFigure[][] {
  const buckets = new Map<string, StoryFigure[]>();
  for (const f of figures) {
    for (const key of bucketKeys(f)) {
      const list = buckets.get(key) ?? [];
      list.push(f);
      buckets.set(key, list);
    }
  }
  return [...buckets.values()].filter((list) => new Set(list.map((f) => f.doc.id)).size > 1);
}

/** The buckets a figure is compared in: its measure, group and period, with each place it may stand for. */
export function bucketKeys(f: StoryFigure): string[] {
  const { measure, scope } = f.claim;
  return f.places.map((place) => [measure, scope.group ?? '', scope.period ?? '', place].join('|'));
}

/** The places two figures have in common, their own places first. */
export function sharedPlaces(a: StoryFigure, b: StoryFigure): string[] {
  return a.places.filter((p) => b.places.includes(p));
}

/** Days between two articles' dates (0 when their dates overlap), or null when one is undated. */
export function daysApart(a: Document, b: Document): number | null {
  if (!a.date || !b.date) return null;
  if (a.date.low <= b.date.high && b.date.low <= a.date.high) return 0;
  const [x, y] = a.date.high < b.date.low ? [a.date.high, b.date.low] : [b.date.high, a.date.low];
  return dayNumber(y) - dayNumber(x);
}

// Days since 1970 of an ISO day, parsed once per distinct day: window checks run for every pair in a bucket.
const dayNumbers = new Map<string, number>();
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) dayNumbers.set(iso, (n = daysBetween(EPOCH, parseDay(iso))));
  return n;
}
const EPOCH = parseDay('1970-01-01');

/**
 * For each figure of a bucket (by position), the positions of the figures whose articles are within
 * `windowDays` of its article, itself included, in bucket order: what withinWindow keeps of the whole
 * bucket, found from the figures sorted by date instead of by testing every pair, so that a story told
 * over years by thousands of articles is compared in time that grows with its articles, not their pairs.
 */
export function windowIndex(bucket: readonly StoryFigure[], windowDays: number): (position: number) => Int32Array {
  const undated: number[] = [];
  const dated: { position: number; low: number; high: number }[] = [];
  let widest = 0; // the longest date (a month, a year) bounds how far back a window may reach
  bucket.forEach((f, position) => {
    const date = f.doc.date;
    if (!date) return void undated.push(position);
    const [low, high] = [dayNumber(date.low), dayNumber(date.high)];
    dated.push({ position, low, high });
    widest = Math.max(widest, high - low);
  });
  dated.sort((a, b) => a.low - b.low);
  const all = Int32Array.from(bucket, (_, i) => i);
  return (position) => {
    const date = bucket[position]!.doc.date;
    if (!date) return all; // an undated article may be about any of them
    const [low, high] = [dayNumber(date.low), dayNumber(date.high)];
    const near = [...undated];
    // Within the window: the other's start at most windowDays after this end, its end at most
    // windowDays before this start (0 days apart when the dates overlap).
    for (let k = firstAtLeast(dated, low - windowDays - widest); k < dated.length && dated[k]!.low <= high + windowDays; k++) {
      if (dated[k]!.high >= low - windowDays) near.push(dated[k]!.position);
    }
    return Int32Array.from(near).sort(); // a typed array sorts numbers, and fast
  };
}

/** The first index of a list sorted by `low` whose low is at least `day`. */
function firstAtLeast(sorted: readonly { low: number }[], day: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.low < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two articles' dates are close enough to be about the same events (undated: assume so). */
export const withinWindow = (a: Document, b: Document, windowDays: number): boolean => (daysApart(a, b) ?? 0) <= windowDays;

/** -1 when a's article is strictly older than b's, 1 when newer, 0 when their dates overlap or one is undated. */
export function timeOrder(a: Document, b: Document): -1 | 0 | 1 {
  if (!a.date || !b.date) return 0;
  if (a.date.high < b.date.low) return -1;
  if (b.date.high < a.date.low) return 1;
  return 0;
}

export const isCumulative = (f: StoryFigure): boolean => measureProperties(f.claim.measure ?? '').cumulative;

/** Why two figures were matched, for the message: "measure, place limburg (named in both sentences), same date". */
export function matchedOn(a: StoryFigure, b: StoryFigure): string {
  const place = sharedPlaces(a, b)[0] ?? a.claim.scope.place;
  const how = a.placeNamed && b.placeNamed ? 'named in both sentences' : a.placeNamed || b.placeNamed ? 'named in one sentence, the other article\'s main place' : 'both articles\' main place';
  const days = daysApart(a.doc, b.doc);
  const { group, period } = a.claim.scope;
  return [
    'measure',
    `place ${place} (${how})`,
    group && `group ${group}`,
    period && `period ${period}`,
    days === null ? 'one article undated' : days === 0 ? 'same date' : `dates ${days} day${days === 1 ? '' : 's'} apart`,
  ].filter(Boolean).join(', ');
}

/**
 * The older figure `figure` repeats while `newer`, a higher figure from a later article than that older
 * one and not later than `figure`'s own, is on record; null when `figure` is not stale against `newer`.
 * Only cumulative measures go stale: "12 doden" on day 3 when day 1 said 12 and day 2 said 23.
 */
export function repeatsOlder(figure: StoryFigure, newer: StoryFigure, others: readonly StoryFigure[]): StoryFigure | null {
  if (!isCumulative(figure) || newer.doc.id === figure.doc.id || newer.claim.low <= figure.claim.high || !newer.doc.date) return null;
  if (figure.doc.date && timeOrder(figure.doc, newer.doc) === -1) return null; // the higher figure came later
  return overlapping(figure, others).find((o) => o.doc.id !== newer.doc.id && timeOrder(o.doc, newer.doc) === -1) ?? null;
}

// Per list of figures, the figures of other articles that agree with each: found once, not per pair.
const agreeing = new WeakMap<readonly StoryFigure[], Map<StoryFigure, StoryFigure[]>>();

function overlapping(figure: StoryFigure, others: readonly StoryFigure[]): StoryFigure[] {
  let cache = agreeing.get(others);
  if (!cache) agreeing.set(others, (cache = new Map()));
  let list = cache.get(figure);
  if (!list) cache.set(figure, (list = others.filter((o) => o.doc.id !== figure.doc.id && overlapsFigure(o, figure))));
  return list;
}

/** The newest, highest figure `figure` is stale against, with the older figure it repeats; or null. */
export function staleAgainst(figure: StoryFigure, others: readonly StoryFigure[]): { older: StoryFigure; newer: StoryFigure } | null {
  let best: { older: StoryFigure; newer: StoryFigure } | null = null;
  for (const newer of others) {
    const older = repeatsOlder(figure, newer, others);
    if (!older) continue;
    if (!best || timeOrder(newer.doc, best.newer.doc) === 1 || (timeOrder(newer.doc, best.newer.doc) === 0 && newer.claim.low > best.newer.claim.low)) best = { older, newer };
  }
  return best;
}

const overlapsFigure = (a: StoryFigure, b: StoryFigure): boolean => a.claim.low <= b.claim.high && b.claim.low <= a.claim.high;
