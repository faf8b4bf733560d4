#!/usr/bin/env node
// Scores the extractor against the hand-annotated articles in test/articles (npm run score:articles).
// Prints value precision and recall and measure accuracy per language and overall, then every mismatch.
import { fileURLToPath } from 'node:url';
import { scoreArticleSet } from '../dist/score/article-set.js';

const dir = fileURLToPath(new URL('../test/articles/', import.meta.url));
const result = scoreArticleSet(dir);
const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (name, t) => `${name.padEnd(8)} ${String(t.gold).padStart(6)} ${String(t.extracted).padStart(9)} ${pct(t.precision)} ${pct(t.recall)}   ${pct(t.measureAccuracy)}`;
const quiet = process.argv.includes('--quiet');
if (!quiet) {
  for (const { score } of result.articles) {
    for (const m of score.mismatches) {
      const detail = m.type === 'spurious' ? `got ${m.got}` : m.type === 'missed' ? `expected ${m.expected}` : `expected ${m.expected}, got ${m.got}`;
      console.log(`${m.doc}@${m.start}  ${m.type.padEnd(8)} ${JSON.stringify(m.text)}  ${detail}`);
    }
  }
  console.log('');
}
console.log(`${result.articles.length} articles`);
console.log('lang     claims extracted  value-P value-R   measure-acc');
for (const [lang, t] of Object.entries(result.byLang)) console.log(row(lang, t));
console.log(row('overall', result.overall));
