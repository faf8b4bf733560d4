import { bundledData } from '../util/bundled.js';
import { yaml } from '../util/yaml.js';
import { ConfigError } from '../errors.js';

export interface MeasureProperties {
  cumulative: boolean;
  /**
   * Whether two figures of the measure in one scope speak of the same thing. Not so for figures that
   * belong to a subject the scope does not record (a party's seats and votes, a team's points, a
   * sector's jobs): those are never compared as conflicting. Default true.
   */
  comparable: boolean;
}

let cached: Map<string, MeasureProperties> | null = null;

/** Properties of a measure from rules/measure-properties.yml; unknown measures are snapshots. */
export function measureProperties(measure: string): MeasureProperties {
  if (!cached) {
    const { path, data } = bundledData('measure-properties.yml');
    cached = propertiesFrom(path, data);
  }
  return cached.get(measure) ?? { cumulative: false, comparable: true };
}

export function parseProperties(file: string, source: string): Map<string, MeasureProperties> {
  return propertiesFrom(file, yaml().parse(source));
}

function propertiesFrom(file: string, parsed: unknown): Map<string, MeasureProperties> {
  const data = (parsed ?? {}) as Record<string, unknown>;
  const table = new Map<string, MeasureProperties>();
  for (const [measure, value] of Object.entries(data)) {
    const props = value as Record<string, unknown> | null;
    if (!props || typeof props !== 'object' || typeof props.cumulative !== 'boolean' || !['boolean', 'undefined'].includes(typeof props.comparable)) {
      throw new ConfigError(`${file}: ${measure} must be a mapping like { cumulative: true } or { cumulative: false, comparable: false }`);
    }
    table.set(measure, { cumulative: props.cumulative, comparable: props.comparable !== false });
  }
  return table;
}
