import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../errors.js';
import { matchAny } from '../util/match-any.js';

/** Finds gazetteer places in text: canonical ids for names in any language ("Syrië", "Syria" → syria). */
export interface PlaceFinder {
  /** Place ids named in text[from, to), in order. */
  find(text: string, from: number, to: number): string[];
}

const FILE = fileURLToPath(new URL('../../rules/places.yml', import.meta.url));
let cached: PlaceFinder | null = null;

export function placeFinder(): PlaceFinder {
  cached ??= compilePlaces(FILE, readFileSync(FILE, 'utf8'));
  return cached;
}

export function compilePlaces(file: string, source: string): PlaceFinder {
  const data = parseYaml(source) as Record<string, unknown>;
  const byName = new Map<string, string>();
  for (const [id, names] of Object.entries(data ?? {})) {
    if (!Array.isArray(names)) throw new ConfigError(`${file}: ${id} must be a list of names`);
    for (const name of names) byName.set(String(name), id);
  }
  // Case-sensitive: place names are capitalised, "VS" and "US" must not match "us".
  const re = new RegExp(`(?<![\\p{L}])(${matchAny(byName.keys())})(?![\\p{L}])`, 'gu');
  return {
    find(text, from, to) {
      const ids: string[] = [];
      for (const m of text.slice(from, to).matchAll(re)) {
        const id = byName.get(m[1] ?? '');
        if (id) ids.push(id);
      }
      return ids;
    },
  };
}
