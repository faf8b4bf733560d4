import * as Args from '@oclif/core/args';
import { BaseCommand } from '../cli/base-command.js';
import { checkFlags, sharedFlags } from '../cli/flags.js';

export default class Extract extends BaseCommand {
  static override summary = 'List the claims factlint reads in articles: every figure and date with its meaning.';
  static override examples = [
    '<%= config.bin %> extract article.txt',
    '<%= config.bin %> extract ../shared/founding-example/syria-nl-2020-06.txt --format json',
  ];
  static override strict = false;
  static override args = { paths: Args.string({ description: 'Files, folders, or - for standard input.', required: true }) };
  static override flags = { ...sharedFlags, config: checkFlags.config, rule: checkFlags.rule };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Extract);
    await this.runFactlint(argv as string[], flags, true);
  }
}
