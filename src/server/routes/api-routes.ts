/**
 * The JSON API, a thin layer over the library: each endpoint reads `{ "text", ...options }`, calls one
 * library function and answers with the same JSON the CLI prints.
 *   POST /api/normalize  { text, normalize? }        → { text, edits, offsets }
 *   POST /api/tokenize   { text, normalize? }        → Doc JSON (sentences, tokens)
 *   POST /api/analyze    { text, normalize?, until? } → Doc JSON (every layer up to `until`)
 *   GET  /api/health                                → { status: "ok", version }
 */
import { Hono } from 'hono';
import { analyze, tokenize, type AnalyzeOptions } from '../../analyze.js';
import { docToJSON } from '../../formats/json.js';
import { normalize, type NormalizeOptions } from '../../normalize/index.js';
import type { StageName } from '../../pipeline/stages.js';
import { assertKnownFields, readJsonObject, requireText } from './read-request.js';

function normalizeOptions(body: Record<string, unknown>): NormalizeOptions | undefined {
  // Checked by normalize() itself, which names a bad or unknown option (DabirError → 400).
  return body['normalize'] as NormalizeOptions | undefined;
}

/** The API routes, mounted under /api by the app. */
export function apiRoutes(version: string): Hono {
  const api = new Hono();
  api.get('/health', (c) => c.json({ status: 'ok', version }));

  api.post('/normalize', async (c) => {
    const body = await readJsonObject(c);
    assertKnownFields(body, ['text', 'normalize']);
    const result = normalize(requireText(body), normalizeOptions(body));
    return c.json({ text: result.text, edits: result.edits, offsets: result.map.toJSON() });
  });

  api.post('/tokenize', async (c) => {
    const body = await readJsonObject(c);
    assertKnownFields(body, ['text', 'normalize']);
    return c.json(docToJSON(tokenize(requireText(body), { normalize: normalizeOptions(body) })));
  });

  api.post('/analyze', async (c) => {
    const body = await readJsonObject(c);
    assertKnownFields(body, ['text', 'normalize', 'until']);
    const options: AnalyzeOptions = { normalize: normalizeOptions(body), until: body['until'] as StageName | undefined };
    return c.json(docToJSON(analyze(requireText(body), options)));
  });
  return api;
}
