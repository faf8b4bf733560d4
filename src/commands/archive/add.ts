import * as Args from '@oclif/core/args';
import { ArchiveStore } from '../../archive/store.js';
import { archiveFileFlag } from '../../cli/archive-flag.js';
import { BaseCommand } from '../../cli/base-command.js';
import { checkFlags, sharedFlags } from '../../cli/flags.js';
import { setupRun } from '../../cli/setup.js';
import { loadDocuments } from '../../document/load.js';
import { parseReferenceDate } from '../../document/reference-date.js';
import type { Document, DocumentOverrides, Lang } from '../../document/types.js';
import { ConfigError, type InputError } from '../../errors.js';
import { extractClaims } from '../../extract/engine.js';

export default class ArchiveAdd extends BaseCommand {
  static override summary = 'Store articles and their claims in the archive.';
  static override description =
    'Extracts the claims of each article and stores the article (id, path, content hash, language, date, title) with its claims, all in one transaction: if the command is interrupted, the archive stays as it was. An article already archived with the same text is not stored twice; the same id with a new text replaces the old. Exit code 2 when an article could not be read (the others are still stored).';
  static override examples = ['<%= config.bin %> archive add published/', '<%= config.bin %> archive add wire.jsonl --archive newsroom.db'];
  static override strict = false;
  static override args = { paths: Args.string({ description: 'Files, folders, or - for standard input.', required: true }) };
  static override flags = { archive: archiveFileFlag, lang: sharedFlags.lang, date: sharedFlags.date, config: checkFlags.config, debug: sharedFlags.debug };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ArchiveAdd);
    try {
      const overrides: DocumentOverrides = {};
      if (flags.lang) overrides.lang = flags.lang as Lang;
      if (flags.date !== undefined) {
        const date = parseReferenceDate(flags.date);
        if (!date) throw new ConfigError(`--date ${JSON.stringify(flags.date)} is not a date`, ['use YYYY, YYYY-MM or YYYY-MM-DD']);
        overrides.date = date;
      }
      const documents: Document[] = [];
      const inputErrors: InputError[] = [];
      for await (const loaded of loadDocuments(argv as string[], overrides)) {
        if ('document' in loaded) documents.push(loaded.document);
        else inputErrors.push(loaded.error);
      }
      const setup = setupRun([...new Set(documents.map((d) => d.path))], flags);
      const store = ArchiveStore.open(flags.archive, { create: true });
      const debug = flags.debug ? (done: number, total: number) => this.logToStderr(`debug: archived ${done}/${total}`) : undefined;
      const { counts, crashes } = store.add(documents, (doc) => extractClaims(doc, { measures: setup.options.measuresFor!(doc) }), debug);
      store.close();
      for (const error of [...inputErrors, ...crashes]) this.logToStderr(`factlint: ${error.message}`);
      const stored = counts.added + counts.updated;
      this.log(`archived ${stored} article(s) in ${flags.archive} (${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.duplicate} duplicate)`);
      if (inputErrors.length + crashes.length > 0) process.exitCode = 2;
    } catch (error) {
      this.fail(error, flags.debug);
    }
  }
}
