import type { Grain } from '../claims/types.js';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** The article's own date, against which relative dates resolve. It may be only a month or a year. */
export interface ReferenceDate {
  value: string; // "2020-06" or "2020-06-03"
  low: string; // first day it stands for
  high: string; // last day
  grain: Grain;
}

/** One article, with its text exactly as read so that offsets point into the source. */
export interface Document {
  id: string;
  /** File the article came from ("-" for standard input). */
  path: string;
  /** The source as read: offsets, lines, columns and quoted text all refer to it. */
  text: string;
  /**
   * What the extractors read: the source with markup, code, URLs and comments blanked out, character
   * for character (document/prose.ts), so that its offsets are the source's.
   */
  prose: string;
  /** Offset where the article body starts, after a date line or front matter (metadata, not claims). */
  bodyStart: number;
  lang: Lang;
  /**
   * Digit dates are written day first although the language writes them month first: British English
   * ("5/3/18" is 5 March), from `lang: en-GB` in the metadata. Absent where the language's order holds.
   */
  dayFirst?: true;
  date: ReferenceDate | null;
  title?: string;
  source?: string;
}

/** What the user may force from the command line. */
export interface DocumentOverrides {
  lang?: Lang;
  date?: ReferenceDate;
  /** Read digit dates day first (as `lang: en-GB` in the metadata does). */
  dayFirst?: boolean;
}
