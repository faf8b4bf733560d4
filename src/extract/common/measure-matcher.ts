import type { MeasureLexicon } from '../../measures/lexicon.js';
import { matchAny } from '../../util/match-any.js';
import { firstGroupMatcher } from '../../util/folded-regexp.js';

/** What the words after a figure say it counts. */
export interface NounHit {
  measure: string | null;
  group: string | null;
  /** A general people noun ("mensen", "people"): the verb decides the measure. */
  people: boolean;
  end: number;
}

/** A measure lexicon compiled to the lookups the meaning refiner needs. */
export interface MeasureMatcher {
  nounAfter(text: string, end: number): NounHit | null;
  verbIn(text: string, from: number, to: number): string | null;
  headBefore(text: string, from: number, to: number): string | null;
  isMeasureWord(word: string): boolean;
  /** Whether the lexicon defines a measure ("deaths.civilian"). */
  hasMeasure(id: string): boolean;
}

/** How far back (in characters) a figure looks for a head noun ("het dodental … 500"). */
const HEAD_WINDOW = 500;

const norm = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');

// "kwamen ... om": up to five words may stand in the gap of a separable verb.
const GAP = String.raw`(?:\s+[\p{L}\p{N}'’.,-]+){0,5}?\s+`;

/** One group per measure, so a match tells which measure's verb it was. */
function verbPattern(lex: MeasureLexicon): { group: (text: string, from: number, to: number) => number; ids: string[] } {
  const ids: string[] = [];
  const groups: string[] = [];
  for (const [id, entry] of Object.entries(lex.measures)) {
    if (entry.verbs.length === 0) continue;
    const plain = entry.verbs.filter((v) => !v.includes('...'));
    groups.push(`(${[matchAny(plain), ...gappedVerbs(entry.verbs)].join('|')})`);
    ids.push(id);
  }
  // Later (more specific) measures first, as with nouns. Run on one clause per figure, over the
  // document folded once (util/folded-regexp.ts): 0.09 billion fewer instructions at start-up.
  return { group: firstGroupMatcher(`(?<![\\p{L}])(?:${groups.join('|')})(?![\\p{L}])`, 'iu'), ids };
}

/**
 * The separable verbs of one measure, those with the same words after the gap as one alternative:
 * "kwamen ... om", "kwam ... om" → `(?:kwamen|kwam)GAP(?:om)`. The same strings match, and each gap,
 * whose word class costs a Unicode property lookup to compile, is written once per ending.
 */
function gappedVerbs(verbs: readonly string[]): string[] {
  const byRest = new Map<string, string[]>();
  for (const verb of verbs) {
    if (!verb.includes('...')) continue;
    const [first = '', ...rest] = verb.split('...').map((part) => part.trim());
    const key = rest.join('...');
    byRest.set(key, [...(byRest.get(key) ?? []), first]);
  }
  return [...byRest].map(([rest, firsts]) => [matchAny(firsts), ...rest.split('...').map((part) => matchAny([part]))].join(GAP));
}

export function compileMeasures(lex: MeasureLexicon): MeasureMatcher {
  const nouns = new Map<string, string>();
  const verbs = new Map<string, string>();
  const heads = new Map<string, string>();
  // More specific ids (deaths.civilian) are listed after general ones and win on a shared word.
  for (const [id, entry] of Object.entries(lex.measures)) {
    for (const w of entry.nouns) nouns.set(norm(w), id);
    for (const w of entry.verbs) verbs.set(norm(w), id);
    for (const w of entry.heads) heads.set(norm(w), id);
  }
  const groups = new Map<string, string>();
  for (const [id, words] of Object.entries(lex.groups)) for (const w of words) groups.set(norm(w), id);
  const people = new Set(lex.people.map(norm));
  const nounWords = [...nouns.keys(), ...people, ...groups.keys()];
  // Up to three words (adjectives) between the figure and its noun; never across punctuation, digits or
  // "and"/"en" ("killed at least 40 and injured 100": "injured" is the next figure's verb).
  // The noun and head patterns keep their i flag: they run on a short window per figure, many times per
  // document, where folding each window and rebuilding each match cost more than their compile saves.
  const nounRe = new RegExp(`^(?:[\\s]+(?!(?:and|en)(?![\\p{L}]))[\\p{L}'’-]+){0,3}?[\\s]+(${matchAny(nounWords)})(?![\\p{L}])`, 'iu');
  const verbRe = verbPattern(lex);
  const headRe = new RegExp(`(?<![\\p{L}])(${matchAny(heads.keys())})(?![\\p{L}])`, 'giu');
  const single = new Set([...nouns.keys()].filter((w) => !w.includes(' ')));
  const notHeadAfter = new Set(lex.notHeadAfter.map(norm));
  // The word before a head ("will | pay"), when the lexicon names words that make a head a verb.
  const verbBefore = (slice: string, at: number): boolean =>
    notHeadAfter.size > 0 && notHeadAfter.has(norm(/(\p{L}+)\s+$/u.exec(slice.slice(Math.max(0, at - 20), at))?.[1] ?? ''));

  return {
    nounAfter(text, end) {
      const m = nounRe.exec(text.slice(end, end + 100));
      if (!m?.[1]) return null;
      const word = norm(m[1]);
      return {
        measure: nouns.get(word) ?? null,
        group: groups.get(word) ?? null,
        people: people.has(word),
        end: end + m[0].length,
      };
    },
    verbIn(text, from, to) {
      const index = verbRe.group(text, from, to);
      return index === -1 ? null : (verbRe.ids[index] ?? null);
    },
    headBefore(text, from, to) {
      let found: string | null = null;
      // Only the last HEAD_WINDOW characters: a head noun further back is not this figure's, and an
      // unbounded look-back costs the sentence's length per figure (quadratic on run-on text).
      const slice = text.slice(Math.max(from, to - HEAD_WINDOW), to);
      headRe.lastIndex = 0;
      for (let m = headRe.exec(slice); m; m = headRe.exec(slice)) {
        if (!verbBefore(slice, m.index)) found = heads.get(norm(m[1] ?? '')) ?? found;
      }
      return found;
    },
    isMeasureWord: (word) => single.has(norm(word)) || people.has(norm(word)),
    hasMeasure: (id) => id in lex.measures,
  };
}
