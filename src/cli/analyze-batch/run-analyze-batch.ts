/**
 * runAnalyzeBatch: `dabir analyze --jsonl`: streams JSONL articles through a pool of worker threads
 * (one per core by default) and writes one output line per input record, in input order. Input is read
 * lazily and at most a few batches per worker are in flight, so memory stays bounded on any input size.
 */
import { Worker } from 'node:worker_threads';
import { createOutput, readLines, type InputName } from '../io/index.js';
import type { BatchReply, BatchRequest } from './batch-messages.js';
import { processBatch } from './process-batch.js';

export interface BatchOptions {
  /** Worker threads; 0 analyzes in the main thread. */
  readonly workers: number;
}

export interface BatchSummary {
  readonly records: number;
  readonly errors: number;
}

const BATCH_LINES = 8;
const BATCH_CHARS = 256 * 1024;
const BATCHES_IN_FLIGHT_PER_WORKER = 4;

/** Groups non-blank input lines into batch requests. */
async function* batchesOf(file: InputName): AsyncGenerator<BatchRequest> {
  let lines: string[] = [];
  let lineNumbers: number[] = [];
  let chars = 0;
  let seq = 0;
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    lineNumber++;
    if (line.text.trim() === '') continue;
    lines.push(line.text);
    lineNumbers.push(lineNumber);
    chars += line.text.length;
    if (lines.length >= BATCH_LINES || chars >= BATCH_CHARS) {
      yield { seq: seq++, lines, lineNumbers };
      lines = [];
      lineNumbers = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield { seq: seq++, lines, lineNumbers };
}

/**
 * A worker running analyze-worker. Built, it is plain .js; under tsx (tests, benches, evals) the worker
 * is .ts, which a worker thread cannot load by itself, so a tiny ES module registers tsx first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-worker.js', import.meta.url));
  const target = new URL('./analyze-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(target)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/** Analyzes every record of `file` and writes the results to stdout; returns the counts. */
export async function runAnalyzeBatch(file: InputName, options: BatchOptions): Promise<BatchSummary> {
  const out = createOutput();
  let records = 0;
  let errors = 0;
  const write = async (reply: BatchReply): Promise<void> => {
    records += reply.out.length;
    errors += reply.errors;
    const wait = out.write(`${reply.out.join('\n')}\n`);
    if (wait) await wait;
  };

  if (options.workers <= 0) {
    for await (const request of batchesOf(file)) await write(processBatch(request));
    await out.flush();
    return { records, errors };
  }

  const workers = Array.from({ length: options.workers }, () => startWorker());
  const load = new Int32Array(workers.length);
  const ready = new Map<number, BatchReply>();
  let nextToWrite = 0;
  let inFlight = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  workers.forEach((worker, k) => {
    worker.on('message', (reply: BatchReply) => {
      load[k]--;
      inFlight--;
      ready.set(reply.seq, reply);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= new Error(`analyze worker failed: ${error.message}`, { cause: error });
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`analyze worker exited with code ${code}`);
      signal();
    });
  });
  const waitForReply = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  const drainReady = async (): Promise<void> => {
    for (let reply = ready.get(nextToWrite); reply; reply = ready.get(nextToWrite)) {
      ready.delete(nextToWrite);
      nextToWrite++;
      await write(reply);
    }
  };

  try {
    let sent = 0;
    const limit = workers.length * BATCHES_IN_FLIGHT_PER_WORKER;
    for await (const request of batchesOf(file)) {
      while (inFlight >= limit && !failure) {
        await waitForReply();
        await drainReady();
      }
      if (failure) throw failure;
      let best = 0;
      for (let k = 1; k < workers.length; k++) if (load[k]! < load[best]!) best = k;
      load[best]++;
      inFlight++;
      workers[best]!.postMessage(request);
      sent++;
      await drainReady();
    }
    while (nextToWrite < sent) {
      if (failure) throw failure;
      if (!ready.has(nextToWrite)) await waitForReply();
      await drainReady();
    }
    await out.flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { records, errors };
}
