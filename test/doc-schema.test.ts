// Every JSON Doc must match src/doc/doc.schema.json: analyze() on the bundled samples and the news gold set, through docToJSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { ENTITY_LABELS, MESSAGE_SEVERITIES, QUOTE_KINDS, SOURCE_KINDS, UPOS_TAGS } from '../src/doc/labels.js';
import { validateDoc } from '../src/doc/validate-doc.js';
import { docToJSON } from '../src/formats/json.js';
import { validateJsonSchema, type JsonSchema } from './validate-json-schema.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const schema = JSON.parse(readFileSync(join(REPO, 'src', 'doc', 'doc.schema.json'), 'utf8')) as JsonSchema;
const defs = schema['$defs'] as Record<string, { properties: Record<string, { enum?: unknown[] }> }>;

const samples = readdirSync(join(REPO, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [`samples/${f}`, readFileSync(join(REPO, 'samples', f), 'utf8')] as const);
const gold = readFileSync(join(REPO, 'test', 'news-gold', 'news-gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string })
  .map((g) => [`news-gold ${g.id}`, g.text] as const);

describe('doc.schema.json', () => {
  const cases: Array<readonly [string, string]> = [...samples, ...gold, ['an empty text', ''], ['a lone surrogate and ZWNJ run', '\uD83D\u200C\u200C«']];
  it.each(cases)(
    'analyze(%s) → docToJSON matches the schema and the Doc validates',
    (_name, text) => {
      const doc = analyze(text);
      expect(validateDoc(doc)).toEqual([]);
      const json = JSON.parse(JSON.stringify(docToJSON(doc))) as unknown;
      expect(validateJsonSchema(schema, json)).toEqual([]);
    },
  );

  it.each([
    ['token.upos', defs['token']!.properties['upos']!.enum, [...UPOS_TAGS]],
    ['entity.label', defs['entity']!.properties['label']!.enum, [...ENTITY_LABELS]],
    ['quote.kind', defs['quote']!.properties['kind']!.enum, [...QUOTE_KINDS]],
    ['sourceLink.kind', defs['sourceLink']!.properties['kind']!.enum, [...SOURCE_KINDS]],
    ['message.severity', defs['message']!.properties['severity']!.enum, [...MESSAGE_SEVERITIES]],
  ])('lists the same %s values as src/doc/labels.ts', (_name, inSchema, inLabels) => {
    expect(inSchema).toEqual(inLabels);
  });

  it('rejects a quote whose kind is not a quote kind («speech»)', () => {
    const json = JSON.parse(JSON.stringify(docToJSON(analyze('وی گفت: «ما آماده‌ایم.»')))) as { quotes: Array<{ kind: string }> };
    expect(json.quotes.length).toBeGreaterThan(0);
    json.quotes[0]!.kind = 'speech';
    expect(validateJsonSchema(schema, json).join('\n')).toMatch(/quotes\[0\]\.kind/);
  });
});
