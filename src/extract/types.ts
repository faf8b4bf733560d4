import type { ClaimDraft } from '../claims/types.js';
import type { Document } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import type { LocaleGrammar } from './common/grammar.js';
import type { FoldedRegExp } from '../util/folded-regexp.js';

/** What an extractor sees: the document, its language's words and the compiled grammar. */
export interface ExtractContext {
  doc: Document;
  text: string;
  lex: Lexicon;
  grammar: LocaleGrammar;
  /** Nouns that name a measure ("doden", "displaced"); lets "2000 doden" be a count, not a year. */
  isMeasureWord(word: string): boolean;
}

/** One surface form: a regex to find candidates and a function that turns one into a claim draft. */
export interface Extractor {
  name: string;
  /** Look for the next match where the claim ends, when it ends inside its match ("3 hundred and | 2 hundred"). */
  resumeAfterClaim?: boolean;
  pattern(ctx: ExtractContext): RegExp | FoldedRegExp;
  /**
   * A small pattern that every match of `pattern` contains (global flag). When the text has none, the
   * extractor is skipped: its pattern, which may embed the whole numeral grammar, is never compiled
   * or run. A gate must never be narrower than its pattern, only cheaper. Several gates: the text
   * must hold a match of each.
   */
  gate?(ctx: ExtractContext): RegExp | readonly RegExp[];
  extract(ctx: ExtractContext, match: RegExpExecArray): ClaimDraft | readonly ClaimDraft[] | null;
}

/** Runs after all extractors, over every draft of the document, as chrono's refiners do. */
export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: ClaimDraft[]): ClaimDraft[];
}

export interface LocaleConfig {
  lexicon: Lexicon;
  extractors: readonly Extractor[];
  refiners: readonly Refiner[];
}
