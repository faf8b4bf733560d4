import * as Args from '@oclif/core/args';
import { checkArchiveFlag, withArchiveDefault } from '../cli/archive-flag.js';
import { BaseCommand } from '../cli/base-command.js';
import { checkFlags, sharedFlags } from '../cli/flags.js';

export default class Check extends BaseCommand {
  static override summary = 'Extract the figures and dates of articles and check them against each other.';
  static override description = 'Reads .txt, .md, .html and .jsonl files, folders (recursively) and "-" for standard input. Exit code 0: nothing at or above --fail-on; 1: findings at or above it; 2: an article could not be read or a flag is wrong.';
  static override examples = [
    '<%= config.bin %> check examples/',
    '<%= config.bin %> check article.txt --format json',
    'cat article.txt | <%= config.bin %> check - --lang en --date 2024-03-05',
    '<%= config.bin %> check draft.txt --archive',
    '<%= config.bin %> check draft.txt --archive newsroom.db',
  ];
  static override strict = false;
  static override args = { paths: Args.string({ description: 'Files, folders, or - for standard input.', required: true }) };
  static override flags = { ...sharedFlags, ...checkFlags, archive: checkArchiveFlag };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Check, withArchiveDefault(this.argv));
    await this.runFactlint(argv as string[], flags, false);
  }
}
