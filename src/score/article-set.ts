import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTextDocument } from '../document/parse-text.js';
import type { Lang } from '../document/types.js';
import { extractClaims } from '../extract/engine.js';
import { addTallies, placeAnnotations, ratesOf, scoreArticle, type Annotation, type ArticleScore, type Rates, type Tally } from './articles.js';

export interface ArticleSetScore {
  articles: { file: string; lang: Lang; score: ArticleScore }[];
  byLang: Record<string, Tally & Rates>;
  overall: Tally & Rates;
}

/**
 * Scores the article set in `dir` (`<lang>/NN-slug.txt` beside `NN-slug.claims.json`): extracts each
 * article's claims and compares them with its annotation.
 */
export function scoreArticleSet(dir: string, langs: readonly Lang[] = ['nl', 'en']): ArticleSetScore {
  const articles: ArticleSetScore['articles'] = [];
  for (const lang of langs) {
    for (const name of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.txt')).sort()) {
      const file = join(lang, name);
      const text = readFileSync(join(dir, file), 'utf8');
      const doc = parseTextDocument(file, text, { lang });
      const annotation = JSON.parse(readFileSync(join(dir, lang, name.replace(/\.txt$/, '.claims.json')), 'utf8')) as { claims: Annotation[] };
      const gold = placeAnnotations(text, annotation.claims, file);
      articles.push({ file, lang, score: scoreArticle(file, extractClaims(doc), gold) });
    }
  }
  const withRates = (t: Tally) => ({ ...t, ...ratesOf(t) });
  const byLang = Object.fromEntries(langs.map((lang) => [lang, withRates(addTallies(articles.filter((a) => a.lang === lang).map((a) => a.score)))]));
  return { articles, byLang, overall: withRates(addTallies(articles.map((a) => a.score))) };
}
