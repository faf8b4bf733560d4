import * as Flags from '@oclif/core/flags';
import { DEFAULT_ARCHIVE } from '../archive/default.js';

/** `--archive FILE` for the archive commands: where the archive is. */
export const archiveFileFlag = Flags.string({
  char: 'a',
  summary: `The archive file (SQLite).`,
  default: DEFAULT_ARCHIVE,
  helpValue: 'FILE',
});

/** `check --archive [FILE]`: also compare with the claims of the archive. */
export const checkArchiveFlag = Flags.string({
  summary: `Also check against the claims of this archive (default ${DEFAULT_ARCHIVE} when no FILE follows).`,
  helpValue: '[FILE]',
});

export { withArchiveDefault } from './archive-argv.js';
