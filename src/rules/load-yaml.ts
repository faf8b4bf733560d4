import type { Node } from 'yaml';
import { ConfigError } from '../errors.js';
import { yaml } from '../util/yaml.js';
import { KINDS, severityOf, type Fields } from './kinds/index.js';
import type { RuleModule } from './types.js';

const COMMON = ['id', 'kind', 'severity', 'description', 'message'];

/**
 * A declarative rule from YAML (Vale-style): `kind` picks the logic, the other keys configure it.
 * Every mistake names the file, the line and the key: `rules/checks/x.yml:7: unknown kind "sum2";
 * expected one of: expression`. With `compileNow`, expressions are compiled (and refused) at load.
 */
export function loadYamlRule(file: string, source: string, compileNow = true): RuleModule {
  const { LineCounter, parseDocument, isMap, isScalar } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) throw new ConfigError(`${file}:${lines.linePos(firstError.pos[0]).line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigError(`${file}:1: a rule is a YAML mapping with id, kind, message and the kind's keys`);
  const lineOf = (key: string | null): number => {
    const node = (key === null ? undefined : root.items.find((p) => isScalar(p.key) && p.key.value === key)?.key) as Node | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : lines.linePos(root.range?.[0] ?? 0).line;
  };
  return ruleFromData(file, root.toJSON() as Record<string, unknown>, compileNow, lineOf);
}

/**
 * A declarative rule from its parsed data (the bundled checks come as JSON). `lineOf` gives the line of a
 * key for messages; without a source there is none and messages point at line 1.
 */
export function ruleFromData(file: string, data: unknown, compileNow = true, lineOf: (key: string | null) => number = () => 1): RuleModule {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${file}:1: a rule is a YAML mapping with id, kind, message and the kind's keys`);
  const root = data as Record<string, unknown>;
  const fail = (key: string, reason: string): never => {
    throw new ConfigError(`${file}:${lineOf(key in root ? key : null)}: ${reason}`);
  };
  const isScalar = (v: unknown) => v === null || typeof v !== 'object';

  const fields: Fields = {
    string(key, fallback) {
      const value = root[key];
      if (value === undefined && fallback !== undefined) return fallback;
      if (typeof value !== 'string' || value.trim() === '') return fail(key, `"${key}" must be a non-empty string`);
      return value;
    },
    number(key, fallback) {
      const value = root[key];
      if (value === undefined) return fallback;
      if (typeof value !== 'number') return fail(key, `"${key}" must be a number`);
      return value;
    },
    names(key) {
      const value = root[key];
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return Object.fromEntries(value.map((v: string) => [v, v]));
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isScalar)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
      }
      return fail(key, `"${key}" must be a list of measure ids or a mapping of names to measure ids`);
    },
    fail,
  };

  const kindName = fields.string('kind');
  const kind = KINDS[kindName] ?? fail('kind', `unknown kind "${kindName}"; expected one of: ${Object.keys(KINDS).join(', ')}`);
  const allowed = [...COMMON, ...kind.keys];
  for (const key of Object.keys(root)) {
    if (!allowed.includes(key)) fail(key, `unknown key "${key}"; expected one of: ${allowed.join(', ')}`);
  }
  const id = fields.string('id');
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) fail('id', `rule id "${id}" must be kebab-case`);
  const common = {
    id,
    severity: severityOf(fields.string('severity', 'warning'), (reason) => fail('severity', reason)),
    description: fields.string('description', id),
    message: fields.string('message'),
  };
  return kind.build(fields, common, compileNow);
}
