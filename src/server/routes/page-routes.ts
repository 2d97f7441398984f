/**
 * The web page: GET / shows the form, POST / analyzes the posted article and shows it annotated, and
 * /assets/vazirmatn.woff2 serves the font. Errors are shown on the page, with their 4xx status.
 */
import { Hono } from 'hono';
import { analyze } from '../../analyze.js';
import { renderPage } from '../../web/index.js';
import { describeError } from '../http-errors.js';
import { readFormText } from './read-request.js';

export const FONT_PATH = '/assets/vazirmatn.woff2';

/** The page routes; `fontBytes` is the Vazirmatn woff2 to serve (the page falls back to system fonts without it). */
export function pageRoutes(fontBytes: Uint8Array | undefined): Hono {
  const page = new Hono();
  const fontUrl = fontBytes ? FONT_PATH : undefined;
  page.get('/', (c) => c.html(renderPage({ form: true, fontUrl })));
  page.post('/', async (c) => {
    let text = '';
    try {
      text = await readFormText(c);
      return c.html(renderPage({ form: true, fontUrl, text, doc: analyze(text) }));
    } catch (error) {
      const { status, body } = describeError(error);
      return c.html(renderPage({ form: true, fontUrl, text, error: body.error }), status);
    }
  });
  if (fontBytes) {
    // One copy at start-up into a buffer of its own, served as is on every request.
    const font = new Uint8Array(fontBytes);
    page.get(FONT_PATH, (c) => {
      c.header('content-type', 'font/woff2');
      c.header('cache-control', 'public, max-age=86400');
      return c.body(font);
    });
  }
  return page;
}
