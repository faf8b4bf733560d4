import type { Severity } from '../rules/types.js';

/** How one rule is set: a severity, "off", or a severity with options (tolerances). */
export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, number>;
}

/** A config file as written, with paths made absolute. */
export interface ConfigFile {
  file: string;
  extends: string[];
  rules: Record<string, RuleSetting>;
  packs: string[];
  overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
  /** The largest article read, in bytes (`maxDocumentSize`). */
  maxDocumentSize?: number;
  /** The line each rule id is set on (in rules or an override), for errors about unknown ids. */
  lines: Record<string, number>;
}

/** What applies to one article: its config file's rules after presets, overrides and --rule. */
export interface ResolvedConfig {
  /** The config files that made it, nearest last. */
  files: string[];
  rules: Record<string, RuleSetting>;
  packs: string[];
  /** The largest article read, in bytes, when a config file sets it (the nearest wins). */
  maxDocumentSize?: number;
}

export const CONFIG_NAMES = ['.factlintrc.yaml', '.factlintrc.yml', 'factlint.config.yaml', 'factlint.config.yml'] as const;
