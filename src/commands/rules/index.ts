import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../../cli/base-command.js';
import { resolve } from 'node:path';
import { setupRun } from '../../cli/setup.js';

export default class Rules extends BaseCommand {
  static override summary = 'List every rule with its severity, scope and description.';
  static override description = 'Built-in rules and the rules of the packs named by the config that applies here (or --config).';
  static override examples = ['<%= config.bin %> rules', '<%= config.bin %> rules --config examples/packs/elections.factlintrc.yaml'];
  static override flags = {
    config: Flags.string({ char: 'c', summary: 'Read this config file instead of the nearest .factlintrc.yaml.' }),
    json: Flags.boolean({ summary: 'Print the list as JSON.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Rules);
    try {
      const setup = setupRun([resolve('.')], flags.config ? { config: flags.config } : {});
      const config = setup.configFor(resolve('.'));
      // Declarative checks under a catalogue id (rules/checks/*.yml) list once, with the rule they join.
      const unique = setup.rules.filter((rule, i) => setup.rules.findIndex((r) => r.meta.id === rule.meta.id) === i);
      const rows = unique.map((rule) => ({
        id: rule.meta.id,
        severity: config.rules[rule.meta.id]?.severity ?? rule.meta.severity,
        scope: rule.meta.scope,
        description: rule.meta.docs.description,
      }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.scope.padEnd(8)}  ${r.description}\n`);
    } catch (error) {
      this.fail(error);
    }
  }
}
