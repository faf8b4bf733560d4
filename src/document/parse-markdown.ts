import { fromMarkdown } from 'mdast-util-from-markdown';
import { buildDocument, readHeader } from './parse-text.js';
import { ProseBuilder } from './prose.js';
import type { Document, DocumentOverrides } from './types.js';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * A Markdown article, parsed with mdast: only text nodes are prose. Code blocks, inline code, raw
 * HTML, link targets, image sources, autolinks and markup stay blank, so their digits are never
 * read as figures; block boundaries keep their line breaks. YAML front matter gives date and language.
 */
export function parseMarkdownDocument(path: string, text: string, overrides: DocumentOverrides = {}): Document {
  const { meta, bodyStart } = readHeader(path, text);
  // Parse with the front matter blanked, so that mdast offsets stay those of the file. Its line breaks
  // stay: blanked to one run of spaces, it indented the article's first block into a code block.
  const body = blankManyDelimiters(flattenDeepNesting(text.slice(0, bodyStart).replace(/[^\r\n]/gu, ' ') + text.slice(bodyStart)));
  const prose = new ProseBuilder(text, false);
  visit(fromMarkdown(body) as MdNode, prose);
  prose.blankLinks().blankComments();
  return buildDocument({ id: path, path, text, prose: prose.toString(), bodyStart }, meta, overrides);
}

// A container marker at a line start: a block quote, a bullet or a numbered item.
const MARKER = String.raw`[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))`;
const MAX_DEPTH = 32;
const DEEP = new RegExp(`^(?:${MARKER}){${MAX_DEPTH + 1},}`, 'gm');
const KEPT = new RegExp(`^(?:${MARKER}){${MAX_DEPTH}}`);

/**
 * micromark takes time quadratic or worse in how deeply block quotes and lists nest on one line
 * ("> > > …" or "- - - …": 8,000 characters took 25 s, 25,000 did not end). Markers past the 32nd
 * on a line are blanked before parsing, offsets unchanged; what follows reads as indented code
 * (not prose). No article nests that deep.
 */
function flattenDeepNesting(body: string): string {
  return body.replace(DEEP, (run) => {
    const kept = KEPT.exec(run)?.[0].length ?? 0;
    return run.slice(0, kept) + ' '.repeat(run.length - kept);
  });
}

const MAX_DELIMITERS = 10_000;
const INLINE_DELIMITER = /(?<=\S)[*_]+|[*_]+(?=\S)/g;

/**
 * micromark resolves emphasis in time quadratic in the `*` and `_` of a paragraph (40,000 chars of
 * "*a" take 15 s). Past 10,000 of them in an article, inline ones are blanked before parsing: no
 * emphasis is read, and the marks stay in the prose as characters. Bullets ("* ") and breaks ("* * *")
 * are kept. Real articles have a few dozen.
 */
function blankManyDelimiters(body: string): string {
  let count = 0;
  for (let i = body.indexOf('*'); i !== -1 && count <= MAX_DELIMITERS; i = body.indexOf('*', i + 1)) count += 1;
  for (let i = body.indexOf('_'); i !== -1 && count <= MAX_DELIMITERS; i = body.indexOf('_', i + 1)) count += 1;
  return count > MAX_DELIMITERS ? body.replace(INLINE_DELIMITER, (run) => ' '.repeat(run.length)) : body;
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'yaml', 'toml']);

/** Depth first with a stack of its own: deeply nested inline markup must not overflow the call stack. */
function visit(root: MdNode, prose: ProseBuilder): void {
  const stack: MdNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (SKIPPED.has(node.type)) continue;
    // "<https://example.org/2019>": an autolink whose text is its own target.
    if (node.type === 'link' && node.children?.length === 1 && node.children[0]?.value === node.url) continue;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) prose.keep(start, end);
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
