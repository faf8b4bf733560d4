/**
 * Prose is the text of an article as the extractors read it: the source with everything that is not
 * running text (markup, code, URLs, comments) blanked out, character for character, so that every
 * offset into the prose is an offset into the source. Line breaks are kept, and block boundaries may
 * be blanked with line breaks so that paragraphs stay apart.
 */
export class ProseBuilder {
  private readonly chars: string[];

  constructor(private readonly source: string, keepAll: boolean) {
    // One entry per UTF-16 code unit, as offsets count.
    this.chars = Array.from({ length: source.length }, (_, i) => {
      const c = source[i]!;
      return keepAll || c === '\n' || c === '\r' ? c : ' ';
    });
  }

  /** Show source[start, end) as prose. */
  keep(start: number, end: number): this {
    for (let i = Math.max(0, start); i < Math.min(end, this.source.length); i++) this.chars[i] = this.source[i]!;
    return this;
  }

  /** Blank source[start, end) out, with spaces or (between blocks) line breaks. */
  blank(start: number, end: number, fill: ' ' | '\n' = ' '): this {
    for (let i = Math.max(0, start); i < Math.min(end, this.source.length); i++) {
      const c = this.source[i]!;
      this.chars[i] = c === '\n' || c === '\r' ? c : fill;
    }
    return this;
  }

  /** Write `text` at the start of [start, end), blanking the rest: "&euro;" → "€     ". */
  put(start: number, end: number, text: string): this {
    this.blank(start, end);
    if (start + text.length <= end) for (let i = 0; i < text.length; i++) this.chars[start + i] = text[i]!;
    return this;
  }

  /** Blanks URLs and e-mail addresses, whose digits are never figures. */
  blankLinks(): this {
    const prose = this.chars.join('');
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
    return this.chars.join('');
  }
}
