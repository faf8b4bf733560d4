import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { extractClaims } from '../../src/extract/engine.js';
import { locate } from '../../src/util/line-index.js';
import { FOUNDING_EXAMPLE, hasShared } from '../helpers/shared.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

function articles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? articles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

const files = [...articles(EXAMPLES), ...(hasShared ? [FOUNDING_EXAMPLE] : [])];

/** Traceability: every claim's text is exactly the source between its offsets, at its line and column. */
test.for(files)('%s: spans, lines and columns agree with the source', (file) => {
  const text = readFileSync(file, 'utf8');
  const doc = parseTextDocument(file, text);
  const claims = extractClaims(doc);
  expect(claims.length).toBeGreaterThan(5);
  const lines = text.split(/\r\n|\r|\n/);
  for (const claim of claims) {
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    const { line, column } = locate(doc, claim.start, claim.end);
    expect(lines[line - 1]!.slice(column - 1, column - 1 + claim.text.length)).toBe(claim.text.split(/\r?\n/)[0]);
  }
  // Claims are numbered in text order and do not overlap.
  claims.forEach((claim, i) => {
    expect(claim.id).toBe(`c${i + 1}`);
    if (i > 0) expect(claim.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
  });
});

test('CRLF and lone CR line ends count as line breaks', () => {
  const text = 'date 2021-07-16\r\n\r\nIn Limburg kwamen 23 mensen om.\rEr zijn 7 vermisten.';
  const doc = parseTextDocument('crlf.txt', text);
  const [first, second] = extractClaims(doc);
  expect(locate(doc, first!.start, first!.end)).toMatchObject({ line: 3, column: 19, text: '23' });
  expect(locate(doc, second!.start, second!.end)).toMatchObject({ line: 4, column: 9, text: '7' });
});
