// The HTTP front end, called in process: each endpoint answers as the library does, and every bad
// request gets a 4xx with {"error": {"code", "message"}}.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { docToJSON } from '../formats/json.js';
import { createApp } from './app.js';

const ARTICLE = 'به گزارش ایسنا، ولادیمیر پوتین گفت: «ما آمادهایم.»';

function post(app: ReturnType<typeof createApp>, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

describe('createApp: the JSON API', () => {
  const app = createApp({ version: '9.9.9', maxBodyBytes: 4096 });

  it('answers /api/analyze with the same Doc JSON as the library: «به گزارش ایسنا، …»', async () => {
    const res = await post(app, '/api/analyze', { text: ARTICLE });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(docToJSON(analyze(ARTICLE)))));
  });

  it('stops after the stage named by "until": tokens tagged, no entities', async () => {
    const body = (await (await post(app, '/api/analyze', { text: ARTICLE, until: 'tag' })).json()) as Record<string, unknown>;
    expect(body['assigned']).toContain('upos');
    expect(body['entities']).toBeUndefined();
  });

  it('normalizes with offsets: «میروم» → «می‌روم»', async () => {
    const res = await post(app, '/api/normalize', { text: 'میروم' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; edits: { rule: string }[]; offsets: unknown };
    expect(body.text).toBe('می‌روم');
    expect(body.edits.map((e) => e.rule)).toEqual(['zwnj/glued-mi']);
    expect(body.offsets).toBeDefined();
  });

  it('passes normalize options through: digits latin «۱۴۰۲» → «1402»', async () => {
    const body = (await (await post(app, '/api/normalize', { text: '۱۴۰۲', normalize: { digits: 'latin' } })).json()) as { text: string };
    expect(body.text).toBe('1402');
  });

  it('tokenizes: «کتابها را خواندم.» → four words', async () => {
    const body = (await (await post(app, '/api/tokenize', { text: 'کتابها را خواندم.' })).json()) as { tokens: { text: string }[] };
    expect(body.tokens.map((t) => t.text)).toEqual(['کتاب‌ها', 'را', 'خواندم', '.']);
  });

  it('reports its version at /api/health', async () => {
    const res = await app.request('/api/health');
    expect(await res.json()).toEqual({ status: 'ok', version: '9.9.9' });
  });

  it.each([
    ['a body that is not JSON', '/api/analyze', '{«', 400, 'bad-request', /^the body must be JSON/],
    ['an array body', '/api/analyze', '["سلام"]', 400, 'bad-request', /got an array$/],
    ['a missing text', '/api/analyze', '{}', 400, 'bad-request', /^field "text" must be a string, got nothing$/],
    ['a text that is a number', '/api/tokenize', '{"text": 5}', 400, 'bad-request', /got number$/],
    ['an unknown field', '/api/normalize', '{"text": "سلام", "lang": "fa"}', 400, 'bad-request', /^unknown field "lang"/],
    ['an unknown stage', '/api/analyze', '{"text": "سلام", "until": "parse"}', 400, 'invalid-option', /option "until" must be one of/],
    ['an unknown normalize option', '/api/normalize', '{"text": "سلام", "normalize": {"zwnjj": 1}}', 400, 'unknown-option', /unknown option "zwnjj"/],
  ])('answers %s with %i %s', async (_what, path, body, status, code, message) => {
    const res = await post(app, path, body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
  });

  it('refuses a body over the limit with 413 payload-too-large', async () => {
    const res = await post(app, '/api/analyze', { text: 'سلام '.repeat(2000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload-too-large');
  });

  it('answers an unknown path with 404 not-found naming it', async () => {
    const res = await app.request('/api/parse', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not-found', message: 'no endpoint POST /api/parse' } });
  });

  it('analyzes hostile text without a 5xx: lone surrogates, controls, ZWNJ runs', async () => {
    const res = await post(app, '/api/analyze', { text: '\uD800می\u200C\u200C\u200Cروم\u0000\u001B«' });
    expect(res.status).toBe(200);
  });
});

describe('createApp: the page', () => {
  const font = new Uint8Array([0x77, 0x4f, 0x46, 0x32]);
  const app = createApp({ fontBytes: font, maxBodyBytes: 4096 });

  it('shows the form at /', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/">');
    expect(html).not.toContain('<article');
  });

  it('shows a posted article annotated: «پوتین» marked PER, the quote listed', async () => {
    const res = await app.request('/', { method: 'POST', body: new URLSearchParams({ text: ARTICLE }) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/class="[^"]*ent-PER[^"]*"[^>]*>پوتین</);
    expect(html).toContain('<blockquote>ما آماده‌ایم</blockquote>');
  });

  it('shows a form without «text» as an error on the page, status 400', async () => {
    const res = await app.request('/', { method: 'POST', body: new URLSearchParams({ متن: 'سلام' }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<strong>bad-request</strong>');
  });

  it('serves the font it was given', async () => {
    const res = await app.request('/assets/vazirmatn.woff2');
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(font);
  });
});
