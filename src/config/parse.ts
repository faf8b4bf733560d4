import { dirname, resolve } from 'node:path';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from '../util/yaml.js';

// The yaml package is required on first use (util/yaml.ts); these keep its type guards' shape.
const isMap = (node: unknown): node is YAMLMap<unknown, unknown> => yaml().isMap(node);
const isSeq = (node: unknown): node is YAMLSeq<unknown> => yaml().isSeq(node);
const isScalar = (node: unknown): node is Scalar<unknown> => yaml().isScalar(node);
import { ConfigError } from '../errors.js';
import { SEVERITIES } from '../rules/types.js';
import { parseSize } from '../util/size.js';
import type { ConfigFile, RuleSetting } from './types.js';

const TOP_KEYS = ['extends', 'rules', 'packs', 'overrides', 'maxDocumentSize'];

/**
 * Reads a config file: `extends` (presets: paths or "factlint:<name>"), `rules` (id: severity, "off",
 * or { severity, options }), `packs` (folders of YAML rules and lexicons) and `overrides` (per file
 * glob) and `maxDocumentSize` (the largest article read: 10MB, 500kB, bytes). Every mistake names the
 * file and line: `.factlintrc.yaml:4: unknown key "rulez"`.
 */
export function parseConfig(file: string, source: string): ConfigFile {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new ConfigError(`${file}:${lines.linePos(error.pos[0]).line}: not valid YAML: ${error.message.split('\n')[0]}`);
  const line = (node: unknown): number => {
    const range = (node as Node | null)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  const fail = (node: unknown, reason: string): never => {
    throw new ConfigError(`${file}:${line(node)}: ${reason}`);
  };
  const base = dirname(file);
  const root = doc.contents;
  if (root === null) return { file, extends: [], rules: {}, packs: [], overrides: [], lines: {} };
  if (!isMap(root)) return fail(root, 'a config file is a YAML mapping (extends, rules, packs, overrides)');

  const config: ConfigFile = { file, extends: [], rules: {}, packs: [], overrides: [], lines: {} };
  const ruleSettings = (node: unknown) => readRules(node, fail, (id, key) => (config.lines[id] ??= line(key)));
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === 'extends') config.extends = strings(pair.value, fail, 'extends').map((p) => (p.startsWith('factlint:') ? p : resolve(base, p)));
    else if (key === 'packs') config.packs = strings(pair.value, fail, 'packs').map((p) => resolve(base, p));
    else if (key === 'rules') config.rules = ruleSettings(pair.value);
    else if (key === 'overrides') config.overrides = overrides(pair.value, fail, ruleSettings);
    else if (key === 'maxDocumentSize') config.maxDocumentSize = sizeOf(pair.value, fail);
    else fail(pair.key, `unknown key "${key}"; expected one of: ${TOP_KEYS.join(', ')}`);
  }
  return config;
}

type Fail = (node: unknown, reason: string) => never;

const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : '?');

function strings(node: unknown, fail: Fail, key: string): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) return node.items.map((i) => String((i as { value: string }).value));
  return fail(node, `"${key}" must be a path or a list of paths`);
}

function sizeOf(node: unknown, fail: Fail): number {
  const value = isScalar(node) ? node.value : undefined;
  const bytes = typeof value === 'string' || typeof value === 'number' ? parseSize(value) : null;
  return bytes ?? fail(node, `"maxDocumentSize" must be a size such as 10MB, 500kB or a number of bytes`);
}

function readRules(node: unknown, fail: Fail, seen: (id: string, key: unknown) => void): Record<string, RuleSetting> {
  if (node === null || (isScalar(node) && node.value === null)) return {}; // "rules:" with every entry commented out
  if (!isMap(node)) return fail(node, '"rules" must map rule ids to a severity, "off", or { severity, options }');
  const out: Record<string, RuleSetting> = {};
  for (const pair of (node as YAMLMap).items) {
    seen(keyOf(pair), pair.key);
    out[keyOf(pair)] = ruleSetting(pair.value, fail);
  }
  return out;
}

function ruleSetting(node: unknown, fail: Fail): RuleSetting {
  const severity = (value: unknown, at: unknown): RuleSetting['severity'] =>
    typeof value === 'string' && [...SEVERITIES, 'off'].includes(value) ? (value as RuleSetting['severity']) : fail(at, `severity ${JSON.stringify(value)} is not one of: ${[...SEVERITIES, 'off'].join(', ')}`);
  if (isScalar(node)) return { severity: severity(node.value, node) };
  if (!isMap(node)) return fail(node, 'a rule setting is a severity, "off", or { severity, options }');
  const setting: RuleSetting = {};
  for (const pair of (node as YAMLMap).items) {
    const key = keyOf(pair);
    if (key === 'severity') setting.severity = severity(isScalar(pair.value) ? pair.value.value : null, pair.value);
    else if (key === 'options') {
      if (!isMap(pair.value)) fail(pair.value, '"options" must map option names to numbers');
      setting.options = {};
      for (const option of (pair.value as YAMLMap).items) {
        const value = isScalar(option.value) ? option.value.value : null;
        if (typeof value !== 'number') fail(option.value, `option "${keyOf(option)}" must be a number`);
        setting.options[keyOf(option)] = value as number;
      }
    } else fail(pair.key, `unknown key "${key}" in a rule setting; expected severity or options`);
  }
  return setting;
}

function overrides(node: unknown, fail: Fail, ruleSettings: (node: unknown) => Record<string, RuleSetting>): ConfigFile['overrides'] {
  if (!isSeq(node)) return fail(node, '"overrides" must be a list of { files, rules }');
  return node.items.map((item) => {
    if (!isMap(item)) return fail(item, 'an override is a mapping { files, rules }');
    let files: string[] = [];
    let rules: Record<string, RuleSetting> = {};
    for (const pair of item.items) {
      const key = keyOf(pair);
      if (key === 'files') files = strings(pair.value, fail, 'files');
      else if (key === 'rules') rules = ruleSettings(pair.value);
      else fail(pair.key, `unknown key "${key}" in an override; expected files or rules`);
    }
    if (files.length === 0) fail(item, 'an override needs "files" (globs)');
    return { files, rules };
  });
}
