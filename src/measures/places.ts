import { bundledData } from '../util/bundled.js';
import { yaml } from '../util/yaml.js';
import { ConfigError } from '../errors.js';
import { matchAny } from '../util/match-any.js';

/** Finds gazetteer places in text: canonical ids for names in any language ("Syrië", "Syria" → syria). */
export interface PlaceFinder {
  /** Place ids named in text[from, to), in order. */
  find(text: string, from: number, to: number): string[];
}

let cached: PlaceFinder | null = null;

export function placeFinder(): PlaceFinder {
  if (!cached) {
    const { path, data } = bundledData('places.yml');
    cached = placesFrom(path, data);
  }
  return cached;
}

export function compilePlaces(file: string, source: string): PlaceFinder {
  return placesFrom(file, yaml().parse(source));
}

function placesFrom(file: string, parsed: unknown): PlaceFinder {
  const data = parsed as Record<string, unknown>;
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
