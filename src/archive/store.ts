import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Claim, NumericClaim } from '../claims/types.js';
import type { Document } from '../document/types.js';
import { ConfigError, ExtractionCrash, InputError } from '../errors.js';
import { figurePlaces } from '../rules/story-match.js';
import { claimFromJson, claimToJson, contentHash, documentOf, rowOf, type ArticleRow } from './records.js';
import { migrate, SCHEMA_VERSION } from './schema.js';
import type { CorpusContext } from '../pipeline.js';

export { DEFAULT_ARCHIVE } from './default.js';
const ROLLBACK = Symbol('rollback');

export type AddOutcome = 'added' | 'updated' | 'unchanged' | 'duplicate';

export interface AddResult {
  counts: Record<AddOutcome, number>;
  crashes: ExtractionCrash[];
}

export interface ArchivedArticle {
  id: string;
  path: string;
  lang: string;
  date: string | null;
  title: string | null;
  hash: string;
  claims: number;
  addedAt: string;
}

// The native module loads only when an archive is opened, not on every start of the CLI.
const sqlite = (): typeof Database => createRequire(import.meta.url)('better-sqlite3') as typeof Database;

/**
 * The claim archive: articles and their claims in one SQLite file (WAL). Every write is one
 * transaction, so a crash mid-way leaves the archive as it was. Opening migrates an older schema.
 */
export class ArchiveStore {
  private constructor(
    readonly file: string,
    readonly db: Database.Database,
  ) {}

