import type Database from 'better-sqlite3';
import type { NumericClaim } from '../claims/types.js';
import type { Document } from '../document/types.js';
import { bucketKeys, storyBuckets, type FigureStore, type StoryFigure } from '../rules/story-match.js';
import { Overflow, type SpillArea } from './area.js';

/** A figure as a row: its claim and places; its document by id (`high` may be Infinity, which JSON has not). */
interface FigureRow {
  key: number;
  claim: Omit<NumericClaim, 'high'> & { high: number | null };
  places: readonly string[];
  placeNamed: boolean;
  archived?: true;
}

/**
 * A figure store that holds `budget` figures in memory and, past that, keeps them all in the run's
 * spill area: a figure row, and a member row for each bucket it is compared in. Buckets come back one
 * at a time, in order of first appearance, each figure in the order it was added, exactly as the
 * in-memory store gives them (storyBuckets); a figure in two buckets comes back as two objects with one
 * `key`. A figure's document comes back from `documentById` (the run's document list, which may itself
 * be on disk) when it is one of the run's; an archived article's is held, as the archive's are few.
 */
export function spillingFigureStore(area: SpillArea, { budget = area.budgets.figures, documentById }: { budget?: number; documentById?: (id: string) => Document | undefined } = {}): FigureStore {
  const held = new Overflow<StoryFigure, DiskFigures>(budget, () => new DiskFigures(area.database(), area.tableName('figures'), documentById));
  return {
    add: (figure) => held.add(figure),
    buckets: () => (held.memory ? storyBuckets(held.memory) : held.disk!.buckets()),
  };
}

class DiskFigures {
  // The documents that cannot be found by id, by number (-1: the run's document with the row's id).
  private readonly docs: Document[] = [];
  private readonly numbers = new WeakMap<Document, number>();
  private readonly insertFigure: Database.Statement;
  private readonly selectBucket: Database.Statement;
  private readonly insertBucket: Database.Statement;
  private readonly insertMember: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly name: string,
    private readonly documentById?: (id: string) => Document | undefined,
  ) {
    db.exec(`
      CREATE TABLE ${name}_figure (id INTEGER PRIMARY KEY, doc TEXT NOT NULL, doc_number INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE ${name}_bucket (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
      CREATE TABLE ${name}_member (bucket INTEGER NOT NULL, figure INTEGER NOT NULL);
    `);
    this.insertFigure = db.prepare(`INSERT INTO ${name}_figure (doc, doc_number, data) VALUES (?, ?, ?)`);
    // Bucket ids grow in order of first appearance; a known key keeps its id. Looked up first: an upsert
    // (ON CONFLICT DO UPDATE … RETURNING) rewrote the row and its index entry every time, 40-60 µs.
    this.selectBucket = db.prepare(`SELECT id FROM ${name}_bucket WHERE key = ?`).pluck();
    this.insertBucket = db.prepare(`INSERT INTO ${name}_bucket (key) VALUES (?)`);
    this.insertMember = db.prepare(`INSERT INTO ${name}_member (bucket, figure) VALUES (?, ?)`);
  }

  add(figure: StoryFigure): void {
    const { claim, doc, places, placeNamed, archived, key } = figure;
    const row: FigureRow = { key, claim: { ...claim, high: Number.isFinite(claim.high) ? claim.high : null }, places, placeNamed };
    if (archived) row.archived = true;
    let number = this.documentById && !archived ? -1 : this.numbers.get(doc);
    if (number === undefined) this.numbers.set(doc, (number = this.docs.push(doc) - 1));
    const id = this.insertFigure.run(doc.id, number, JSON.stringify(row)).lastInsertRowid;
    for (const bucketKey of bucketKeys(figure)) {
      const bucket = (this.selectBucket.get(bucketKey) as number | bigint | undefined) ?? this.insertBucket.run(bucketKey).lastInsertRowid;
      this.insertMember.run(bucket, id);
    }
  }

  /** The buckets with figures of more than one article, read one at a time. */
  *buckets(): Generator<StoryFigure[]> {
    const { db, name } = this;
    db.exec(`CREATE INDEX IF NOT EXISTS ${name}_member_bucket ON ${name}_member (bucket)`); // holds the rowid: a bucket's members come in insertion order
    // Ids first, then each bucket's rows: one statement at a time runs on the connection.
    const shared = db.prepare(`
      SELECT m.bucket FROM ${name}_member m JOIN ${name}_figure f ON f.id = m.figure
      GROUP BY m.bucket HAVING count(DISTINCT f.doc) > 1 ORDER BY m.bucket`).pluck().all() as number[];
    const members = db.prepare(`
      SELECT f.doc AS id, f.doc_number AS number, f.data FROM ${name}_member m JOIN ${name}_figure f ON f.id = m.figure
      WHERE m.bucket = ? ORDER BY m.rowid`);
    for (const bucket of shared) {
      const rows = members.all(bucket) as { id: string; number: number; data: string }[];
      yield rows.map(({ id, number, data }) => figureOf(JSON.parse(data) as FigureRow, number === -1 ? this.documentById!(id)! : this.docs[number]!));
    }
  }
}

function figureOf(row: FigureRow, doc: Document): StoryFigure {
  const claim = { ...row.claim, high: row.claim.high ?? Infinity } as NumericClaim;
  const figure: StoryFigure = { key: row.key, claim, doc, places: row.places, placeNamed: row.placeNamed };
  if (row.archived) figure.archived = true;
  return figure;
}
