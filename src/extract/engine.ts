import type { Claim, ClaimDraft } from '../claims/types.js';
import type { Document } from '../document/types.js';
import { measureLexicon, type MeasureLexicon } from '../measures/lexicon.js';
import { placeFinder, type PlaceFinder } from '../measures/places.js';
import { grammarFor } from './common/grammar.js';
import { foldedRegExp, type FoldedRegExp } from '../util/folded-regexp.js';
import { memo } from '../util/memo.js';
import { compileMeasures } from './common/measure-matcher.js';
import { sentencesOf } from './common/sentences.js';
import { localeConfig } from './index.js';
import { annotate, type MeaningContext } from './meaning.js';
import type { ExtractContext } from './types.js';

export interface ExtractOptions {
  /** Measure words to use instead of the bundled rules/<lang>/measures.yml. */
  measures?: MeasureLexicon;
  places?: PlaceFinder;
}

/**
 * Every claim in a document, in text order, numbered c1, c2, … Pure: reads nothing but its arguments
 * (and the bundled lexicons, once).
 */
export function extractClaims(doc: Document, options: ExtractOptions = {}): Claim[] {
  const config = localeConfig(doc.lang);
  const lexicon = options.measures ?? measureLexicon(doc.lang);
  const measures = memo(lexicon, 'matcher', () => compileMeasures(lexicon));
  const base: ExtractContext = {
    doc, text: doc.prose, lex: config.lexicon, grammar: grammarFor(config.lexicon),
    isMeasureWord: (word) => measures.isMeasureWord(word),
  };
  let drafts: ClaimDraft[] = [];
  for (const extractor of config.extractors) {
    if (extractor.gate && !opens(extractor.gate(base), doc.prose, doc.bodyStart)) continue;
    const re = foldedPattern(extractor.pattern(base));
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
      if (m[0].length === 0) re.lastIndex += 1;
      const found = extractor.extract(base, m);
      if (found === null) continue;
      const list = Array.isArray(found) ? found : [found as ClaimDraft];
      let furthest = -Infinity;
      for (const draft of list) {
        if (draft.start >= doc.bodyStart) drafts.push(draft);
        if (draft.end > furthest) furthest = draft.end;
      }
      if (extractor.resumeAfterClaim && furthest > m.index && furthest < re.lastIndex) re.lastIndex = furthest;
    }
  }
  for (const refiner of config.refiners) drafts = refiner.refine(base, drafts);
  drafts = drafts.filter((d) => !(d.kind === 'date' && d.unresolved));
  const ctx: MeaningContext = { ...base, measures, places: options.places ?? placeFinder(), sentences: sentencesOf(doc) };
  return annotate(ctx, drafts);
}

/**
 * An extractor's pattern with the i and u flags runs over a case-folded copy of the text, compiled
 * without i (util/folded-regexp.ts): the same matches, at a fraction of the compile time. One folded
 * copy per pattern object (the extractors build theirs once per lexicon).
 */
function foldedPattern(re: RegExp | FoldedRegExp): RegExp | FoldedRegExp {
  if (!(re instanceof RegExp) || !re.ignoreCase || !re.unicode) return re;
  return memo(re, 'folded', () => foldedRegExp(re.source, re.flags));
}

// A few characters before the body too: a pattern's lookbehind may read them ("Jan (42)").
const GATE_LOOKBEHIND = 8;

/** Whether the text from `start` holds a match of an extractor's gate (of each, when it has several). */
function opens(gate: RegExp | readonly RegExp[], text: string, start: number): boolean {
  if (!(gate instanceof RegExp)) return gate.every((g) => opens(g, text, start));
  gate.lastIndex = Math.max(0, start - GATE_LOOKBEHIND);
  return gate.test(text);
}
