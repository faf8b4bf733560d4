import { ConfigResolver, parseCliRules } from '../config/load.js';
import { loadPack, type Pack } from '../config/packs.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Document } from '../document/types.js';
import { ConfigError } from '../errors.js';
import { withPackMeasures } from '../measures/lexicon.js';
import type { CheckOptions } from '../pipeline.js';
import { BUILTIN_RULES } from '../rules/builtin/index.js';
import type { RuleSettings } from '../rules/engine.js';
import type { RuleModule } from '../rules/types.js';

export interface SetupFlags {
  config?: string;
  rule?: string[];
}

/** What a run needs from config files and rule packs: the rules, and per article its settings and measure words. */
export interface RunSetup {
  rules: RuleModule[];
  configFor(path: string): ResolvedConfig;
  options: Pick<CheckOptions, 'rules' | 'settings' | 'measuresFor'>;
}

/**
 * Reads the config of every article (nearest config file, `--config`, `--rule`), loads the rule packs
 * they name, and checks that every rule id and option they set exists.
 */
export function setupRun(paths: readonly string[], flags: SetupFlags): RunSetup {
  const resolver = new ConfigResolver({ ...(flags.config ? { file: flags.config } : {}), cliRules: parseCliRules(flags.rule ?? []) });
  const configs = new Map<string, ResolvedConfig>();
  const configFor = (path: string) => {
    let config = configs.get(path);
    if (!config) {
      config = resolver.forPath(path);
      configs.set(path, config);
    }
    return config;
  };
  for (const path of paths) configFor(path);
  const packs = new Map<string, Pack>();
  for (const config of configs.values()) for (const dir of config.packs) if (!packs.has(dir)) packs.set(dir, loadPack(dir));
  const packRules = new Map<RuleModule, string>();
  for (const pack of packs.values()) for (const rule of pack.rules) packRules.set(rule, pack.dir);
  const rules = [...BUILTIN_RULES, ...packRules.keys()];
  validate(resolver, rules, flags.rule ?? []);

  const settings = (doc: Document): Record<string, RuleSettings | undefined> => {
    const config = configFor(doc.path);
    const out: Record<string, RuleSettings | undefined> = { ...config.rules };
    // A pack's rules apply where its config names the pack, and nowhere else.
    for (const [rule, dir] of packRules) if (!config.packs.includes(dir)) out[rule.meta.id] = { severity: 'off' };
    return out;
  };
  const measuresFor = (doc: Document) =>
    withPackMeasures(doc.lang, configFor(doc.path).packs.flatMap((dir) => packs.get(dir)?.measures[doc.lang] ?? []));
  return { rules, configFor, options: { rules, settings, measuresFor } };
}

function validate(resolver: ConfigResolver, rules: RuleModule[], cliRules: string[]): void {
  const known = new Map(rules.map((r) => [r.meta.id, r]));
  const problem = (id: string) => {
    const suggestion = [...known.keys()].find((k) => k.startsWith(id.slice(0, 5)) || id.startsWith(k.slice(0, 8)));
    return `unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  };
  for (const file of resolver.files()) {
    const settings = [file.rules, ...file.overrides.map((o) => o.rules)];
    for (const rulesSet of settings) {
      for (const [id, setting] of Object.entries(rulesSet)) {
        const rule = known.get(id);
        if (!rule) throw new ConfigError(`${file.file}:${file.lines[id] ?? 1}: ${problem(id)}`);
        for (const option of Object.keys(setting.options ?? {})) {
          const allowed = Object.keys(rule.meta.defaultOptions ?? {});
          if (!allowed.includes(option)) throw new ConfigError(`${file.file}:${file.lines[id] ?? 1}: rule ${id} has no option "${option}"${allowed.length ? `; it takes: ${allowed.join(', ')}` : ''}`);
        }
      }
    }
  }
  for (const value of cliRules) {
    const id = value.split(':')[0] ?? '';
    if (!known.has(id)) throw new ConfigError(`--rule ${value}: ${problem(id)}`);
  }
}
