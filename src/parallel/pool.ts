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
 * Results come back in input order, identical to a one-thread run: the workers run the same function
 * on the same setup, and only the corpus stage, which needs every document, stays on this thread.
 */
export async function checkInWorkers(
  documents: readonly Document[],
  threads: number,
  data: WorkerData,
  onResult?: (done: number) => void,
): Promise<DocumentResult[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: data,
  });
  let done = 0;
  try {
    return await Promise.all(
      documents.map(async (doc) => {
        const result = (await pool.run(doc)) as DocumentResult;
        onResult?.((done += 1));
        return result;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
