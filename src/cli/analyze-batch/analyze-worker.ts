/**
 * The batch worker thread: answers each batch of JSONL lines with its output lines. Models load once per
 * worker, on its first record.
 */
import { parentPort } from 'node:worker_threads';
import type { BatchRequest } from './batch-messages.js';
import { processBatch } from './process-batch.js';

parentPort?.on('message', (request: BatchRequest) => {
  parentPort!.postMessage(processBatch(request));
});
