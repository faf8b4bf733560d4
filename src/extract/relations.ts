import type { Claim, NumericClaim } from '../claims/types.js';
import { memo } from '../util/memo.js';
import { withGroup, type MeaningContext } from './meaning.js';

/** Where a part cue stood: after the part ("120.000 onder hen") or before it ("van wie vier"). */
export type PartCue = 'after' | 'before';

const isCount = (c: Claim | undefined): c is NumericClaim => c?.kind === 'count';

/**
 * Links parts to wholes: part cues ("onder hen", "van wie", "of whom") to the nearest earlier figure
 * that names what it counts; "41 van de 312" to the figure after; and lists ("van de 312 gevallen:
 * 180 …, 97 … en 35 …", "including 5 soldiers and 6 civilians") to the total they share.
 */
export function linkRelations(ctx: MeaningContext, claims: Claim[], cues: ReadonlyMap<Claim, PartCue>): void {
  const open = openCounts(ctx, claims);
  for (let i = 0; i < claims.length; i++) {
    if (i > 0) open.pass(i - 1);
    const part = claims[i]!;
    if (!isCount(part) || part.partOf !== null) continue;
    const next = claims[i + 1];
    if (isCount(next) && next.sentence === part.sentence && between(ctx, part, next, ctx.lex.partOfNext)) {
      attach(part, next, ctx); // "41 van de 312 patiënten"
    } else if (cues.has(part)) {
      const whole = open.wholeBefore(part);
      if (whole) {
        attach(part, whole, ctx);
        whole.partsListed ??= 'some';
        continueList(ctx, claims, i, whole);
      }
    }
  }
  for (let i = 0; i < claims.length; i++) linkTotal(ctx, claims, i, cues);
}

function attach(part: NumericClaim, whole: NumericClaim, ctx: MeaningContext): void {
  part.partOf = whole.id;
  // "11 doden, onder wie 5 soldaten": the part counts what the whole counts, for its own group.
  part.measure ??= withGroup(ctx, whole.measure, part.scope.group ?? null);
  if (!part.scope.place && whole.scope.place) part.scope.place = whole.scope.place;
}

/**
 * The counts not yet part of anything, per sentence, as linkRelations walks the claims: a claim's link is
 * settled once the walk has passed it (a part is linked at its own turn, list items after it), so each
 * is noted once, and a part finds its whole without walking back over every count before it (which
 * made a long run of "5 onder hen" quadratic).
 */
function openCounts(ctx: MeaningContext, claims: Claim[]) {
  const bySentence = new Map<number, { counts: NumericClaim[]; named: NumericClaim | null; checked: number }>();
  const firstCount = claims.find(isCount);
  const names = (c: NumericClaim): boolean => c.measure !== null || nounNamesPeople(ctx, c);
  /** The last open count of a sentence that names what it counts (each count is read once). */
  const lastNamed = (sentence: number): NumericClaim | null => {
    const entry = bySentence.get(sentence);
    if (!entry) return null;
    for (; entry.checked < entry.counts.length; entry.checked++) if (names(entry.counts[entry.checked]!)) entry.named = entry.counts[entry.checked]!;
    return entry.named;
  };
  return {
    /** The walk has passed claims[index]: its link is settled. */
    pass(index: number): void {
      const c = claims[index];
      if (!isCount(c) || c.partOf !== null) return;
      const entry = bySentence.get(c.sentence) ?? { counts: [], named: null, checked: 0 };
      entry.counts.push(c);
      bySentence.set(c.sentence, entry);
    },
    /**
     * The nearest earlier count in this sentence or the one before that names what it counts. The
     * nearest open count of the part's own sentence decides when it names nothing and a count stands in
     * an earlier sentence: "…raakten gewond. Er waren 31 voertuigen betrokken, waaronder vier vrachtwagens"
     * is about the 31 (no whole), never a figure further back.
     */
    wholeBefore(part: NumericClaim): NumericClaim | null {
      const own = bySentence.get(part.sentence);
      const nearest = own?.counts[own.counts.length - 1];
      if (nearest) {
        if (names(nearest)) return nearest;
        if (firstCount && firstCount.sentence < part.sentence) return null;
        return lastNamed(part.sentence); // no count before this sentence: none in the one before either
      }
      return lastNamed(part.sentence - 1);
    },
  };
}

function nounNamesPeople(ctx: MeaningContext, claim: NumericClaim): boolean {
  const noun = ctx.measures.nounAfter(ctx.text, claim.end);
  return noun !== null && (noun.people || noun.group !== null || noun.measure !== null);
}

/** "including 5 soldiers and 6 civilians": the items after the first of a list share its whole. */
function continueList(ctx: MeaningContext, claims: Claim[], first: number, whole: NumericClaim): number {
  let last = first;
  for (let j = first + 1; j < claims.length; j++) {
    const item = claims[j];
    if (!isCount(item) || item.sentence !== claims[first]!.sentence || item.partOf !== null || !joined(ctx, claims[last]!, item)) break;
    // "…, among them five minors, and 12 police officers were injured": a new clause with its own measure.
    if (item.measure !== null && whole.measure !== null && item.measure !== whole.measure) break;
    attach(item, whole, ctx);
    last = j;
  }
  return last;
}

/**
 * Lists under a total: "in totaal 11: 5 soldaten en 6 burgers" and "5 soldiers and 6 civilians, 11 people
 * in total" list all parts (their sum must be the total); "Van de 312 gevallen werden er 180 … , 97 …
 * en 35 …" and "Of the 20 victims, 5 were children" name some (together they may not exceed it).
 */
