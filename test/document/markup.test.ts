import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../src/document/parse-html.js';
import { parseMarkdownDocument } from '../../src/document/parse-markdown.js';
import { extractClaims } from '../../src/extract/engine.js';
import { locate } from '../../src/util/line-index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');

/** Line and column of an offset, counted in the source text the slow way. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe.for([
  ['raids.md', parseMarkdownDocument],
  ['floods.html', parseHtmlDocument],
] as const)('%s', ([name, parse]) => {
  const source = fixture(name);
  const doc = parse(name, source);
  const claims = extractClaims(doc);

  test('prose has the source length, so every offset is an offset into the file', () => {
    expect(doc.prose).toHaveLength(source.length);
  });

  test('every claim quotes the source at its offsets, with exact line and column', () => {
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims) {
      expect(source.slice(claim.start, claim.end)).toBe(claim.text);
      const { line, column } = locate(doc, claim.start, claim.end);
      expect({ line, column }).toEqual(lineColumn(source, claim.start));
    }
  });
});

test('Markdown: front matter, code, inline code, link targets, images and URLs give no claims', () => {
  const doc = parseMarkdownDocument('raids.md', fixture('raids.md'));
  expect(doc).toMatchObject({ lang: 'nl', date: { value: '2020-06-03' }, source: 'wire' });
  expect(extractClaims(doc).map((c) => c.text)).toEqual([
    'de nacht van dinsdag op woensdag', 'Een miljoen', '120.000', '2019', '500', 'december vorig jaar', 'de helft',
  ]);
  const claims = extractClaims(doc);
  expect(claims.find((c) => c.text === '120.000')).toMatchObject({ measure: 'returned', partOf: claims.find((c) => c.text === 'Een miljoen')!.id });
});

test('Markdown: the block right after the front matter is prose, not code indented by the blanked header', () => {
  for (const gap of ['', '\n']) {
    const doc = parseMarkdownDocument('fm.md', `---\ndate: 2024-03-05\nlang: en\n---\n${gap}About 500 people died in the fire.\n`);
    expect(extractClaims(doc).map((c) => c.text)).toEqual(['500']);
  }
  expect(parseMarkdownDocument('raids.md', fixture('raids.md')).prose).toContain('Russische raids in Syrië');
});

test('HTML: the article body only — no navigation, header, footer, aside, attributes, scripts or styles', () => {
  const doc = parseHtmlDocument('floods.html', fixture('floods.html'));
  expect(doc).toMatchObject({ lang: 'en', date: { value: '2021-07-16' }, title: 'Floods kill 23 in Limburg' });
  const claims = extractClaims(doc);
  expect(claims.map((c) => c.text)).toEqual(['23', '23', 'four', 'Friday', '&euro;2&nbsp;billion', '10,000']);
  expect(claims.find((c) => c.kind === 'money')).toMatchObject({ value: 2e9, unit: 'EUR', qualifier: 'more-than' });
  expect(claims.find((c) => c.text === '10,000')).toMatchObject({ measure: 'evacuated', qualifier: 'about' });
});
