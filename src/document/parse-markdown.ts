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
  // Parse with the front matter blanked, so that mdast offsets stay those of the file.
  const body = ' '.repeat(bodyStart) + text.slice(bodyStart);
  const prose = new ProseBuilder(text, false);
  visit(fromMarkdown(body) as MdNode, prose);
  prose.blankLinks().blankComments();
  return buildDocument({ id: path, path, text, prose: prose.toString(), bodyStart }, meta, overrides);
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'yaml', 'toml']);

function visit(node: MdNode, prose: ProseBuilder): void {
  if (SKIPPED.has(node.type)) return;
  // "<https://example.org/2019>": an autolink whose text is its own target.
  if (node.type === 'link' && node.children?.length === 1 && node.children[0]?.value === node.url) return;
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) prose.keep(start, end);
    return;
  }
  for (const child of node.children ?? []) visit(child, prose);
}
