/** The messages between the batch driver and its worker threads. */

/** Consecutive non-blank input lines and their 1-based line numbers. */
export interface BatchRequest {
  readonly seq: number;
  readonly lines: readonly string[];
  readonly lineNumbers: readonly number[];
}

/** The output lines of one request, in the same order, and how many of them are error records. */
export interface BatchReply {
  readonly seq: number;
  readonly out: readonly string[];
  readonly errors: number;
}

/** Answers one request (in a worker or in process). */
export type ProcessBatch = (request: BatchRequest) => BatchReply;
