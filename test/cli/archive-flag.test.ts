import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withArchiveDefault } from '../../src/cli/archive-flag.js';

const dir = mkdtempSync(join(tmpdir(), 'factlint-flag-'));
const sqlite = join(dir, 'newsroom');
writeFileSync(sqlite, `SQLite format 3\u0000${'\u0000'.repeat(84)}`);

test.for([
  { argv: ['draft.txt', '--archive'], want: ['draft.txt', '--archive', '.factlint/archive.db'] },
  { argv: ['--archive', 'draft.txt'], want: ['--archive', '.factlint/archive.db', 'draft.txt'] },
  { argv: ['--archive', '--format', 'json', 'a.txt'], want: ['--archive', '.factlint/archive.db', '--format', 'json', 'a.txt'] },
  { argv: ['a.txt', '--archive', 'news.db'], want: ['a.txt', '--archive', 'news.db'] },
  { argv: ['a.txt', '--archive', 'news.sqlite3'], want: ['a.txt', '--archive', 'news.sqlite3'] },
  { argv: ['a.txt', '--archive', sqlite], want: ['a.txt', '--archive', sqlite] },
  { argv: ['a.txt', '--archive=x.db'], want: ['a.txt', '--archive=x.db'] },
  { argv: ['--', '--archive'], want: ['--', '--archive'] },
])('$argv', ({ argv, want }) => {
  expect(withArchiveDefault(argv)).toEqual(want);
});
