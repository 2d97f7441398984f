/**
 * analyzeRecord: one line of a batch (`{"id": ..., "text": ...}`) to one output line: `{"id", "doc"}`,
 * or `{"id", "line", "error": {"code", "message"}}` when the line is not valid JSON, has no `text`, or
 * its `text` is not a string, so one bad record never stops a batch.
 */
import { analyze } from '../../analyze.js';
import { docToJSON } from '../../formats/json.js';

export type RecordErrorCode = 'parse-error' | 'missing-text' | 'invalid-text' | 'internal-error';

/** One output line and whether it reports an error. */
export interface RecordResult {
  readonly json: string;
  readonly isError: boolean;
}

function errorLine(id: unknown, line: number, code: RecordErrorCode, message: string): RecordResult {
  return { json: JSON.stringify({ id: id ?? null, line, error: { code, message } }), isError: true };
}

/** `{"id": 7, "text": "پوتین گفت: ..."}` → `{"id":7,"doc":{...}}`; `{"id": 8}` → `{"id":8,"line":2,"error":{"code":"missing-text",...}}`. */
export function analyzeRecord(source: string, line: number): RecordResult {
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (error) {
    return errorLine(null, line, 'parse-error', `line ${line} is not valid JSON: ${(error as Error).message}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return errorLine(null, line, 'parse-error', `line ${line} is not a JSON object`);
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (text === undefined) return errorLine(id, line, 'missing-text', `line ${line} has no "text" field`);
  if (typeof text !== 'string') {
    return errorLine(id, line, 'invalid-text', `line ${line}: "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  try {
    return { json: JSON.stringify({ id: id ?? null, doc: docToJSON(analyze(text)) }), isError: false };
  } catch (error) {
    // analyze never throws on a string; if it does, that is a bug, reported for this record only.
    return errorLine(id, line, 'internal-error', `line ${line}: ${(error as Error).message}`);
  }
}
