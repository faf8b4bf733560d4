import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { buildDocument, type ArticleMeta } from './parse-text.js';
import { ProseBuilder } from './prose.js';
import type { Document, DocumentOverrides } from './types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Parts of a news page that are not the article.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'canvas', 'head']);
const BOILERPLATE = /(?:^|[-_\s])(?:nav|navbar|menu|footer|header|sidebar|comments?|share|social|related|breadcrumbs?|cookie|banner|advert|ads?|promo|newsletter|subscribe)(?:$|[-_\s])/i;
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'tr', 'td', 'th', 'table', 'blockquote', 'figcaption', 'dd', 'dt', 'pre', 'hr']);
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', euro: '€', pound: '£', dollar: '$', lt: '<', gt: '>', quot: '"', apos: "'", deg: '°', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', eacute: 'é', euml: 'ë', iuml: 'ï' };

/**
 * An HTML page, parsed with parse5: the article body (`<article>`, else `<main>`, else `<body>`) without
 * navigation, headers, footers, asides, scripts and boilerplate blocks is prose; tags and attributes
 * stay blank, block tags as line breaks so paragraphs stay apart. `<html lang>`, the publication date
 * in `<meta>` or `<time>`, and `<title>` give the metadata.
 */
export function parseHtmlDocument(path: string, text: string, overrides: DocumentOverrides = {}): Document {
  const root = parse(text, { sourceCodeLocationInfo: true });
  const prose = new ProseBuilder(text, false);
  const body = find(root, (e) => e.tagName === 'article') ?? find(root, (e) => e.tagName === 'main' || attr(e, 'role') === 'main') ?? find(root, (e) => e.tagName === 'body');
  if (body) visit(body, prose, text);
  prose.blankLinks();
  return buildDocument({ id: path, path, text, prose: prose.toString(), bodyStart: 0 }, metadata(root), overrides);
}

/** Walks the body depth first with a stack of its own: 20,000 nested tags must not overflow the call stack. */
function visit(root: Node, prose: ProseBuilder, source: string): void {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === '#text') {
      const loc = node.sourceCodeLocation;
      if (loc) keepText(prose, source, loc.startOffset, loc.endOffset);
      continue;
    }
    if (!('tagName' in node)) continue;
    if (SKIPPED.has(node.tagName) || BOILERPLATE.test(`${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`)) continue;
    const loc = node.sourceCodeLocation;
    // Block tags become line breaks in the prose, so that a heading does not run into its paragraph.
    if (loc && BLOCKS.has(node.tagName)) {
      if (loc.startTag) prose.blank(loc.startTag.startOffset, loc.startTag.endOffset, '\n');
      if (loc.endTag) prose.blank(loc.endTag.startOffset, loc.endTag.endOffset, '\n');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
}

/** Keeps a text node, writing each character reference as its character, then blanks ("€     5"). */
function keepText(prose: ProseBuilder, source: string, start: number, end: number): void {
  prose.keep(start, end);
  for (const m of source.slice(start, end).matchAll(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu)) {
    const name = m[1]!;
    const char = name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? ' ');
    prose.put(start + m.index, start + m.index + m[0].length, char === '\u00a0' ? ' ' : char);
  }
}

function metadata(root: Node): ArticleMeta {
  const meta: ArticleMeta = {};
  const html = find(root, (e) => e.tagName === 'html');
  const lang = html ? attr(html, 'lang') : undefined;
  if (lang) meta.lang = lang;
  const published = find(root, (e) => e.tagName === 'meta' && /^(?:article:published_time|date|datePublished|dc\.date|og:published_time)$/i.test(attr(e, 'property') ?? attr(e, 'name') ?? attr(e, 'itemprop') ?? ''));
  const time = find(root, (e) => e.tagName === 'time' && attr(e, 'datetime') !== undefined);
  const date = (published ? attr(published, 'content') : undefined) ?? (time ? attr(time, 'datetime') : undefined);
  const day = date ? /^\d{4}-\d{2}(?:-\d{2})?/.exec(date)?.[0] : undefined;
  if (day) meta.date = day;
  const title = find(root, (e) => e.tagName === 'title');
  const titleText = title?.childNodes.map((c) => ('value' in c ? c.value : '')).join('').trim();
  if (titleText) meta.title = titleText;
  return meta;
}

const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

/** The first element, in document order, that passes `test` (iterative, like `visit`). */
function find(root: Node, test: (e: Element) => boolean): Element | null {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('tagName' in node && test(node)) return node;
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
