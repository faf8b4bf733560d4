import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCases } from '../../scripts/peers/load.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const LANG_IN_PATH = { nl: /\/nl[/.-]/, en: /\/en[/.-]/ };

/**
 * Real prose in one language, for tests that an optimisation changes nothing: our articles, fixtures
 * and examples, and every peer-suite sentence.
 */
export function proseOf(lang: 'nl' | 'en'): string[] {
  const ours = ['test/articles', 'test/fixtures', 'examples'].flatMap((d) => walk(join(ROOT, d))).filter((f) => LANG_IN_PATH[lang].test(f) && f.endsWith('.txt'));
  return [...ours.map((f) => readFileSync(f, 'utf8')), ...loadCases().filter((c) => c.lang === lang).map((c) => c.input)];
}
