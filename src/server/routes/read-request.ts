/** Reads and checks request bodies: JSON objects for the API, the form field «text» for the page. */
import type { Context } from 'hono';
import { RequestError } from '../http-errors.js';

/** The JSON object body of a request; anything else is a `bad-request`. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (cause) {
    throw new RequestError('bad-request', `the body must be JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError('bad-request', `the body must be a JSON object like {"text": "..."}, got ${Array.isArray(body) ? 'an array' : body === null ? 'null' : typeof body}`);
  }
  return body as Record<string, unknown>;
}

/** `body.text`, which must be a string. */
export function requireText(body: Record<string, unknown>): string {
  const text = body['text'];
  if (typeof text !== 'string') {
    throw new RequestError('bad-request', `field "text" must be a string, got ${text === undefined ? 'nothing' : text === null ? 'null' : typeof text}`);
  }
  return text;
}

/** Rejects fields the endpoint does not know, so a typo never silently falls back to a default. */
export function assertKnownFields(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw new RequestError('bad-request', `unknown field "${key}"; expected one of: ${allowed.join(', ')}`);
  }
}

/** The «text» field of a posted form (urlencoded or multipart). */
export async function readFormText(c: Context): Promise<string> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch (cause) {
    throw new RequestError('bad-request', `the form could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const text = form['text'];
  if (typeof text !== 'string') throw new RequestError('bad-request', 'the form must have a text field «text»');
  return text;
}
