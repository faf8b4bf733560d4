import { availableParallelism } from 'node:os';
import type { Document } from '../document/types.js';
import type { DocumentResult } from '../pipeline.js';
import type { WorkerData } from './worker.js';

/** Below this many documents a run stays on one thread: starting workers costs more than it saves. */
export const MIN_DOCUMENTS_PER_WORKER = 24;

/** How many threads a run of `documents` uses: `--jobs`, or one per core when there is enough work. */
export function threadsFor(documents: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, documents));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(documents / MIN_DOCUMENTS_PER_WORKER)));
}

/**
 * Runs each document's own stage (extraction and document-scope rules) on a pool of worker threads.
 * `onResult` gets the results in input order, identical to a one-thread run: the workers run the same
 * function on the same setup, and only the corpus stage, which needs every document, stays on this
 * thread. A few documents per thread are in flight at a time, so a large corpus is not copied to the
 * workers all at once, and each result is handed on as soon as its turn comes.
 */
export async function checkInWorkers(
  documents: readonly Document[],
  threads: number,
  data: WorkerData,
  onResult: (index: number, result: DocumentResult) => void,
  onProgress?: (done: number) => void,
): Promise<void> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: data,
  });
  const waiting = new Map<number, DocumentResult>();
  const inFlight = new Set<Promise<void>>();
  let next = 0; // the next index to hand on
  let submitted = 0;
  let done = 0;
  try {
    while (submitted < documents.length || inFlight.size > 0) {
      while (submitted < documents.length && inFlight.size < threads * 4) {
        const index = submitted++;
        const task: Promise<void> = (pool.run(documents[index]) as Promise<DocumentResult>).then((result) => {
          inFlight.delete(task);
          waiting.set(index, result);
          onProgress?.((done += 1));
          for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
            waiting.delete(next);
            onResult(next++, ready);
          }
        });
        inFlight.add(task);
      }
      await Promise.race(inFlight);
    }
  } finally {
    await pool.destroy();
  }
}
