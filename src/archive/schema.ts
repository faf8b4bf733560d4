import type { Database } from 'better-sqlite3';

/**
 * The archive's schema, as migrations: migration i brings a database from user_version i to i + 1.
 * Never edit a released migration; add one. `SCHEMA_VERSION` is the version this factlint writes.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: articles and their claims (each claim as JSON, with its measure and place for lookups).
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     path TEXT NOT NULL,
     hash TEXT NOT NULL UNIQUE,
     lang TEXT NOT NULL,
     date TEXT,
     title TEXT,
     text TEXT NOT NULL,
     added_at TEXT NOT NULL
   );
   CREATE TABLE claims (
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     claim_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     measure TEXT,
     place TEXT,
     data TEXT NOT NULL,
     PRIMARY KEY (article_id, claim_id)
   );`,
  // 2: what the extractors read (prose, body start) and the source, so archived claims need no
  //    re-extraction; a lookup table of every (measure, place) a figure may be matched on.
  `ALTER TABLE articles ADD COLUMN prose TEXT;
   ALTER TABLE articles ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE articles ADD COLUMN source TEXT;
   CREATE TABLE figure_keys (
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     measure TEXT NOT NULL,
     place TEXT NOT NULL,
     PRIMARY KEY (measure, place, article_id)
   ) WITHOUT ROWID;
   CREATE INDEX figure_keys_by_article ON figure_keys(article_id);
   INSERT OR IGNORE INTO figure_keys (article_id, measure, place)
     SELECT article_id, measure, place FROM claims WHERE kind = 'count' AND measure IS NOT NULL AND place IS NOT NULL;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to SCHEMA_VERSION, all migrations in one transaction. Returns the version it found. */
export function migrate(db: Database): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found >= SCHEMA_VERSION) return found;
  db.transaction(() => {
    for (let v = found; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return found;
}
