import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from './types.js';

/** Characters of article text a run holds in memory before it spills the rest to a temporary file: a
 * few hundred articles, so that checking drafts never touches the disk and a corpus stays flat. */
export const DEFAULT_TEXT_BUDGET = 4 * 1024 * 1024;

export type Where = { kind: 'memory'; text: string; prose: string } | { kind: 'file'; offset: number; textBytes: number; proseBytes: number | null };

/**
 * Where a streamed run keeps the texts of the articles it has checked. Reports quote source lines and
 * corpus findings are found only when the corpus ends, so every article's text may be asked for again;
 * holding them all would make memory grow with the corpus. The store keeps texts in memory up to a
 * budget and writes the rest to a temporary file, read back (one article at a time) only when a report
 * needs them. `keep` gives a document whose `text` and `prose` are read from the store.
 */
export class TextStore {
  private held = 0;
  private dir: string | null = null;
  private fd: number | null = null;
  private size = 0;
  private last: { where: Where; text: string; prose: string } | null = null;

  constructor(private readonly budget = DEFAULT_TEXT_BUDGET) {}

  /**
   * A stand-in for `doc` that keeps its metadata, with its texts in the store. Its line index is built
   * again from the stored text if a report asks where something is (most articles have no finding).
   */
  keep(doc: Document): Document {
    return new StoredDocument(doc, this, this.put(doc.text, doc.prose));
  }

  /** What the store needs to give a kept document back: its metadata and where its texts are (plain data). */
  recordOf(kept: Document): StoredRecord | null {
    return kept instanceof StoredDocument ? kept.record() : null;
  }

  /** The kept document again, from its record: a new object that reads the same texts. */
  revive(record: StoredRecord): Document {
    return new StoredDocument(record, this, record.where);
  }

  /** Removes the temporary file, if there is one. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
  }

  private put(text: string, prose: string): Where {
    const chars = text.length + (prose === text ? 0 : prose.length);
    if (this.held + chars <= this.budget) {
      this.held += chars;
      // Equal texts are held once: a plain text's prose is a copy of it, not the same string.
      return { kind: 'memory', text, prose: prose === text ? text : prose };
    }
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), 'factlint-texts-'));
      this.fd = openSync(join(this.dir, 'texts'), 'w+');
    }
    const textBuffer = Buffer.from(text, 'utf8');
    const proseBuffer = prose === text ? null : Buffer.from(prose, 'utf8');
    const offset = this.size;
    this.size += writeSync(this.fd, textBuffer, 0, textBuffer.length, offset);
    if (proseBuffer) this.size += writeSync(this.fd, proseBuffer, 0, proseBuffer.length, this.size);
    return { kind: 'file', offset, textBytes: textBuffer.length, proseBytes: proseBuffer?.length ?? null };
  }

  /** The texts of a stored document (the last one read is held, for the lines a report quotes). */
  read(where: Where): { text: string; prose: string } {
    if (where.kind === 'memory') return where;
    if (this.last?.where.kind === 'file' && this.last.where.offset === where.offset) return this.last; // a revived document's where is a copy
    if (this.fd === null) throw new Error('the text store was closed');
    const bytes = Buffer.alloc(where.textBytes + (where.proseBytes ?? 0));
    readSync(this.fd, bytes, 0, bytes.length, where.offset);
    const text = bytes.toString('utf8', 0, where.textBytes);
    const prose = where.proseBytes === null ? text : bytes.toString('utf8', where.textBytes);
    this.last = { where, text, prose };
    return this.last;
  }
}

/** A kept document as plain data (spill/documents.ts sets a corpus's documents aside on disk). */
export type StoredRecord = Omit<Document, 'text' | 'prose'> & { where: Where };

/** A checked article as a run keeps it: a small object whose texts are read from the store when asked. */
class StoredDocument implements Document {
  readonly id: string;
  readonly path: string;
  readonly bodyStart: number;
  readonly lang: Document['lang'];
  readonly date: Document['date'];
  readonly title?: string;
  readonly source?: string;

  constructor(doc: Omit<Document, 'text' | 'prose'>, private readonly store: TextStore, private readonly where: Where) {
    this.id = doc.id;
    this.path = doc.path;
    this.bodyStart = doc.bodyStart;
    this.lang = doc.lang;
    this.date = doc.date;
    if (doc.title !== undefined) this.title = doc.title;
    if (doc.source !== undefined) this.source = doc.source;
  }

  record(): StoredRecord {
    const { id, path, bodyStart, lang, date, title, source, where } = this;
    return { id, path, bodyStart, lang, date, ...(title !== undefined ? { title } : {}), ...(source !== undefined ? { source } : {}), where };
  }

  get text(): string {
    return this.store.read(this.where).text;
  }

  get prose(): string {
    return this.store.read(this.where).prose;
  }
}
