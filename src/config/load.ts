import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { createRequire } from 'node:module';
import type Picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import { parseConfig } from './parse.js';
import { CONFIG_NAMES, type ConfigFile, type ResolvedConfig, type RuleSetting } from './types.js';

// picomatch takes a noticeable share of start-up; only configs with overrides need it.
const require = createRequire(import.meta.url);
const picomatch = (...args: Parameters<typeof Picomatch>): ReturnType<typeof Picomatch> => (require('picomatch') as typeof Picomatch)(...args);

const PRESETS = join(PACKAGE_ROOT, 'rules/presets/');

export interface ConfigOptions {
  /** `--config FILE`: use this file for every article instead of looking for one. */
  file?: string;
  /** `--rule id:severity`, applied last. */
  cliRules?: Record<string, RuleSetting>;
}

/**
 * Finds and reads config files: for each article, the nearest `.factlintrc.yaml` or
 * `factlint.config.yaml` walking up from its folder (or `--config`), with its presets, its
 * overrides for the article's path, and `--rule` on top. Files are read once.
 */
export class ConfigResolver {
  private readonly found = new Map<string, string | null>();
  private readonly parsed = new Map<string, ConfigFile>();

  constructor(private readonly options: ConfigOptions = {}) {
    if (options.file && !existsSync(options.file)) throw new ConfigError(`--config ${options.file}: no such file`);
  }

  /** Every config file read so far, for checking the rule ids they name. */
  files(): ConfigFile[] {
    return [...this.parsed.values()];
  }

  /** The config that applies to an article at `path` ("-" and JSONL ids resolve from the working folder). */
  forPath(path: string): ResolvedConfig {
    const abs = resolve(path === '-' ? '.' : path);
    const file = this.options.file ? resolve(this.options.file) : this.nearest(existsSync(abs) && !abs.endsWith('.jsonl') ? dirname(abs) : abs);
    const resolved: ResolvedConfig = { files: [], rules: {}, packs: [] };
    if (file) this.apply(file, abs, resolved, []);
    Object.assign(resolved.rules, this.options.cliRules);
    return resolved;
  }

  private nearest(dir: string): string | null {
    if (this.found.has(dir)) return this.found.get(dir) ?? null;
    const here = CONFIG_NAMES.map((n) => join(dir, n)).find((f) => existsSync(f));
    const parent = dirname(dir);
    const result = here ?? (parent === dir ? null : this.nearest(parent));
    this.found.set(dir, result);
    return result;
  }

  private read(file: string): ConfigFile {
    let config = this.parsed.get(file);
    if (!config) {
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        throw new ConfigError(`${file}: cannot be read`);
      }
      config = parseConfig(file, source);
      this.parsed.set(file, config);
    }
    return config;
  }

  /** Presets first (depth first), then the file's own rules, then its overrides that match. */
  private apply(file: string, article: string, into: ResolvedConfig, chain: string[]): void {
    if (chain.includes(file)) throw new ConfigError(`${chain[chain.length - 1]}: extends itself through ${[...chain, file].join(' → ')}`);
    const config = this.read(file);
    for (const parent of config.extends) this.apply(presetFile(parent, file), article, into, [...chain, file]);
    into.files.push(file);
    if (config.maxDocumentSize !== undefined) into.maxDocumentSize = config.maxDocumentSize;
    for (const pack of config.packs) if (!into.packs.includes(pack)) into.packs.push(pack);
    merge(into.rules, config.rules);
    const rel = relative(dirname(file), article);
    for (const override of config.overrides) {
      if (picomatch(override.files, { dot: true })(rel)) merge(into.rules, override.rules);
    }
  }
}

function presetFile(name: string, from: string): string {
  if (!name.startsWith('factlint:')) {
    if (!existsSync(name)) throw new ConfigError(`${from}: extends ${name}, which does not exist`);
    return name;
  }
  const file = join(PRESETS, `${name.slice('factlint:'.length)}.yaml`);
  if (!existsSync(file)) throw new ConfigError(`${from}: unknown preset "${name}"; expected factlint:recommended or factlint:strict`);
  return file;
}

function merge(into: Record<string, RuleSetting>, rules: Record<string, RuleSetting>): void {
  for (const [id, setting] of Object.entries(rules)) {
    const before = into[id] ?? {};
    into[id] = { ...before, ...setting, ...(before.options || setting.options ? { options: { ...before.options, ...setting.options } } : {}) };
  }
}

/** `--rule conflicting-figures:error` → { "conflicting-figures": { severity: "error" } }. */
export function parseCliRules(values: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values) {
    const m = /^([a-z][a-z0-9-]*):(error|warning|info|off)$/.exec(value.trim());
    if (!m) throw new ConfigError(`--rule ${JSON.stringify(value)} must be id:severity`, ['e.g. --rule conflicting-figures:error or --rule duplicate-passage:off']);
    out[m[1]!] = { severity: m[2] as RuleSetting['severity'] };
  }
  return out;
}
