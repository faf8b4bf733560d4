import { availableParallelism } from 'node:os';
import type { Document } from '../document/types.js';
import type { DocumentResult } from '../pipeline.js';
import type { WorkerData } from './worker.js';

/**
 * Below this much text per thread a run stays on one thread. A worker starts from nothing: its own
 * modules, regexes, lexicons, chrono and JIT warm-up cost about what checking a couple of hundred
 * news articles does, so a thread pays only for more text than that. Counted in characters, not
 * articles: the work grows with the text.
 */
export const MIN_CHARS_PER_THREAD = 250_000;
/** The read-ahead's limit in documents, whatever their length, so that many empty ones are not all held. */
const MAX_READ_AHEAD = 4_000;

/**
 * How many threads a run uses: `--jobs` (no more than there are documents), or one per core when the
 * text read ahead (`chars`, all of it when `ended`) gives each enough to do.
 */
export function threadsFor(ahead: { documents: number; chars: number; ended: boolean }, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, ahead.ended ? ahead.documents : Infinity));
  // Not ended: the read-ahead stopped at its limit, so there is enough.
  const chars = ahead.ended ? ahead.chars : Infinity;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / MIN_CHARS_PER_THREAD)));
}

/**
 * Runs each document's own stage (extraction and document-scope rules) on a pool of worker threads,
 * taking documents as they load. `onResult` gets each document with its result in input order,
 * identical to a one-thread run: the workers run the same function on the same setup, and only the
 * corpus stage, which needs every document, stays on this thread. Documents go in batches, and a few
 * batches per thread are in flight or waiting for their turn at a time, so a corpus is never all read
 * ahead, and each result is handed on as soon as its turn comes.
 *
 * With `checkHere`, this thread is one of the `threads`: the pool starts one worker fewer, and this
 * thread checks a batch itself whenever every worker has its batches. A worker pays the whole start-up
 * again (its own regexes, lexicons, chrono, mathjs and JIT warm-up, 1.6 billion instructions on a
 * 150-article corpus), while this thread has paid it and is mostly idle, waiting for results.
 */
export async function checkInWorkers(
  documents: AsyncIterable<Document> | Iterable<Document>,
  threads: number,
  data: WorkerData,
  onResult: (doc: Document, result: DocumentResult) => void,
  onProgress?: (done: number) => void,
  checkHere?: (doc: Document) => DocumentResult,
): Promise<void> {
  const { default: Tinypool } = await import('tinypool');
  const workers = checkHere ? Math.max(1, threads - 1) : threads;
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // A queued batch is sent while the one before it runs: a thread never waits for the main thread.
    concurrentTasksPerWorker: BATCHES_PER_THREAD,
    workerData: data,
  });
  const waiting = new Map<number, { doc: Document; result: DocumentResult }>();
  const inFlight = new Set<Promise<void>>();
  let next = 0; // the next index to hand on
  let submitted = 0;
  let done = 0;
  const handOn = (first: number, batch: Document[], results: DocumentResult[]) => {
    results.forEach((result, i) => waiting.set(first + i, { doc: batch[i]!, result }));
    onProgress?.((done += batch.length));
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      onResult(ready.doc, ready.result);
    }
  };
  const submit = (batch: Document[]) => {
    const first = submitted;
    submitted += batch.length;
    // Every worker has a batch to work on and one queued: this thread takes this one.
    if (checkHere && inFlight.size >= workers * BATCHES_PER_THREAD) {
      handOn(first, batch, batch.map(checkHere));
      return;
    }
    const task: Promise<void> = (pool.run(batch) as Promise<DocumentResult[]>).then((results) => {
      inFlight.delete(task);
      handOn(first, batch, results);
    });
    inFlight.add(task);
  };
  try {
    let batch: Document[] = [];
    for await (const doc of documents) {
      batch.push(doc);
      if (batch.length < BATCH) continue;
      submit(batch);
      batch = [];
      // Results wait for their turn: count them too, so that one slow article cannot make the rest pile up.
      while (submitted - next >= threads * BATCHES_PER_THREAD * BATCH) await Promise.race(inFlight);
    }
    if (batch.length > 0) submit(batch);
    while (inFlight.size > 0) await Promise.race(inFlight);
  } finally {
    await pool.destroy();
  }
}

/**
 * Documents go to the threads a few at a time: per task, the pool copies messages, wakes a thread and
 * reads its memory use, which cost a thread a fifth of its time when each task was one article.
 */
export const BATCH = 8;
/** Batches in flight or waiting per thread: one to work on, one queued, so that no thread waits. */
export const BATCHES_PER_THREAD = 2;

/**
 * The first documents, read ahead so that a run can decide on threads before it starts (a stream does
 * not say how long it is): `documents` of them, or as many as hold `chars` characters of text, or at
 * most MAX_READ_AHEAD. Gives them with how much text they hold, and all the documents, those first
 * ones included.
 */
export async function readAhead(
  documents: AsyncIterable<Document>,
  limit: { documents?: number; chars?: number },
): Promise<{ ahead: Document[]; chars: number; ended: boolean; all: AsyncIterable<Document> }> {
  const iterator = documents[Symbol.asyncIterator]();
  const ahead: Document[] = [];
  const count = Math.min(limit.documents ?? MAX_READ_AHEAD, MAX_READ_AHEAD);
  let chars = 0;
  let ended = false;
  while (ahead.length < count && chars < (limit.chars ?? Infinity)) {
    const step = await iterator.next();
    if (step.done) {
      ended = true;
      break;
    }
    ahead.push(step.value);
    chars += step.value.text.length;
  }
  async function* all(): AsyncGenerator<Document> {
    // Handed on one by one, so that the read-ahead is not held longer than its turn.
    while (ahead.length > 0) yield ahead.shift()!;
    if (ended) return;
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value;
  }
  return { ahead, chars, ended, all: all() };
}
