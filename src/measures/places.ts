import { bundledData } from '../util/bundled.js';
import { yaml } from '../util/yaml.js';
import { ConfigError } from '../errors.js';
import { matchAny } from '../util/match-any.js';

function entries(file: string, parsed: unknown): Array<[string, string[]]> {
  return Object.entries((parsed ?? {}) as Record<string, unknown>).map(([id, names]) => {
    if (!Array.isArray(names)) throw new ConfigError(`${file}: ${id} must be a list of names`);
    return [id, names.map(String)];
  });
}

/** Finds gazetteer places in text: canonical ids for names in any language ("Syrië", "Syria" → syria). */
export interface PlaceFinder {
  /** Place ids named in text[from, to), in order. */
  find(text: string, from: number, to: number): string[];
}

let cached: PlaceFinder | null = null;

/**
 * The bundled gazetteer: rules/places.yml (hand-made: regions, cities, adjectives) and the countries of
 * rules/countries.yml (generated, scripts/countries.mjs); a country places.yml names keeps that id.
 */
export function placeFinder(): PlaceFinder {
  if (!cached) {
    const places = bundledData('places.yml');
    const countries = bundledData('countries.yml');
    cached = placesFrom(places.path, places.data, { file: countries.path, data: countries.data });
  }
  return cached;
}

export function compilePlaces(file: string, source: string): PlaceFinder {
  return placesFrom(file, yaml().parse(source));
}

function placesFrom(file: string, parsed: unknown, more?: { file: string; data: unknown }): PlaceFinder {
  const byName = new Map<string, string>();
  for (const [id, names] of entries(file, parsed)) for (const name of names) byName.set(name, id);
  if (more) {
    for (const [id, names] of entries(more.file, more.data)) {
      // "Syrië" is in both: the country's other names ("Syrian Arab Republic") join places.yml's syria.
      const known = names.map((n) => byName.get(n)).find((x) => x !== undefined);
      for (const name of names) if (!byName.has(name)) byName.set(name, known ?? id);
    }
  }
  // Case-sensitive: place names are capitalised, "VS" and "US" must not match "us".
  const re = new RegExp(`(?<![\\p{L}])(${matchAny(byName.keys())})(?![\\p{L}])`, 'gu');
  return {
    find(text, from, to) {
      const ids: string[] = [];
      const slice = text.slice(from, to);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const id = byName.get(m[1] ?? '');
        if (id) ids.push(id);
      }
      return ids;
    },
  };
}
