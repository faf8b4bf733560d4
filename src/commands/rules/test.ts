import * as Args from '@oclif/core/args';
import { BaseCommand } from '../../cli/base-command.js';
import { resolve } from 'node:path';
import { loadPack } from '../../config/packs.js';
import { runPackTests } from '../../rules/pack-tests.js';

export default class RulesTest extends BaseCommand {
  static override summary = "Run a rule pack's tests: texts that must and must not trigger each of its rules.";
  static override examples = ['<%= config.bin %> rules test examples/packs/elections'];
  static override args = { pack: Args.string({ description: 'The pack folder.', required: true }) };

  async run(): Promise<void> {
    const { args } = await this.parse(RulesTest);
    try {
      const pack = loadPack(resolve(args.pack));
      const results = runPackTests(pack);
      for (const r of results) {
        this.log(`${r.ok ? '✔' : '✖'} ${r.rule} ${r.kind} #${r.index}${r.ok ? '' : `: ${r.detail}`}`);
      }
      const failed = results.filter((r) => !r.ok).length;
      this.log(`${results.length - failed} passed, ${failed} failed`);
      if (results.length === 0) this.log(`pack ${pack.name} has no tests under tests/`);
      process.exitCode = failed > 0 ? 1 : 0;
    } catch (error) {
      this.fail(error);
    }
  }
}
