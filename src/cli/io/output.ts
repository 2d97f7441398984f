/**
 * Buffered output with backpressure: text is gathered into ~64 KB writes, and a full stream is awaited
 * ('drain') before more is written, so a fast producer never piles a whole file up in memory.
 */
import type { Writable } from 'node:stream';
import { DabirError } from '../../errors.js';
import { OutputClosedError } from '../cli-errors.js';

export interface Output {
  /** Queues text; returns a promise to await when the stream wants the writer to wait. */
  write(text: string): Promise<void> | undefined;
  /** Writes what is buffered and waits until the stream has taken it. */
  flush(): Promise<void>;
}

const FLUSH_CHARS = 32 * 1024;

/** Output to `stream` (stdout by default). A closed pipe (EPIPE) ends the command quietly. */
export function createOutput(stream: Writable = process.stdout): Output {
  let parts: string[] = [];
  let size = 0;
  let failure: Error | undefined;
  const onError = (error: NodeJS.ErrnoException): void => {
    failure =
      error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED'
        ? new OutputClosedError()
        : new DabirError('io-error', `cannot write output: ${error.message}`, { cause: error });
  };
  stream.on('error', onError);

  const waitDrain = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        if (failure) reject(failure);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });

  const push = (): Promise<void> | undefined => {
    if (failure) throw failure;
    if (size === 0) return undefined;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    size = 0;
    return stream.write(text) ? undefined : waitDrain();
  };

  return {
    write(text) {
      if (failure) throw failure;
      parts.push(text);
      size += text.length;
      return size >= FLUSH_CHARS ? push() : undefined;
    },
    async flush() {
      await push();
      // An EPIPE is reported asynchronously; give it a turn to arrive before declaring success.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (failure) throw failure;
    },
  };
}
