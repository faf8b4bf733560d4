/**
 * Prose is the text of an article as the extractors read it: the source with everything that is not
 * running text (markup, code, URLs, comments) blanked out, character for character, so that every
 * offset into the prose is an offset into the source. Line breaks are kept, and block boundaries may
 * be blanked with line breaks so that paragraphs stay apart.
 */
export class ProseBuilder {
  // One entry per UTF-16 code unit, as offsets count; made on the first change. Until then the prose
  // is the source itself (all kept) and costs nothing to read.
  private chars: string[] | null = null;

  constructor(private readonly source: string, keepAll: boolean) {
    if (!keepAll) this.chars = Array.from({ length: source.length }, (_, i) => {
      const c = source[i]!;
      return c === '\n' || c === '\r' ? c : ' ';
    });
  }

  private editable(): string[] {
    this.chars ??= Array.from({ length: this.source.length }, (_, i) => this.source[i]!);
    return this.chars;
  }

  /** Show source[start, end) as prose. */
  keep(start: number, end: number): this {
    if (this.chars === null) return this; // everything is kept already
    for (let i = Math.max(0, start); i < Math.min(end, this.source.length); i++) this.chars[i] = this.source[i]!;
    return this;
  }

  /** Blank source[start, end) out, with spaces or (between blocks) line breaks. */
  blank(start: number, end: number, fill: ' ' | '\n' = ' '): this {
    const chars = this.editable();
    for (let i = Math.max(0, start); i < Math.min(end, this.source.length); i++) {
      const c = this.source[i]!;
      chars[i] = c === '\n' || c === '\r' ? c : fill;
    }
    return this;
  }

  /** Write `text` at the start of [start, end), blanking the rest: "&euro;" → "€     ". */
  put(start: number, end: number, text: string): this {
    this.blank(start, end);
    const chars = this.editable();
    if (start + text.length <= end) for (let i = 0; i < text.length; i++) chars[start + i] = text[i]!;
    return this;
  }

  /** Blanks URLs and e-mail addresses, whose digits are never figures. */
  blankLinks(): this {
    const prose = this.toString();
    // An address starts where its run of address characters does: tried from every character of a
    // 100k run of them ("_a_a…"), it cost time quadratic in the run.
    for (const m of prose.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/giu)) this.blank(m.index, m.index + m[0].length);
    return this;
  }

  /** Blanks `<!-- … -->` comments, suppression directives among them. */
  blankComments(): this {
    for (const m of this.source.matchAll(/<!--[\s\S]*?-->/g)) this.blank(m.index, m.index + m[0].length);
    return this;
  }

  toString(): string {
    return this.chars === null ? this.source : this.chars.join('');
  }
}
