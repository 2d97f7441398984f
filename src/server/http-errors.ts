/**
 * How the server answers trouble: every error is `{ "error": { "code", "message" } }` with a 4xx status
 * for anything the client sent (DabirError codes keep their names), 500 only for a bug of ours.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DabirError } from '../errors.js';

/** Codes the server adds to DabirError's: a request it cannot read, too big, or to nowhere. */
export const HTTP_ERROR_CODES = {
  'bad-request': 'the request body is not the JSON or form the endpoint expects',
  'payload-too-large': 'the request body is larger than the server accepts',
  'not-found': 'no endpoint at this path and method',
  'internal-error': 'a bug in the server; the message says what failed',
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

/** A client mistake found while reading a request, answered with its status. */
export class RequestError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly status: ContentfulStatusCode = 400,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Status and JSON body for an error thrown while serving. */
export function describeError(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (error instanceof RequestError) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  // DabirError marks misuse (bad option, wrong type): the client's to fix.
  if (error instanceof DabirError) return { status: 400, body: { error: { code: error.code, message: error.message } } };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { error: { code: 'internal-error', message } } };
}

/** Answers an error as JSON. */
export function errorResponse(c: Context, error: unknown): Response {
  const { status, body } = describeError(error);
  return c.json(body, status);
}
