import type Database from 'better-sqlite3';
import type { Document } from '../document/types.js';
import type { StoredRecord, TextStore } from '../document/text-store.js';
import type { CheckedDocument } from '../rules/types.js';
import type { SpillArea } from './area.js';

/**
 * A run's checked documents in input order, as the report sees them: walked in order, counted, and
 * looked up by id (a report quotes the lines its findings point at).
 */
export interface DocumentList extends Iterable<CheckedDocument> {
  readonly length: number;
  /** The run's document with this id (the last, should two share one). */
  byId(id: string): Document | undefined;
  /** Its input position. */
  indexOf(id: string): number | undefined;
}

/** The documents of a run held in memory: a list with an index by id. */
export function memoryDocuments(): DocumentList & { push(checked: CheckedDocument): void; readonly items: readonly CheckedDocument[] } {
  const items: CheckedDocument[] = [];
  const index = new Map<string, number>();
  return {
    items,
    get length() {
      return items.length;
    },
    push(checked) {
      index.set(checked.doc.id, items.length);
      items.push(checked);
    },
    byId: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : items[i]!.doc;
    },
    indexOf: (id) => index.get(id),
    [Symbol.iterator]: () => items[Symbol.iterator](),
  };
}

/**
 * The documents of a streamed run that keeps no claims: up to `budget` in memory, then all of them as
 * rows of the spill area, each a stand-in of the text store (its metadata and where its texts are),
 * given back as a new stand-in when the report asks. A corpus then holds nothing per article.
 */
export function spillingDocuments(area: SpillArea, store: TextStore, budget = area.budgets.documents): DocumentList & { push(checked: CheckedDocument): void } {
  let memory: ReturnType<typeof memoryDocuments> | null = memoryDocuments();
  let disk: DiskDocuments | null = null;
  return {
    get length() {
      return memory ? memory.length : disk!.length;
    },
    push(checked) {
      if (memory) {
        memory.push(checked);
        if (memory.length <= budget) return;
        disk = new DiskDocuments(area.database(), area.tableName('documents'), store);
        for (const c of memory.items) disk.push(c);
        memory = null;
        return;
      }
      disk!.push(checked);
    },
    byId: (id) => (memory ? memory.byId(id) : disk!.byId(id)),
    indexOf: (id) => (memory ? memory.indexOf(id) : disk!.indexOf(id)),
    [Symbol.iterator]: () => (memory ? memory[Symbol.iterator]() : disk!.all()),
  };
}

interface Row {
  record: StoredRecord;
  claimCount: number;
}

class DiskDocuments {
  length = 0;
  private readonly insert: Database.Statement;
  private readonly select: { byId: Database.Statement; indexOf: Database.Statement; all: Database.Statement };
  // The last one asked for by id: a report asks for one document's findings one after another.
  private last: { id: string; doc: Document } | null = null;

  constructor(db: Database.Database, name: string, private readonly store: TextStore) {
    db.exec(`CREATE TABLE ${name} (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL); CREATE INDEX ${name}_id ON ${name} (id, seq)`);
    this.insert = db.prepare(`INSERT INTO ${name} (seq, id, data) VALUES (?, ?, ?)`);
    this.select = {
      byId: db.prepare(`SELECT data FROM ${name} WHERE id = ? ORDER BY seq DESC LIMIT 1`).pluck(),
      indexOf: db.prepare(`SELECT seq FROM ${name} WHERE id = ? ORDER BY seq DESC LIMIT 1`).pluck(),
      all: db.prepare(`SELECT data FROM ${name} ORDER BY seq`).pluck(),
    };
  }

  push({ doc, kept, claims, claimCount }: CheckedDocument): void {
    const record = this.store.recordOf(kept ?? doc);
    if (!record) throw new Error(`${doc.id}: a document set aside must be kept in the text store`);
    const row: Row = { record, claimCount: claimCount ?? claims.length };
    this.insert.run(this.length++, doc.id, JSON.stringify(row));
  }

  byId(id: string): Document | undefined {
    if (this.last?.id === id) return this.last.doc;
    const data = this.select.byId.get(id) as string | undefined;
    if (data === undefined) return undefined;
    this.last = { id, doc: this.store.revive((JSON.parse(data) as Row).record) };
    return this.last.doc;
  }

  indexOf(id: string): number | undefined {
    return this.select.indexOf.get(id) as number | undefined;
  }

  *all(): Generator<CheckedDocument> {
    for (const data of this.select.all.iterate() as Iterable<string>) {
      const { record, claimCount } = JSON.parse(data) as Row;
      yield { doc: this.store.revive(record), claims: [], claimCount };
    }
  }
}
