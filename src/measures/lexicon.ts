import { bundledData } from '../util/bundled.js';
import { yaml } from '../util/yaml.js';
import type { Lang } from '../document/types.js';
import { ConfigError } from '../errors.js';

/** The measure words of one language, from rules/<lang>/measures.yml. */
export interface MeasureLexicon {
  /** measure id → words of each role */
  measures: Record<string, { nouns: string[]; verbs: string[]; heads: string[] }>;
  people: string[];
  groups: Record<string, string[]>;
  /** Words right before a head that make it a verb, no head: "will pay £1,849", "to cost". */
  notHeadAfter: string[];
}

const cache = new Map<Lang, MeasureLexicon>();

/** The bundled measure lexicon of a language, read once. */
export function measureLexicon(lang: Lang): MeasureLexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    const { path, data } = bundledData(`${lang}/measures.yml`);
    lexicon = measureLexiconFrom(path, data);
    cache.set(lang, lexicon);
  }
  return lexicon;
}

const stringList = (file: string, where: string, value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new ConfigError(`${file}: ${where} must be a list of words`);
  }
  return value.map(String);
};

/** Validates a measure lexicon file; a bad key names the file and where. */
export function parseMeasureLexicon(file: string, source: string): MeasureLexicon {
  return measureLexiconFrom(file, yaml().parse(source));
}

export function measureLexiconFrom(file: string, parsed: unknown): MeasureLexicon {
  const data = parsed as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') throw new ConfigError(`${file}: expected a mapping with "measures"`);
  const unknown = Object.keys(data).filter((k) => !['measures', 'people', 'groups', 'notHeadAfter'].includes(k));
  if (unknown.length > 0) throw new ConfigError(`${file}: unknown key "${unknown[0]}"; expected one of: measures, people, groups, notHeadAfter`);
  const measures: MeasureLexicon['measures'] = {};
  for (const [id, entry] of Object.entries((data.measures ?? {}) as Record<string, Record<string, unknown>>)) {
    const bad = Object.keys(entry ?? {}).find((k) => !['nouns', 'verbs', 'heads'].includes(k));
    if (bad) throw new ConfigError(`${file}: measures.${id}: unknown key "${bad}"; expected one of: nouns, verbs, heads`);
    measures[id] = {
      nouns: stringList(file, `measures.${id}.nouns`, entry?.nouns),
      verbs: stringList(file, `measures.${id}.verbs`, entry?.verbs),
      heads: stringList(file, `measures.${id}.heads`, entry?.heads),
    };
  }
  const groups: Record<string, string[]> = {};
  for (const [id, words] of Object.entries((data.groups ?? {}) as Record<string, unknown>)) groups[id] = stringList(file, `groups.${id}`, words);
  return { measures, people: stringList(file, 'people', data.people), groups, notHeadAfter: stringList(file, 'notHeadAfter', data.notHeadAfter) };
}

const merged = new Map<string, MeasureLexicon>();
const identities = new WeakMap<MeasureLexicon, number>();
let nextIdentity = 0;
const identity = (lexicon: MeasureLexicon): number => {
  if (!identities.has(lexicon)) identities.set(lexicon, (nextIdentity += 1));
  return identities.get(lexicon)!;
};

/** The bundled lexicon of a language with the words of rule packs added (cached per combination). */
export function withPackMeasures(lang: Lang, extra: readonly MeasureLexicon[]): MeasureLexicon {
  if (extra.length === 0) return measureLexicon(lang);
  const key = `${lang}:${extra.map(identity).join('|')}`;
  let lexicon = merged.get(key);
  if (!lexicon) {
    lexicon = extra.reduce(mergeLexicons, measureLexicon(lang));
    merged.set(key, lexicon);
  }
  return lexicon;
}

function mergeLexicons(a: MeasureLexicon, b: MeasureLexicon): MeasureLexicon {
  const measures = { ...a.measures };
  for (const [id, words] of Object.entries(b.measures)) {
    const base = measures[id] ?? { nouns: [], verbs: [], heads: [] };
    measures[id] = { nouns: [...base.nouns, ...words.nouns], verbs: [...base.verbs, ...words.verbs], heads: [...base.heads, ...words.heads] };
  }
  const groups = { ...a.groups };
  for (const [id, words] of Object.entries(b.groups)) groups[id] = [...(groups[id] ?? []), ...words];
  return { measures, people: [...a.people, ...b.people], groups, notHeadAfter: [...a.notHeadAfter, ...b.notHeadAfter] };
}
