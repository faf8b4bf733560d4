#!/usr/bin/env node
// Adversarial inputs: each family of pathological text (long digit runs, separator runs, repeated
// qualifiers, no spaces, …) timed through the whole of extraction at 25k, 50k and 100k characters.
// time(100k) / time(25k) ≈ 4 means linear; ≈ 16 means quadratic. Not part of `npm run bench`:
// bench/run.mjs calls `runAdversarial()` and prints its rows. Usage: node bench/adversarial.mjs
import { pathToFileURL } from 'node:url';
import { parseTextDocument } from '../dist/document/parse-text.js';
import { extractClaims } from '../dist/extract/engine.js';
import { FAMILIES } from './adversarial-families.mjs';

export { FAMILIES };

export const SIZES = [25_000, 50_000, 100_000];

const seconds = (fn) => {
  const start = process.hrtime.bigint();
  const result = fn();
  return { s: Number(process.hrtime.bigint() - start) / 1e9, result };
};

/** Extraction time of one text (the best of `repeats` runs, after one warm-up). */
function timeExtraction(lang, text, repeats) {
  const doc = parseTextDocument('adversarial.txt', text, { lang, date: { value: '2024-03-05', low: '2024-03-05', high: '2024-03-05', grain: 'day' } });
  let best = Infinity;
  let claims = 0;
  for (let i = 0; i < repeats; i++) {
    const { s, result } = seconds(() => extractClaims(doc));
    best = Math.min(best, s);
    claims = result.length;
  }
  return { s: best, claims };
}

/**
 * Times every family at 25k, 50k and 100k characters. Rows: `{ family, lang, ms25k, ms50k, ms100k,
 * ratio, claims }` with `ratio` = time(100k) / time(25k) (≈ 4 linear, ≈ 16 quadratic).
 */
export function runAdversarial({ repeats = 3, families = FAMILIES, sizes = SIZES } = {}) {
  timeExtraction('en', 'About 500 people died on 5 March 2024.', 1); // loads chrono, lexicons
  timeExtraction('nl', 'Ongeveer 500 doden op 5 maart 2024.', 1);
  return families.map((family) => {
    const times = sizes.map((n) => timeExtraction(family.lang, family.make(n), repeats));
    const row = { family: family.name, lang: family.lang };
    sizes.forEach((n, i) => (row[`ms${n / 1000}k`] = Math.round(times[i].s * 10000) / 10));
    row.ratio = Math.round((times[times.length - 1].s / Math.max(times[0].s, 1e-6)) * 10) / 10;
    row.claims = times[times.length - 1].claims;
    return row;
  });
}

/** The rows as an aligned table. */
export function formatAdversarial(rows) {
  const columns = Object.keys(rows[0] ?? {});
  const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(width[i]) : String(cell).padStart(width[i]))).join('  ');
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = runAdversarial();
  console.log(formatAdversarial(rows));
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`\nworst ratio: ${worst.ratio} (${worst.family}); ≈4 is linear, ≈16 quadratic`);
}
