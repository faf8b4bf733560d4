import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ConfigError } from '../errors.js';
import { KINDS, severityOf, type Fields } from './kinds/index.js';
import type { RuleModule } from './types.js';

const COMMON = ['id', 'kind', 'severity', 'description', 'message'];

/**
 * A declarative rule from YAML (Vale-style): `kind` picks the logic, the other keys configure it.
 * Every mistake names the file, the line and the key: `rules/checks/x.yml:7: unknown kind "sum2";
 * expected one of: expression`. With `compileNow`, expressions are compiled (and refused) at load.
 */
export function loadYamlRule(file: string, source: string, compileNow = true): RuleModule {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) throw new ConfigError(`${file}:${lines.linePos(firstError.pos[0]).line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigError(`${file}:1: a rule is a YAML mapping with id, kind, message and the kind's keys`);
  const at = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const keyNode = (key: string) => (root as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  const fail = (key: string, reason: string): never => {
    throw new ConfigError(`${file}:${at((keyNode(key)?.key as Node | undefined) ?? root)}: ${reason}`);
  };
  const value = (key: string): unknown => (root as YAMLMap).get(key, true);

  const fields: Fields = {
    string(key, fallback) {
      const node = value(key);
      if (node === undefined && fallback !== undefined) return fallback;
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return fail(key, `"${key}" must be a non-empty string`);
      return node.value;
    },
    number(key, fallback) {
      const node = value(key);
      if (node === undefined) return fallback;
      if (!isScalar(node) || typeof node.value !== 'number') return fail(key, `"${key}" must be a number`);
      return node.value;
    },
    names(key) {
      const node = value(key);
      if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
        return Object.fromEntries(node.items.map((i) => [String((i as { value: string }).value), String((i as { value: string }).value)]));
      }
      if (isMap(node) && node.items.every((p) => isScalar(p.key) && isScalar(p.value))) {
        return Object.fromEntries(node.items.map((p) => [String((p.key as { value: unknown }).value), String((p.value as { value: unknown }).value)]));
      }
      return fail(key, `"${key}" must be a list of measure ids or a mapping of names to measure ids`);
    },
    fail,
  };

  const kindName = fields.string('kind');
  const kind = KINDS[kindName] ?? fail('kind', `unknown kind "${kindName}"; expected one of: ${Object.keys(KINDS).join(', ')}`);
  const allowed = [...COMMON, ...kind.keys];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
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
