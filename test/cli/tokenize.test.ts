// `dabir tokenize`: paragraphs in, sentences and words out as text, JSON Lines or CoNLL-U.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConllu, sentenceText } from '../../src/formats/conllu/index.js';
import type * as AnalyzeModule from '../../src/analyze.js';
import { validateJsonSchema, type JsonSchema } from '../validate-json-schema.js';
import { BUILD_TIMEOUT_MS, REPO, ensureBuilt, importBuilt, runDabir } from './run-dabir.js';

const ARTICLE = 'به گزارش ایسنا، رئیسجمهوری گفت: «کتابها را خواندم.» سپس رفت.\n\nوی افزود: «میروم.»\n';

// The tokenizer of the build the CLI runs (see importBuilt).
let tokenize: typeof AnalyzeModule.tokenize;
beforeAll(async () => {
  ensureBuilt();
  ({ tokenize } = await importBuilt<typeof AnalyzeModule>('analyze.js'));
}, BUILD_TIMEOUT_MS);

describe('dabir tokenize', () => {
  it('writes text by default: one sentence per line, tokens separated by spaces, a blank line between paragraphs', () => {
    const r = runDabir(['tokenize'], ARTICLE);
    expect(r.code).toBe(0);
    const paragraphs = r.stdout.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    const firstDoc = tokenize('به گزارش ایسنا، رئیسجمهوری گفت: «کتابها را خواندم.» سپس رفت.');
    expect(paragraphs[0]!.split('\n')).toHaveLength(firstDoc.sentences.length);
    expect(r.stdout.replace(/\s+/g, '')).toBe(
      [firstDoc, tokenize('وی افزود: «میروم.»')].map((d) => d.text.replace(/\s+/g, '')).join(''),
    );
  });

  it('writes JSON Lines with --format json: one parseable Doc per paragraph', () => {
    const r = runDabir(['tokenize', '--format', 'json'], ARTICLE);
    expect(r.code).toBe(0);
    const docs = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(docs).toHaveLength(2);
    const doc = docs[1] as { source: string; text: string; tokens: { text: string; start: number; end: number }[]; sentences: unknown[] };
    expect(doc.source).toBe('وی افزود: «میروم.»');
    expect(doc.tokens.length).toBeGreaterThan(2);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.length).toBeGreaterThan(0);
    const schema = JSON.parse(readFileSync(join(REPO, 'src', 'doc', 'doc.schema.json'), 'utf8')) as JsonSchema;
    for (const d of docs) expect(validateJsonSchema(schema, d)).toEqual([]);
  });

  it('writes CoNLL-U with -f conllu that the CoNLL-U reader reads back, sentence ids running on', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dabir-tokenize-')), 'article.txt');
    writeFileSync(path, ARTICLE);
    const r = runDabir(['tokenize', '-f', 'conllu', path]);
    expect(r.code).toBe(0);
    const sentences = readConllu(r.stdout);
    const expected = [tokenize(ARTICLE.split('\n\n')[0]!), tokenize('وی افزود: «میروم.»')];
    expect(sentences).toHaveLength(expected.reduce((n, d) => n + d.sentences.length, 0));
    expect(sentences.map((s) => s.comments.find((c) => c.startsWith('# sent_id')))).toEqual(
      sentences.map((_, i) => `# sent_id = ${i + 1}`),
    );
    expect(sentences.filter((s) => s.comments.includes('# newpar'))).toHaveLength(2);
    const texts = expected.flatMap((d) => d.sentences.map((s) => d.text.slice(s.start, s.end).trim()));
    expect(sentences.map(sentenceText)).toEqual(texts);
  });

  it.each([
    ['blank', 2],
    ['line', 3],
  ])('starts paragraphs at blank lines or, with --paragraphs line, at every line: --paragraphs %s → %i', (mode, count) => {
    const r = runDabir(['tokenize', '-f', 'conllu', '--paragraphs', mode], 'کتابها را خواندم.\nمیروم.\n\nرفتم.\n');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^# newpar$/gm)).toHaveLength(count);
  });

  it('writes nothing for empty or blank input', () => {
    expect(runDabir(['tokenize'], '')).toMatchObject({ code: 0, stdout: '' });
    expect(runDabir(['tokenize', '-f', 'conllu'], '\n \n\n')).toMatchObject({ code: 0, stdout: '' });
  });
});
