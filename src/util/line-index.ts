import { ownString } from './own-string.js';

/** Maps offsets into a text to 1-based line and column (columns in UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** Offsets of the start and end (without the line break) of a 1-based line. */
  lineBounds(line: number, text: string): { start: number; end: number } {
    const start = this.starts[line - 1] ?? text.length;
    let end = this.starts[line] ?? text.length;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end -= 1;
    return { start, end };
  }
}

const cache = new WeakMap<object, LineIndex>();

/** The line index of a document's text, built once per document. */
export function lineIndexOf(doc: { text: string }): LineIndex {
  let index = cache.get(doc);
  if (!index) {
    index = new LineIndex(doc.text);
    cache.set(doc, index);
  }
  return index;
}

/** Where a span of a document is: the location a finding or a report quotes, with line and column. */
export function locate(document: { id: string; text: string }, start: number, end: number): { document: string; start: number; end: number; line: number; column: number; text: string } {
  const { line, column } = lineIndexOf(document).position(start);
  return { document: document.id, start, end, line, column, text: ownString(document.text.slice(start, end)) };
}
