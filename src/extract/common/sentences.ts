import { memo } from '../../util/memo.js';

/** A sentence of the text, by offsets. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) it stands in. */
  paragraph: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:^|[\s(])(?:ca|nr|no|dr|mr|mrs|ms|prof|st|vs|blz|art|tel|mln|mld|mrd|pct|bijv|o\.a|m\.a\.w|e\.g|i\.e|p|pp|jan|feb|aug|sept|sep|okt|oct|nov|dec|u\.s|a\.m|p\.m)\.$/iu;

/**
 * Splits text into sentences: after ".", "!" or "?" (with closing quotes or brackets) followed by
 * whitespace and a capital, digit or quote; and at every blank line.
 */
export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /(?<![.!?])([.!?]+["'”’)\]]*)(\s+)(?=["'“‘(]?[\p{Lu}\p{N}])|(\r?\n[ \t]*\r?\n\s*)/gu;
  let start = skipSpace(text, from);
  let paragraph = 0;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const isParagraph = m[3] !== undefined;
    const end = isParagraph ? m.index : m.index + (m[1]?.length ?? 0);
    if (!isParagraph && ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    if (end > start) sentences.push({ start, end, paragraph });
    if (isParagraph) paragraph += 1;
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) sentences.push({ start, end, paragraph });
  return sentences;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i += 1;
  return i;
}

/** The index of the sentence holding an offset (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The sentences of a document's prose, split once and shared by extraction and the rules. */
export const sentencesOf = (doc: { prose: string; bodyStart: number }): Sentence[] =>
  memo(doc, 'sentences', () => splitSentences(doc.prose, doc.bodyStart));
