/** `dabir/server` (Node only): the HTTP API and annotated-article page as a Hono app, and a starter for Node. */
export { createApp, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.js';
export { startServer, type ServerOptions, type RunningServer } from './start-server.js';
export { HTTP_ERROR_CODES, type HttpErrorCode, type ErrorBody } from './http-errors.js';
