/**
 * The HTTP front end as a Hono app: the JSON API under /api and the annotated-article page at /.
 * It holds no analysis of its own and no Node-only code (start-server.ts binds it to a port), so tests
 * call it in process with `app.request()`.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RequestError, errorResponse } from './http-errors.js';
import { apiRoutes } from './routes/api-routes.js';
import { pageRoutes } from './routes/page-routes.js';

export interface AppOptions {
  /** Largest request body accepted, in bytes (default 2 MiB, about 1M Persian characters). */
  readonly maxBodyBytes?: number;
  /** Reported by /api/health. */
  readonly version?: string;
  /** The Vazirmatn woff2 font for the page. */
  readonly fontBytes?: Uint8Array;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The app: `createApp().request('/api/analyze', { method: 'POST', body: JSON.stringify({ text: 'پوتین گفت: ...' }) })`. */
export function createApp(options: AppOptions = {}): Hono {
  const maxSize = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize,
      onError: () => {
        throw new RequestError('payload-too-large', `the request body is larger than ${maxSize} bytes; split the text or raise --max-body`, 413);
      },
    }),
  );
  app.route('/api', apiRoutes(options.version ?? '0.0.0'));
  app.route('/', pageRoutes(options.fontBytes));
  app.notFound((c) => errorResponse(c, new RequestError('not-found', `no endpoint ${c.req.method} ${c.req.path}`, 404)));
  app.onError((error, c) => {
    if (!c.req.path.startsWith('/api') && error instanceof RequestError && error.code === 'payload-too-large') {
      return c.html(`<!doctype html><meta charset="utf-8"><p dir="rtl">${error.message}</p>`, 413);
    }
    return errorResponse(c, error);
  });
  return app;
}
