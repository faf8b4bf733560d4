import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatHtml } from '../../src/report/html.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { RunResults } from '../../src/report/types.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { rulesMetaOf } from '../../src/report/types.js';
import { locate } from '../../src/util/line-index.js';
import type { Finding } from '../../src/rules/types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const read = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const docs = ['examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'examples/limburg-floods/defects/en-conflicting-figures.txt', 'examples/limburg-floods/en.txt'].map(read);
const results = checkDocuments(docs, [new InputError('missing.txt', null, 'no such file or folder')]);
const options = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

// ---- A small DOM over parse5, enough to query the report ----

const elements = (node: Node): Element[] => {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes.flatMap(elements) : [];
  return [...own, ...children];
};
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const hasClass = (e: Element, cls: string): boolean => (attr(e, 'class') ?? '').split(/\s+/).includes(cls);

function dom(html: string) {
  const all = elements(parse(html));
  const byId = new Map(all.flatMap((e) => (attr(e, 'id') === undefined ? [] : [[attr(e, 'id')!, e] as const])));
  expect(byId.size, 'ids are unique').toBe(all.filter((e) => attr(e, 'id') !== undefined).length);
  return { all, byId };
}

describe('html', () => {
  const html = formatHtml(results, options);
  const { all, byId } = dom(html);
  const articles = all.filter((e) => hasClass(e, 'article'));

  test('is one self-contained page: no external resources, only in-page links', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(all.filter((e) => e.tagName === 'link' || e.tagName === 'img' || e.tagName === 'iframe')).toEqual([]);
    expect(all.filter((e) => attr(e, 'src') !== undefined)).toEqual([]);
    for (const a of all.filter((e) => e.tagName === 'a')) expect(attr(a, 'href')).toMatch(/^#/);
    expect(all.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')).toBeDefined();
  });

  test('each article\'s text is there character for character, highlights and all', () => {
    expect(articles).toHaveLength(docs.length);
    articles.forEach((article, i) => {
      const text = elements(article).find((e) => hasClass(e, 'text'))!;
      expect(textOf(text)).toBe(docs[i]!.text);
    });
  });

  test('every claim has a highlight element with its id, kind and text, and a tooltip', () => {
    results.documents.forEach(({ claims }, i) => {
      for (const claim of claims) {
        const el = byId.get(`d${i}-${claim.id}`);
        expect(el, `${claim.id} of document ${i}`).toBeDefined();
        expect(attr(el!, 'data-claim')).toBe(claim.id);
        expect(attr(el!, 'data-kind')).toBe(claim.kind);
        expect(hasClass(el!, `k-${claim.kind}`)).toBe(true);
        expect(textOf(el!)).toBe(claim.text);
        expect(attr(el!, 'title')).toContain(`qualifier: ${claim.qualifier}`);
      }
    });
    const c1 = byId.get('d1-c1')!;
    expect(attr(c1, 'title')).toMatch(/interval: 23 \.\. 23[\s\S]*measure: deaths/);
  });

  test('a legend names every kind of claim', () => {
    const legend = all.find((e) => hasClass(e, 'legend'))!;
    const kinds = elements(legend).filter((e) => hasClass(e, 'claim')).map(textOf);
    expect(kinds).toEqual(['count', 'percent', 'money', 'quantity', 'fraction', 'date', 'duration']);
  });

  test('every finding location has an anchor over its span, and a link to it', () => {
    const hrefs = new Set(all.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href')));
    results.findings!.forEach((finding, f) => {
      finding.locations.forEach((loc, l) => {
        const anchor = byId.get(`f${f}-l${l}`);
        expect(anchor, `${finding.ruleId} location ${l}`).toBeDefined();
        expect(textOf(anchor!)).toBe(loc.text);
        expect(hasClass(anchor!, `sev-${finding.severity}`)).toBe(true);
        const article = articles.find((a) => attr(a, 'data-document') === loc.document)!;
        expect(elements(article)).toContain(anchor);
        expect(hrefs.has(`#f${f}-l${l}`)).toBe(true);
      });
    });
  });

  test('findings are listed per article, with severity, rule id and message', () => {
    const panel = (i: number) => textOf(elements(articles[i]!).find((e) => hasClass(e, 'findings'))!);
    expect(panel(0)).toMatch(/error.*"1\.200\.000" returned .* is more than .*part-exceeds-whole/);
    expect(panel(1)).toContain('conflicting-figures');
    // A cross-article finding is listed with both articles it involves.
    expect(panel(1)).toContain('cross-article-conflict');
    expect(panel(2)).toContain('cross-article-conflict');
    expect(panel(2)).not.toContain('part-exceeds-whole');
  });

  test('a finding with no place in an article is still listed', () => {
    const lost: Finding = { ruleId: 'lost-rule', messageId: 'm', severity: 'info', message: 'nowhere', locations: [], claims: [] };
    const page = dom(formatHtml({ ...results, findings: [...results.findings!, lost] }, options));
    const outside = page.all.filter((e) => e.tagName === 'section' && hasClass(e, 'findings'));
    expect(outside.map(textOf).join('')).toMatch(/info.*nowhere.*lost-rule/);
  });

  test('a table of the figures per measure, one column an article', () => {
    const table = all.find((e) => hasClass(e, 'figures-table'))!;
    expect(table).toBeDefined();
    const head = elements(table).filter((e) => e.tagName === 'thead').flatMap(elements).filter((e) => e.tagName === 'th');
    expect(head.map(textOf)).toEqual(['measure', ...docs.map((d) => d.id)]);
    const deaths = elements(table).find((e) => e.tagName === 'tr' && attr(e, 'data-measure') === 'deaths')!;
    const cells = elements(deaths).filter((e) => e.tagName === 'td').map(textOf);
    expect(cells).toHaveLength(3);
    expect(cells[1]).toContain('31');
    expect(cells[1]).toContain('23');
    expect(cells[2]).toContain('23');
    // Each figure links to its highlight.
    for (const a of elements(table).filter((e) => e.tagName === 'a')) expect(byId.has(attr(a, 'href')!.slice(1))).toBe(true);
  });

  test('no figures table for a single article', () => {
    const one = dom(formatHtml(checkDocuments(docs.slice(0, 1)), options));
    expect(one.all.filter((e) => hasClass(e, 'figures-table'))).toEqual([]);
  });

  test('the summary line is stylish\'s, and unreadable inputs are listed', () => {
    const stylish = formatStylish(results, options).trimEnd().split('\n').at(-1)!;
    const summary = byId.get('summary')!;
    expect(textOf(summary)).toBe(stylish);
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toBe('factlint report');
    expect(html).toContain('missing.txt: no such file or folder');
  });

  test('extract: claims only, no findings panel', () => {
    const extracted = checkDocuments(docs.slice(0, 1), [], { extractOnly: true });
    const page = dom(formatHtml(extracted, options));
    expect(textOf(page.byId.get('summary')!)).toBe(formatStylish(extracted, options).trimEnd().split('\n').at(-1));
    expect(page.all.filter((e) => hasClass(e, 'findings'))).toEqual([]);
    expect(page.all.filter((e) => attr(e, 'data-claim') !== undefined).length).toBe(extracted.documents[0]!.claims.length);
  });
});

describe('html escaping', () => {
  const text = 'date 2021-07-16\n\nAt least 23 people died <script>alert("23")</script> in the floods & <img src=x onerror=alert(1)> 45 were injured.\n';
  const doc = parseTextDocument('evil <b>.txt', text);
  const checked = checkDocuments([doc]);
  const claim = checked.documents[0]!.claims.find((c) => c.text.includes('23'))!;
  const hostile: Finding = {
    ruleId: 'x<script>',
    messageId: 'm',
    severity: 'error',
    message: '<script>alert(1)</script> "quoted" \'single\'',
    locations: [locate(doc, claim.start, claim.end)],
    claims: [claim.id],
  };
  const results: RunResults = { ...checked, findings: [hostile] };
  const html = formatHtml(results, options);
  const { all } = dom(html);

  test('article text, file names, messages and rule ids appear as text, never as markup', () => {
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'img' || e.tagName === 'b')).toEqual([]);
    expect(all.every((e) => e.attrs.every((a) => !a.name.startsWith('on')))).toBe(true);
    expect(html).toContain('&lt;script&gt;alert(&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(');
    const article = all.find((e) => hasClass(e, 'article'))!;
    expect(textOf(elements(article).find((e) => hasClass(e, 'text'))!)).toBe(text);
    expect(textOf(article)).toContain('evil <b>.txt');
    expect(textOf(article)).toContain(hostile.message);
    expect(textOf(article)).toContain('x<script>');
  });
});

