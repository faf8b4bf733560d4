import * as Flags from '@oclif/core/flags';
import { ArchiveStore } from '../../archive/store.js';
import { archiveFileFlag } from '../../cli/archive-flag.js';
import { BaseCommand } from '../../cli/base-command.js';

export default class ArchiveLs extends BaseCommand {
  static override summary = 'List the archived articles.';
  static override examples = ['<%= config.bin %> archive ls', '<%= config.bin %> archive ls --format json --archive newsroom.db'];
  static override flags = {
    archive: archiveFileFlag,
    format: Flags.string({ char: 'f', summary: 'Output format.', options: ['table', 'json'], default: 'table' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ArchiveLs);
    try {
      const store = ArchiveStore.open(flags.archive);
      const articles = store.list();
      store.close();
      if (flags.format === 'json') {
        this.log(JSON.stringify(articles, null, 2));
        return;
      }
      const rows = [['ID', 'LANG', 'DATE', 'CLAIMS', 'TITLE'], ...articles.map((a) => [a.id, a.lang, a.date ?? '-', String(a.claims), a.title ?? ''])];
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      for (const row of rows) this.log(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
      this.log(`${articles.length} article(s) in ${flags.archive}`);
    } catch (error) {
      this.fail(error);
    }
  }
}
