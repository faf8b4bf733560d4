// The benchmark's own corpus, generated from the project's articles (examples/, test/fixtures/,
// test/articles/) with varied figures, days, years and places, so that it is not one text repeated.
// Seeded: every run benchmarks the same corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTextDocument } from '../dist/document/parse-text.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = ['examples', 'test/fixtures', 'test/articles'];

const PLACES = {
  nl: ['Syrië', 'Idlib', 'Aleppo', 'Limburg', 'Valkenburg', 'Maastricht', 'Nederland', 'België', 'Jemen', 'Soedan', 'Oekraïne', 'Gaza'],
  en: ['Syria', 'Idlib', 'Aleppo', 'Limburg', 'Valkenburg', 'Maastricht', 'the Netherlands', 'Belgium', 'Yemen', 'Sudan', 'Ukraine', 'Gaza'],
};

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.txt') ? [path] : [];
  });
}

/** The clean articles of a language (defect variants left out): their date line and body. */
export function sourceArticles(lang) {
  return SOURCES.flatMap((dir) => files(join(ROOT, dir)))
    .filter((f) => !f.includes('/defects/'))
    .map((f) => ({ file: f, doc: parseTextDocument(f, readFileSync(f, 'utf8')) }))
    .filter(({ doc }) => doc.lang === lang && doc.date)
    .map(({ doc }) => ({ date: doc.date.value, body: doc.text.slice(doc.bodyStart) }));
}

export function seeded(seed = 42) {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const MONTH = String.raw`(?:jan(?:uar[iy])?|feb(?:ruar[iy])?|m(?:aa)?r(?:ch|t)?|apr(?:il)?|m[ae][iy]|jun[ie]?|jul[iy]?|aug(?:ust(?:us)?)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH}\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th|e|ste|de)?\\s+${MONTH}(?![\\p{L}])`, 'iu');
/** Whether the number at `at` is the day of a month named right before or after it ("June 18", "18 juni"). */
const isDayOfMonth = (text, at, length) => MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || MONTH_AFTER.test(text.slice(at + length, at + length + 14));

/** One article varied: figures scaled, days of the month and years moved, places swapped. */
export function vary(lang, body, random) {
  const places = PLACES[lang];
  const pattern = new RegExp(`(?<![\\p{L}])(${places.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'gu');
  const swap = new Map(places.map((p) => [p, places[Math.floor(random() * places.length)]]));
  return body
    .replace(/(?<![\d.,])\d{2,3}(?![\d.,]?\d)/g, (n, at, text) =>
      // A day of the month moves within the month ("June 33" would be read as June 2033); a figure scales.
      isDayOfMonth(text, at, n.length) ? String(10 + Math.floor(random() * 19)) : String(Math.max(10, Math.round(Number(n) * (0.5 + random())))),
    )
    .replace(/(?<![\d.,])(19|20)(\d\d)(?!\d)/g, (_, c, y) => `${c}${String(Math.min(99, Number(y) + Math.floor(random() * 3))).padStart(2, '0')}`)
    .replace(pattern, (p) => swap.get(p) ?? p);
}

/**
 * `count` articles of a language (or up to `bytes`), each `length` source articles long: a longer
 * article joins the bodies of several. Returns { id, date, text } records.
 */
export function generate(lang, { count = Infinity, bytes = Infinity, length = 1, seed = 42 } = {}) {
  const sources = sourceArticles(lang);
  if (sources.length === 0) throw new Error(`no ${lang} articles to build a corpus from`);
  const random = seeded(seed);
  const out = [];
  let total = 0;
  for (let i = 0; out.length < count && total < bytes; i++) {
    const parts = Array.from({ length }, (_, k) => sources[(i * length + k) % sources.length]);
    const text = parts.map((p) => vary(lang, p.body, random).trim()).join('\n\n');
    out.push({ id: `${lang}-${i}.txt`, date: parts[0].date, lang, text: `${text}\n` });
    total += Buffer.byteLength(text);
  }
  return out;
}