  /** Opens (or, with `create`, creates) an archive; a missing, corrupt or foreign file is an InputError naming it. */
  static open(file: string, { create = false }: { create?: boolean } = {}): ArchiveStore {
    if (!create && !existsSync(file)) throw new ConfigError(`${file}: no archive here`, [`create one with: factlint archive add PATH... --archive ${file}`]);
    if (create) mkdirSync(dirname(file), { recursive: true });
    let db: Database.Database | null = null;
    try {
      db = new (sqlite())(file);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      const found = db.pragma('user_version', { simple: true }) as number;
      if (found > SCHEMA_VERSION) throw new ConfigError(`${file}: archive schema version ${found} is newer than this factlint reads (${SCHEMA_VERSION})`, ['upgrade factlint']);
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (found === 0 && tables.n > 0) throw new InputError(file, null, 'is an SQLite database but not a factlint archive');
      migrate(db);
      return new ArchiveStore(file, db);
    } catch (error) {
      db?.close();
      if (error instanceof ConfigError || error instanceof InputError) throw error;
      throw new InputError(file, null, `not a factlint archive (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  close(): void {
    this.db.close();
  }

  /**
   * Adds articles in one transaction, extracting each inside it: the same text under another id is
   * a duplicate, the same id with new text replaces the old. `onEach` sees progress (for --debug).
   */
  add(documents: readonly Document[], extract: (doc: Document) => readonly Claim[], onEach?: (done: number, total: number) => void): AddResult {
    const counts: Record<AddOutcome, number> = { added: 0, updated: 0, unchanged: 0, duplicate: 0 };
    const crashes: ExtractionCrash[] = [];
    const addedAt = new Date().toISOString();
    const q = this.statements();
    this.db.transaction(() => {
      documents.forEach((doc, i) => {
        const hash = contentHash(doc.text);
        const byId = q.byId.get(doc.id) as { hash: string } | undefined;
        const byHash = q.byHash.get(hash) as { id: string } | undefined;
        if (byId?.hash === hash) counts.unchanged += 1;
        else if (byHash) counts.duplicate += 1;
        else {
          let claims: readonly Claim[];
          try {
            claims = extract(doc);
          } catch (error) {
            crashes.push(new ExtractionCrash(doc.id, error));
            return;
          }
          if (byId) q.remove.run(doc.id);
          q.insert.run(rowOf(doc, hash, addedAt));
          for (const claim of claims) {
            q.claim.run(doc.id, claim.id, claim.kind, claim.measure, claim.scope.place ?? null, claimToJson(claim));
            if (claim.kind === 'count' && claim.measure !== null) for (const place of figurePlaces(claim, doc)) q.key.run(doc.id, claim.measure, place);
          }
          counts[byId ? 'updated' : 'added'] += 1;
        }
        onEach?.(i + 1, documents.length);
      });
    })();
    return { counts, crashes };
  }

  /** Removes articles by id, or every article read from a path; when any key matches nothing, removes nothing. */
  remove(idsOrPaths: readonly string[]): { removed: number; unknown: string[] } {
    const unknown: string[] = [];
    let removed = 0;
    const remove = this.db.prepare('DELETE FROM articles WHERE id = ? OR path = ?');
    try {
      this.db.transaction(() => {
        for (const key of idsOrPaths) {
          const n = remove.run(key, key).changes;
          if (n === 0) unknown.push(key);
          removed += n;
        }
        if (unknown.length > 0) throw ROLLBACK;
      })();
    } catch (error) {
      if (error !== ROLLBACK) throw error;
      return { removed: 0, unknown };
    }
    return { removed, unknown };
  }

  list(): ArchivedArticle[] {
    const rows = this.db
      .prepare('SELECT a.id, a.path, a.lang, a.date, a.title, a.hash, a.added_at AS addedAt, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims FROM articles a ORDER BY a.date, a.id')
      .all() as ArchivedArticle[];
    return rows;
  }

  /** Every article with its claims, in archive order, for `archive export`. */
  *articles(): Generator<{ doc: Document; hash: string; addedAt: string; claims: Claim[] }> {
    const claims = this.db.prepare('SELECT data FROM claims WHERE article_id = ? ORDER BY rowid');
    for (const row of this.db.prepare('SELECT * FROM articles ORDER BY date, id').iterate() as Iterable<ArticleRow>) {
      const list = (claims.all(row.id) as { data: string }[]).map((c) => claimFromJson(c.data));
      yield { doc: documentOf(row), hash: row.hash, addedAt: row.added_at, claims: list };
    }
  }

  /**
   * The archived articles that share a (measure, place) key with the figures of `documents`, with
   * only their figures of those measures: what corpus rules compare new articles with. Looks up the
   * keys, never reads the whole archive; skips the articles themselves (same id or same text).
   */
  /**
   * The archive as context for a run (pipeline.CorpusContext): told about each of the run's articles as
   * it is checked, it keeps only their figure keys and content hashes, and when the run ends gives the
   * archived articles that share a measure and place with one of them, with those measures' counts.
   * An archived copy of one of the run's articles (same id or same text) is left out.
   */
  context(): CorpusContext {
    const keys = new Set<string>();
    const ids = new Set<string>();
    const hashes = new Set<string>();
    return {
      note: ({ doc, claims }) => {
        ids.add(doc.id);
        hashes.add(contentHash(doc.text));
        for (const c of claims) if (c.kind === 'count' && c.measure !== null) for (const p of figurePlaces(c as NumericClaim, doc)) keys.add(`${c.measure}\u0000${p}`);
      },
      related: () => this.relatedTo(keys, ids, hashes),
    };
  }

  /** The archived articles related to these documents (see `context`), all at once. */
  related(documents: readonly { doc: Document; claims: readonly Claim[] }[]): { doc: Document; claims: Claim[] }[] {
    const context = this.context();
    for (const { doc, claims } of documents) context.note({ doc, claims });
    return [...context.related()] as { doc: Document; claims: Claim[] }[];
  }

  private relatedTo(keys: ReadonlySet<string>, ids: ReadonlySet<string>, hashes: ReadonlySet<string>): { doc: Document; claims: Claim[] }[] {
    const measuresOf = new Map<string, Set<string>>();
    const lookup = this.db.prepare('SELECT article_id AS id FROM figure_keys WHERE measure = ? AND place = ?');
    for (const key of keys) {
      const [measure, place] = key.split('\u0000') as [string, string];
      for (const { id } of lookup.all(measure, place) as { id: string }[]) {
        if (!ids.has(id)) measuresOf.set(id, (measuresOf.get(id) ?? new Set()).add(measure));
      }
    }
    const article = this.db.prepare('SELECT * FROM articles WHERE id = ?');
    const claims = this.db.prepare("SELECT measure, data FROM claims WHERE article_id = ? AND kind = 'count' ORDER BY rowid");
    const related: { doc: Document; claims: Claim[] }[] = [];
    for (const [id, measures] of [...measuresOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const row = article.get(id) as ArticleRow;
      if (hashes.has(row.hash)) continue;
      const wanted = (claims.all(id) as { measure: string | null; data: string }[]).filter((c) => c.measure !== null && measures.has(c.measure));
      related.push({ doc: documentOf(row), claims: wanted.map((c) => claimFromJson(c.data)) });
    }
    return related;
  }

  private statements() {
    return {
      byId: this.db.prepare('SELECT hash FROM articles WHERE id = ?'),
      byHash: this.db.prepare('SELECT id FROM articles WHERE hash = ?'),
      remove: this.db.prepare('DELETE FROM articles WHERE id = ?'),
      insert: this.db.prepare(
        'INSERT INTO articles (id, path, hash, lang, date, title, source, text, prose, body_start, added_at) VALUES (@id, @path, @hash, @lang, @date, @title, @source, @text, @prose, @body_start, @added_at)',
      ),
      claim: this.db.prepare('INSERT INTO claims (article_id, claim_id, kind, measure, place, data) VALUES (?, ?, ?, ?, ?, ?)'),
      key: this.db.prepare('INSERT OR IGNORE INTO figure_keys (article_id, measure, place) VALUES (?, ?, ?)'),
    };
  }
}
