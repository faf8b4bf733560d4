import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { yaml } from '../util/yaml.js';
import { LANGS, type Lang } from '../document/types.js';
import { ConfigError } from '../errors.js';
import { parseMeasureLexicon, type MeasureLexicon } from '../measures/lexicon.js';
import { loadYamlRule } from '../rules/load-yaml.js';
import type { RuleModule } from '../rules/types.js';

/** A rule pack: a folder of YAML rules, measure words per language, and tests of its rules. */
export interface Pack {
  name: string;
  description: string;
  dir: string;
  rules: RuleModule[];
  measures: Partial<Record<Lang, MeasureLexicon>>;
  /** Files under tests/, for `factlint rules test`. */
  tests: string[];
}

const cache = new Map<string, Pack>();

/**
 * Reads a pack folder: `pack.yaml` (name, description), `rules/*.yml` (declarative rules, compiled
 * now so that a bad expression is reported at once), `measures/<lang>.yml` (words added to the
 * language's measure lexicon) and `tests/*.yml`.
 */
export function loadPack(dir: string): Pack {
  const cached = cache.get(dir);
  if (cached) return cached;
  if (!existsSync(dir)) throw new ConfigError(`rule pack ${dir}: no such folder`);
  const manifest = join(dir, 'pack.yaml');
  const meta = existsSync(manifest) ? ((yaml().parse(readFileSync(manifest, 'utf8')) ?? {}) as Record<string, unknown>) : {};
  const list = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, sub, f)) : []);
  const measures: Pack['measures'] = {};
  for (const file of list('measures')) {
    const lang = basename(file).replace(/\.ya?ml$/, '');
    if (!(LANGS as readonly string[]).includes(lang)) throw new ConfigError(`${file}: a pack's measure file is named for its language (${LANGS.join(', ')}).yml`);
    measures[lang as Lang] = parseMeasureLexicon(file, readFileSync(file, 'utf8'));
  }
  const pack: Pack = {
    name: typeof meta.name === 'string' ? meta.name : basename(dir),
    description: typeof meta.description === 'string' ? meta.description : '',
    dir,
    rules: list('rules').map((file) => loadYamlRule(file, readFileSync(file, 'utf8'))),
    measures,
    tests: list('tests'),
  };
  cache.set(dir, pack);
  return pack;
}