describe('html highlighting of overlapping spans', () => {
  const doc = parseTextDocument('overlap.txt', 'date 2021-07-16\n\nAt least 23 people died and 45 were injured.\n');
  const checked = checkDocuments([doc], [], { extractOnly: true });
  const [first] = checked.documents[0]!.claims;
  const finding = (start: number, end: number): Finding => ({
    ruleId: 'test', messageId: 'm', severity: 'warning', message: 'm', locations: [locate(doc, start, end)], claims: [],
  });
  // One location crossing the claim's end, one inside it, one empty, one equal to it.
  const findings = [finding(first!.start + 1, first!.end + 7), finding(first!.start, first!.start + 1), finding(5, 5), finding(first!.start, first!.end)];
  const { all, byId } = dom(formatHtml({ ...checked, findings }, options));

  test('every character stays in place, each span keeps an anchor, a crossed span continues after the cut', () => {
    expect(textOf(all.find((e) => hasClass(e, 'text'))!)).toBe(doc.text);
    findings.slice(1).forEach((f, i) => expect(textOf(byId.get(`f${i + 1}-l0`)!)).toBe(f.locations[0]!.text));
    // The claim nests inside the equal finding mark, so it stays one element; the crossing mark is cut in
    // two, its anchor on the first piece.
    expect(findings[0]!.locations[0]!.text.startsWith(textOf(byId.get('f0-l0')!))).toBe(true);
    expect(textOf(byId.get(`d0-${first!.id}`)!)).toBe(first!.text);
    const pieces = all.filter((e) => attr(e, 'data-finding') === 'f0');
    expect(pieces.map(textOf).join('')).toBe(findings[0]!.locations[0]!.text);
    expect(pieces.length).toBeGreaterThan(1);
  });
});

test('golden file: the report of the example run', async () => {
  await expect(formatHtml(results, options)).toMatchFileSnapshot('./__snapshots__/html-check.html');
});
