import * as Flags from '@oclif/core/flags';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ArchiveStore } from '../../archive/store.js';
import { archiveFileFlag } from '../../cli/archive-flag.js';
import { BaseCommand } from '../../cli/base-command.js';

export default class ArchiveExport extends BaseCommand {
  static override summary = 'Write the archive as JSONL: one article a line, with its text and claims.';
  static override description = 'Each line has id, path, lang, date, title, source, hash, addedAt, text and claims, so the export is itself a corpus `archive add` and `check` read.';
  static override examples = ['<%= config.bin %> archive export > archive.jsonl', '<%= config.bin %> archive export --archive newsroom.db -o backup.jsonl'];
  static override flags = {
    archive: archiveFileFlag,
    output: Flags.string({ char: 'o', summary: 'Write to this file instead of standard output.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ArchiveExport);
    try {
      const store = ArchiveStore.open(flags.archive);
      const out = flags.output ? createWriteStream(flags.output) : process.stdout;
      for (const { doc, hash, addedAt, claims } of store.articles()) {
        const line = { id: doc.id, path: doc.path, lang: doc.lang, date: doc.date?.value ?? null, title: doc.title ?? null, source: doc.source ?? null, hash, addedAt, text: doc.text, claims };
        if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
      }
      store.close();
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
      }
    } catch (error) {
      this.fail(error);
    }
  }
}
