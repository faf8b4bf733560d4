import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../src/archive/records.js';
import { SCHEMA_VERSION } from '../../src/archive/schema.js';
import { ArchiveStore } from '../../src/archive/store.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { extractClaims } from '../../src/extract/engine.js';
import { checkDocuments } from '../../src/pipeline.js';

const STORY = 'test/fixtures/stories/rotterdam-fire';
const read = (name: string) => parseTextDocument(`${STORY}/${name}`, readFileSync(new URL(`../../${STORY}/${name}`, import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'factlint-archive-'));
let n = 0;
const fresh = () => ArchiveStore.open(join(dir, `a${++n}.db`), { create: true });
const extract = (doc: Parameters<typeof extractClaims>[0]) => extractClaims(doc);

describe('ArchiveStore', () => {
  test('add stores articles with their claims; adding again duplicates nothing', () => {
    const store = fresh();
    const docs = [read('nl-2024-03-04-brand.txt'), read('en-2024-03-05-fire.txt')];
    expect(store.add(docs, extract).counts).toEqual({ added: 2, updated: 0, unchanged: 0, duplicate: 0 });
    const listed = store.list();
    expect(listed.map((a) => [a.id, a.lang, a.date, a.claims])).toEqual([
      [`${STORY}/nl-2024-03-04-brand.txt`, 'nl', '2024-03-04', 3],
      [`${STORY}/en-2024-03-05-fire.txt`, 'en', '2024-03-05', 4],
    ]);
    expect(store.add(docs, extract).counts).toEqual({ added: 0, updated: 0, unchanged: 2, duplicate: 0 });
    // The same text under another id is the same article.
    const copy = parseTextDocument('copy.txt', docs[0]!.text);
    expect(store.add([copy], extract).counts.duplicate).toBe(1);
    expect(store.list()).toEqual(listed);
    store.close();
  });

  test('the same id with a new text replaces the article and its claims', () => {
    const store = fresh();
    const doc = read('en-2024-03-05-fire.txt');
    store.add([doc], extract);
    const edited = parseTextDocument(doc.id, doc.text.replace('killed 11 people', 'killed 12 people'));
    expect(store.add([edited], extract).counts.updated).toBe(1);
    const [article] = [...store.articles()];
    expect(store.list()).toHaveLength(1);
    expect(article?.hash).toBe(contentHash(edited.text));
    expect(article?.claims.find((c) => c.measure === 'deaths')?.text).toBe('12');
    store.close();
  });

  test('archived claims and documents come back exactly as extracted, Infinity included', () => {
    const store = fresh();
    const doc = parseTextDocument('more.txt', 'date 2024-03-05\n\nIn Rotterdam zijn meer dan 100 mensen geëvacueerd.');
    const claims = extractClaims(doc);
    store.add([doc], () => claims);
    const [back] = [...store.articles()];
    expect(back?.doc).toEqual(doc);
    expect(back?.claims).toEqual(claims);
    expect(claims.some((c) => c.kind !== 'date' && c.high === Infinity)).toBe(true);
    store.close();
  });

  test('a failure mid-add rolls the whole batch back', () => {
    const store = fresh();
    store.add([read('nl-2024-03-04-brand.txt')], extract);
    const before = store.list();
    const docs = [read('en-2024-03-05-fire.txt'), read('en-2024-03-05-wrong.txt'), read('nl-2024-03-06-concept.txt')];
    expect(() => store.add(docs, extract, (done) => {
      if (done === 2) throw new Error('power cut');
    })).toThrow('power cut');
    expect(store.list()).toEqual(before);
    store.close();
  });

  test('an article whose extraction crashes is reported; the others are stored', () => {
    const store = fresh();
    const docs = [read('en-2024-03-05-fire.txt'), read('en-2024-03-05-wrong.txt')];
    const { counts, crashes } = store.add(docs, (doc) => {
      if (doc.id.endsWith('wrong.txt')) throw new Error('boom');
      return extractClaims(doc);
    });
    expect(counts.added).toBe(1);
    expect(crashes.map((c) => c.documentId)).toEqual([`${STORY}/en-2024-03-05-wrong.txt`]);
    store.close();
  });

  test('related() looks up only the articles sharing a measure and place with the new ones', () => {
    const store = fresh();
    store.add(['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'nl-2024-03-05-antwerpen.txt'].map(read), extract);
    const draft = read('nl-2024-03-06-concept.txt');
    const related = store.related([{ doc: draft, claims: extractClaims(draft) }]);
    expect(related.map((r) => r.doc.id).sort()).toEqual([`${STORY}/en-2024-03-05-fire.txt`, `${STORY}/nl-2024-03-04-brand.txt`]);
    // Only the figures of the measures asked for (deaths), not the injured or the dates.
    expect(new Set(related.flatMap((r) => r.claims.map((c) => c.measure)))).toEqual(new Set(['deaths']));
    // An article is never compared with its own archived copy.
    expect(store.related([{ doc: read('en-2024-03-05-fire.txt'), claims: extractClaims(read('en-2024-03-05-fire.txt')) }]).map((r) => r.doc.id)).toEqual([`${STORY}/nl-2024-03-04-brand.txt`]);
    store.close();
  });

  test('checking against the archive: a stale draft is noted, a conflicting one found, archive-only conflicts not reported', () => {
    const store = fresh();
    store.add(['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'en-2024-03-05-wrong.txt'].map(read), extract);
    const check = (name: string) =>
      (checkDocuments([read(name)], [], { corpusContext: store.context() }).findings ?? [])
        .filter((f) => f.ruleId === 'stale-figure' || f.ruleId === 'cross-article-conflict')
        .map((f) => [f.ruleId, f.locations.map((l) => `${l.document.split('/').pop()}:${l.text}`)]);
    // The archive itself holds a conflict (11 against 19), but no article of the run is in it.
    expect(check('nl-2024-03-05-antwerpen.txt')).toEqual([]);
    expect(check('nl-2024-03-06-concept.txt')).toEqual([
      ['stale-figure', ['nl-2024-03-06-concept.txt:zeven', 'en-2024-03-05-wrong.txt:19', 'nl-2024-03-04-brand.txt:zeven']],
    ]);
    // A draft older than archived articles: the toll "shrank" from the draft's point of view, and the
    // finding points first at the draft, where it can be fixed (and suppressed). Three archived articles
    // disagree with the draft's figure; it gets one finding, against the newest source (of two of the
    // same date, the higher toll).
    const draft = parseTextDocument('draft.txt', 'date 2024-03-04\n\nBij de brand in Rotterdam zijn 31 mensen omgekomen.');
    const { findings } = checkDocuments([draft], [], { corpusContext: store.context() });
    const got = findings?.filter((f) => f.ruleId === 'cross-article-conflict').map((f) => `${f.messageId} ${f.locations.map((l) => `${l.document.split('/').pop()}:${l.text}`).join(' ')}`);
    expect(got).toEqual(['shrank draft.txt:31 en-2024-03-05-wrong.txt:19']);
    store.close();
  });
});

describe('a draft against a large archive', () => {
  test('each figure of the draft gets one finding, against the newest disagreeing source, however many disagree', () => {
    const store = fresh();
    // Twenty archived reports of a toll that grows day by day, then a draft of the last day with a lower one.
    const archived = Array.from({ length: 20 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return parseTextDocument(`archive/day-${day}.txt`, `date 2024-05-${day}\n\nBij de overstromingen in Limburg zijn ${40 + i * 3} mensen omgekomen.`);
    });
    store.add(archived, extract);
    const draft = parseTextDocument('draft.txt', 'date 2024-05-20\n\nBij de overstromingen in Limburg zijn 12 mensen omgekomen.');
    const conflicts = (checkDocuments([draft], [], { corpusContext: store.context() }).findings ?? []).filter((f) => f.ruleId === 'cross-article-conflict');
    expect(conflicts.map((f) => f.locations.map((l) => `${l.document}:${l.text}`))).toEqual([['draft.txt:12', 'archive/day-20.txt:97']]);
    store.close();
  });
});

describe('opening an archive', () => {
  test('an archive written by schema version 1 opens, migrates and keeps its articles', () => {
    const file = join(dir, 'v1.db');
    // What factlint wrote before schema version 2: no prose, body start, source or figure keys.
    const old = new Database(file);
    old.exec(`CREATE TABLE articles (id TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, lang TEXT NOT NULL,
                date TEXT, title TEXT, text TEXT NOT NULL, added_at TEXT NOT NULL);
              CREATE TABLE claims (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, claim_id TEXT NOT NULL,
                kind TEXT NOT NULL, measure TEXT, place TEXT, data TEXT NOT NULL, PRIMARY KEY (article_id, claim_id));
              PRAGMA user_version = 1;`);
    const doc = parseTextDocument('old.txt', 'Bij een brand in Rotterdam zijn 11 mensen omgekomen.', { date: { value: '2024-03-05', low: '2024-03-05', high: '2024-03-05', grain: 'day' } });
    old.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(doc.id, doc.path, contentHash(doc.text), 'nl', '2024-03-05', null, doc.text, '2024-03-05T10:00:00Z');
    for (const c of extractClaims(doc)) old.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)').run(doc.id, c.id, c.kind, c.measure, c.scope.place ?? null, JSON.stringify(c));
    old.close();

    const store = ArchiveStore.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.list().map((a) => [a.id, a.claims])).toEqual([['old.txt', 1]]);
    const [back] = [...store.articles()];
    expect(back?.doc.prose).toBe(doc.text);
    // The migration filled the lookup table, so the old claims are found for new articles.
    const draft = read('en-2024-03-05-wrong.txt');
    expect(store.related([{ doc: draft, claims: extractClaims(draft) }]).map((r) => r.doc.id)).toEqual(['old.txt']);
    store.close();
  });

  test.for([
    { name: 'a text file', content: 'this is not a database\n'.repeat(100), error: InputError, message: 'not a factlint archive' },
    { name: 'an empty-headed SQLite look-alike', content: `SQLite format 3\u0000${'x'.repeat(200)}`, error: InputError, message: 'not a factlint archive' },
  ])('$name is a clear error naming the file', ({ content, error, message }) => {
    const file = join(dir, `bad-${content.length}.db`);
    writeFileSync(file, content);
    expect(() => ArchiveStore.open(file)).toThrow(error);
    expect(() => ArchiveStore.open(file)).toThrow(`${file}: ${message}`);
    expect(readFileSync(file, 'utf8')).toBe(content); // left alone
  });

  test('another application\'s SQLite database, a newer schema and a missing file are refused', () => {
    const foreign = join(dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE invoices (id INTEGER)');
    db.close();
    expect(() => ArchiveStore.open(foreign)).toThrow(`${foreign}: is an SQLite database but not a factlint archive`);
    const newer = join(dir, 'newer.db');
    const db2 = new Database(newer);
    db2.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db2.close();
    expect(() => ArchiveStore.open(newer)).toThrow(ConfigError);
    expect(() => ArchiveStore.open(join(dir, 'missing.db'))).toThrow('no archive here');
  });
});
