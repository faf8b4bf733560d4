import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../src/document/parse-html.js';
import { parseMarkdownDocument } from '../../src/document/parse-markdown.js';
import { extractClaims } from '../../src/extract/engine.js';
import { claimProblems } from './helpers.js';

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Markup that nests without end: micromark's time grows faster than the depth of block quotes and
 * lists on a line (25,000 ">" did not end in ten minutes), so the Markdown parser flattens nesting
 * past 32 levels. Each must end, with prose aligned to the source.
 */
describe('deep nesting in Markdown at 100k characters', () => {
  test.for(['>', '> ', '- ', '* ', '1. ', '>- ', '> 1. - '])('%j', { timeout: 120_000 }, (unit) => {
    const text = `${repeat(unit, 100_000)} ongeveer 500 doden op 5 maart 2024\n\n> > 1.200.000 mensen\n`;
    const doc = parseMarkdownDocument('deep.md', text, { lang: 'nl' });
    expect(doc.prose.length).toBe(text.length);
    expect(claimProblems(doc, extractClaims(doc))).toEqual([]);
    expect(extractClaims(doc).map((c) => c.text)).toContain('1.200.000');
  });

  test('nesting up to 32 levels is still read as such', () => {
    const text = `${'> '.repeat(32)}Er vielen 23 doden.\n`;
    const doc = parseMarkdownDocument('quote.md', text, { lang: 'nl' });
    expect(extractClaims(doc).map((c) => c.text)).toEqual(['23']);
  });
});

describe('emphasis delimiters in Markdown at 100k characters', () => {
  test.for(['*a', '_a', '**a', 'a_', '*_'])('%j', { timeout: 120_000 }, (unit) => {
    const text = `${repeat(unit, 100_000)}\n\nOngeveer 500 doden op 5 maart 2024.\n`;
    const doc = parseMarkdownDocument('stars.md', text, { lang: 'nl', date: { value: '2024-03-05', low: '2024-03-05', high: '2024-03-05', grain: 'day' } });
    expect(doc.prose.length).toBe(text.length);
    expect(extractClaims(doc).map((c) => c.text)).toEqual(['500', '5 maart 2024']);
  });

  test('an article with a few emphases still has them read as markup', () => {
    const doc = parseMarkdownDocument('a.md', 'Er vielen **23** doden.\n', { lang: 'nl' });
    expect(doc.prose).toBe('Er vielen   23   doden.\n');
  });
});

describe('HTML nesting at 100k characters', () => {
  test.for(['<div>', '<b><i>', '<ul><li>', '<', '<!--', '&#'])('%j', { timeout: 120_000 }, (unit) => {
    const text = `${repeat(unit, 100_000)}<p>Ongeveer 500 doden.</p>`;
    const doc = parseHtmlDocument('deep.html', text, { lang: 'nl' });
    expect(doc.prose.length).toBe(text.length);
    expect(claimProblems(doc, extractClaims(doc))).toEqual([]);
  });
});
