import * as Args from '@oclif/core/args';
import { ArchiveStore } from '../../archive/store.js';
import { archiveFileFlag } from '../../cli/archive-flag.js';
import { BaseCommand } from '../../cli/base-command.js';
import { ConfigError } from '../../errors.js';

export default class ArchiveRm extends BaseCommand {
  static override summary = 'Remove articles from the archive, by id or by the path they were read from.';
  static override description = 'All or nothing: when an id or path matches no archived article, nothing is removed and the exit code is 2.';
  static override examples = ['<%= config.bin %> archive rm published/2024-03-04-brand.txt', '<%= config.bin %> archive rm wire-0042 --archive newsroom.db'];
  static override strict = false;
  static override args = { ids: Args.string({ description: 'Article ids or paths.', required: true }) };
  static override flags = { archive: archiveFileFlag };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ArchiveRm);
    try {
      const store = ArchiveStore.open(flags.archive);
      const { removed, unknown } = store.remove(argv as string[]);
      store.close();
      if (unknown.length > 0) {
        throw new ConfigError(`${flags.archive}: no archived article has the id or path ${unknown.map((u) => JSON.stringify(u)).join(', ')}; nothing removed`, [`list them with: factlint archive ls --archive ${flags.archive}`]);
      }
      this.log(`removed ${removed} article(s) from ${flags.archive}`);
    } catch (error) {
      this.fail(error);
    }
  }
}
