import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How many items a run holds in memory before it sets the rest aside on disk: enough that checking
 * drafts and ordinary folders never touches the disk, few enough that a corpus's memory stays flat.
 */
export interface SpillBudgets {
  /** Story figures per store (each of the cross-article rules and the story grouping keeps one). */
  figures: number;
  /** Findings of the run, before they are sorted into report order. */
  findings: number;
  /** Checked documents (their stand-ins, spill/documents.ts), when the run keeps no claims. */
  documents: number;
}

// A quarter of session 5's (20,000 / 10,000 / 4,000): those let the main thread's heap grow until 4,000
// articles or so, and a corpus ten times the first took 1.18x the RSS; with these, 1.08-1.11x. The disk
// costs a few microseconds an item, against milliseconds an article for extraction.
export const DEFAULT_SPILL_BUDGETS: SpillBudgets = { figures: 5_000, findings: 2_500, documents: 1_000 };

// The native module loads only when a run spills, not on every start of the CLI.
const sqlite = (): typeof Database => createRequire(import.meta.url)('better-sqlite3') as typeof Database;

/**
 * The scratch space of one run: a temporary SQLite database, opened the first time a store passes
 * its budget and removed by `close`. SQLite does what the stores need past memory: an external sort
 * (findings into report order) and grouping by key (figures into buckets), one row at a time.
 * Nothing here is kept: no journal, no sync, one connection.
 */
export class SpillArea {
  private dir: string | null = null;
  private db: Database.Database | null = null;
  private tables = 0;

  constructor(readonly budgets: SpillBudgets = DEFAULT_SPILL_BUDGETS) {}

  /** The database, opened on first use. */
  database(): Database.Database {
    if (this.db) return this.db;
    this.dir = mkdtempSync(join(tmpdir(), 'factlint-spill-'));
    const db = new (sqlite())(join(this.dir, 'spill.db'));
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('temp_store = FILE'); // ORDER BY a corpus's findings sorts on disk, not in memory
    // better-sqlite3 builds SQLite with a 16 MB page cache, which a long run's spill file fills: memory
    // that grew with the corpus. The file is written once and read back in order, so the OS's file
    // cache serves it as well; 2 MB (SQLite's own default) also bounds the sorter's memory.
    db.pragma('cache_size = -2000');
    // One transaction for the whole run. Each statement on its own is a transaction that writes its
    // pages out when it ends: 30 µs an insert, most of a spilling run's disk time. Reads on this
    // connection see what it wrote; the transaction is never committed, as the file is removed with it.
    db.exec('BEGIN');
    return (this.db = db);
  }

  /** A table name no other store of this run uses: `prefix_N`. */
  tableName(prefix: string): string {
    return `${prefix}_${++this.tables}`;
  }

  /** Whether anything was set aside on disk. */
  get spilled(): boolean {
    return this.db !== null;
  }

  /** Closes and removes the database, if there is one. */
  close(): void {
    try {
      this.db?.close();
    } finally {
      if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
      this.db = null;
      this.dir = null;
    }
  }
}

/**
 * Items held in memory up to a budget; past it, every item so far and every later one goes to the
 * store `open` gives, in the order they came. Readers ask for `memory` first, then `disk`.
 */
export class Overflow<T, D extends { add(item: T): void }> {
  memory: T[] | null = [];
  disk: D | null = null;

  constructor(
    private readonly budget: number,
    private readonly open: () => D,
  ) {}

  add(item: T): void {
    if (!this.memory) return this.disk!.add(item);
    this.memory.push(item);
    if (this.memory.length <= this.budget) return;
    const disk = (this.disk = this.open());
    for (const held of this.memory) disk.add(held);
    this.memory = null;
  }
}
