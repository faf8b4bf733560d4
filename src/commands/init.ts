import * as Flags from '@oclif/core/flags';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BaseCommand } from '../cli/base-command.js';
import { ConfigError } from '../errors.js';
import { BUILTIN_RULES } from '../rules/builtin/index.js';

export default class Init extends BaseCommand {
  static override summary = 'Write a commented starter .factlintrc.yaml in the current folder.';
  static override examples = ['<%= config.bin %> init', '<%= config.bin %> init --force'];
  static override flags = { force: Flags.boolean({ summary: 'Overwrite an existing .factlintrc.yaml.' }) };

  async run(): Promise<void> {
    const { flags } = await this.parse(Init);
    try {
      const file = resolve('.factlintrc.yaml');
      if (existsSync(file) && !flags.force) throw new ConfigError(`${file} already exists`, ['run factlint init --force to overwrite it']);
      writeFileSync(file, starterConfig());
      this.log(`wrote ${file}`);
    } catch (error) {
      this.fail(error);
    }
  }
}

/** The starter config: every rule listed at its default, commented, so that editors see what there is. */
export function starterConfig(): string {
  const seen = new Set<string>();
  const rules = BUILTIN_RULES.filter((r) => !seen.has(r.meta.id) && seen.add(r.meta.id)).map(
    (r) => `  # ${r.meta.id}: ${r.meta.severity.padEnd(7)}  # ${r.meta.docs.description}`,
  );
  return [
    '# factlint configuration. factlint reads the nearest .factlintrc.yaml walking up from each article.',
    '# Docs for every rule: docs/rules/<rule-id>.md',
    '',
    '# Start from a preset: factlint:recommended (the defaults) or factlint:strict (every inconsistency blocks).',
    'extends: factlint:recommended',
    '',
    '# Set a rule to error, warning, info or off; options are tolerances, e.g.',
    '#   percent-mismatch: { severity: warning, options: { tolerance: 0.5 } }',
    'rules:',
    ...rules,
    '',
    '# Rule packs: folders of YAML rules, measure words and tests (see examples/packs/elections).',
    '# packs: [./factlint/packs/elections]',
    '',
    '# Settings for some files only (globs relative to this file).',
    '# overrides:',
    '#   - files: ["archive/**"]',
    '#     rules: { cross-article-conflict: off }',
    '',
  ].join('\n');
}
