import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DEFAULT_ARCHIVE } from '../archive/default.js';

/**
 * `--archive` may stand without its FILE on `check`. oclif flags always take a value, so a bare
 * `--archive` gets the default inserted, unless the next word is an archive: a .db/.sqlite file name or
 * an existing SQLite file. `check --archive draft.txt` checks draft.txt against the default archive.
 */
export function withArchiveDefault(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    out.push(arg);
    if (arg === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--archive' && !isArchiveFile(argv[i + 1])) out.push(DEFAULT_ARCHIVE);
  }
  return out;
}

function isArchiveFile(word: string | undefined): boolean {
  if (word === undefined || word.startsWith('-')) return false;
  if (/\.(db|sqlite3?)$/i.test(word)) return true;
  if (!existsSync(word) || !statSync(word).isFile()) return false;
  const fd = openSync(word, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}