function linkTotal(ctx: MeaningContext, claims: Claim[], index: number, cues: ReadonlyMap<Claim, PartCue>): void {
  const total = claims[index];
  if (!isCount(total) || total.partOf !== null || total.partsListed) return;
  const { grammar, lex, text } = ctx;
  const before = grammar.qualifierBefore(text, total.start)?.start ?? total.start;
  const explicit = grammar.phraseBefore(lex.totalCuesBefore, text, before) !== null;
  if (explicit || grammar.phraseBefore(lex.selectionCuesBefore, text, before) !== null) {
    const items = listFrom(ctx, claims, index + 1, 1);
    const next = claims[index + 1];
    if (items.length >= 2) mark(ctx, total, items, explicit);
    // "Van de 312 patiënten liggen er 41 in het ziekenhuis": one part, the next count of the sentence —
    // after a selection, or after a total when the part says so ("a total of 240 pupils …, and 36 of
    // them"), not after a total alone ("in totaal 30.878 doden en 72.402 gewonden"), and not when the
    // whole has its part already ("33 of the 80 seats, down from 62").
    else if ((!explicit || (next !== undefined && cues.has(next))) && isCount(next) && next.sentence === total.sentence && next.partOf === null && !next.partsListed && !claims.some((c) => c.partOf === total.id)) {
      mark(ctx, total, [next], false);
    }
    return;
  }
  // "11 in totaal", or with the noun between: "11 mensen in totaal".
  const noun = /^\s+[\p{L}-]+/u.exec(text.slice(total.end, total.end + 40))?.[0].length ?? 0;
  if (grammar.phraseAfter(lex.totalCuesAfter, text, total.end) !== null || grammar.phraseAfter(lex.totalCuesAfter, text, total.end + noun) !== null) {
    const items = listFrom(ctx, claims, index - 1, -1).reverse();
    if (items.length >= 2) mark(ctx, total, items, true);
  }
}

/**
 * Links the items to their total. A list of all parts must count what the total counts: "2 goals en
 * 3 assists, 14 goals in totaal" lists other things, and is left alone.
 */
function mark(ctx: MeaningContext, total: NumericClaim, items: NumericClaim[], all: boolean): void {
  if (all && !items.every((item) => countsAlike(ctx, item, total))) return;
  for (const item of items) attach(item, total, ctx);
  total.partsListed = all ? 'all' : 'some';
  // "5 soldiers and 6 civilians, 11 people in total": the total counts what its parts count together.
  const families = new Set(items.map((item) => item.measure?.split('.')[0] ?? null));
  const [family] = families;
  if (total.measure === null && families.size === 1 && family) total.measure = family;
}

/** The item counts what the total counts: the same noun, people under people, or no noun of its own. */
function countsAlike(ctx: MeaningContext, item: NumericClaim, total: NumericClaim): boolean {
  const word = (c: NumericClaim) => /^\s+([\p{L}-]+)/u.exec(ctx.text.slice(c.end, c.end + 40))?.[1]?.toLowerCase() ?? '';
  const [a, b] = [word(item), word(total)];
  if (a === '' || a === b || ctx.lex.functionWords.includes(a)) return true;
  const kind = (c: NumericClaim) => {
    const hit = ctx.measures.nounAfter(ctx.text, c.end);
    return hit && (hit.people || hit.group || hit.measure) ? 'people' : null;
  };
  return kind(item) === 'people' && kind(total) === 'people';
}

/** Counts of one sentence joined as a list ("180 …, 97 … en 35 …"), walking from `start` in `step`. */
function listFrom(ctx: MeaningContext, claims: Claim[], start: number, step: 1 | -1): NumericClaim[] {
  const items: NumericClaim[] = [];
  const sentence = claims[start - step]?.sentence;
  for (let j = start; j >= 0 && j < claims.length; j += step) {
    const item = claims[j];
    if (!isCount(item) || item.sentence !== sentence || item.partOf !== null || item.partsListed) break;
    const previous = items[items.length - 1];
    if (previous && !(step === 1 ? joined(ctx, previous, item) : joined(ctx, item, previous))) break;
    items.push(item);
  }
  // A list ends with "en"/"and": without it, these are separate figures.
  const lastTwo = step === 1 ? [items[items.length - 2], items[items.length - 1]] : [items[1], items[0]];
  if (items.length < 2 || !lastTwo[0] || !lastTwo[1] || !between(ctx, lastTwo[0], lastTwo[1], [ctx.lex.listJoiner], true)) return [];
  return items;
}

/** Two list items stand side by side: only a comma or the list joiner, and no verb of a new clause, between. */
function joined(ctx: MeaningContext, a: Claim, b: Claim): boolean {
  const gap = ctx.text.slice(a.end, b.start);
  return gap.length < 80 && !/[.;:!?]/u.test(gap) && (gap.includes(',') || memo(ctx.lex, 'list-joiner', () => new RegExp(`\\s${ctx.lex.listJoiner}\\s`, 'iu')).test(gap));
}

/** Whether the text between two claims is (or, with `anywhere`, contains) one of `words`. */
function between(ctx: MeaningContext, a: Claim, b: Claim, words: readonly string[], anywhere = false): boolean {
  const gap = ctx.text.slice(a.end, ctx.grammar.currencyBefore(ctx.text, b.start)?.start ?? b.start).trim().toLowerCase();
  if (anywhere) return words.some((w) => ` ${gap} `.includes(` ${w} `));
  return words.includes(gap);
}
