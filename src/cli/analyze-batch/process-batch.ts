/** processBatch: analyzes the lines of one batch request; shared by the worker thread and the in-process mode. */
import { analyzeRecord } from './analyze-record.js';
import type { BatchReply, BatchRequest } from './batch-messages.js';

export function processBatch(request: BatchRequest): BatchReply {
  let errors = 0;
  const out = request.lines.map((text, k) => {
    const r = analyzeRecord(text, request.lineNumbers[k]!);
    if (r.isError) errors++;
    return r.json;
  });
  return { seq: request.seq, out, errors };
}
