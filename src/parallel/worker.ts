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

/** One document's own stage (pipeline.checkDocument), in a worker thread. */
export default function checkInWorker(doc: Document): DocumentResult {
  return checkDocument(doc, { ...setup.options, extractOnly: data.extractOnly });
}
