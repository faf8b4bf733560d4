import Tinypool from 'tinypool';
import { setupRun, type SetupFlags } from '../cli/setup.js';
import type { Document } from '../document/types.js';
import { checkDocument, type DocumentResult } from '../pipeline.js';

/** What every worker needs to rebuild the run's setup: the same inputs give the same config and rules. */
export interface WorkerData {
  setupPaths: string[];
  setupFlags: SetupFlags;
  extractOnly: boolean;
}

const data = Tinypool.workerData as WorkerData;
const setup = setupRun(data.setupPaths, data.setupFlags);

/** Documents' own stage (pipeline.checkDocument), in a worker thread: a batch at a time. */
export default function checkInWorker(batch: Document[]): DocumentResult[] {
  return batch.map((doc) => checkDocument(doc, { ...setup.options, extractOnly: data.extractOnly }));
}
