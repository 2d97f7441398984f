import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateJsonSchema, type JsonSchema } from '../../test/validate-json-schema.js';
import { validateDoc } from '../doc/validate-doc.js';
import { docToJSON } from './json.js';
import { makeDoc } from '../../test/tokenized-doc.js';

describe('docToJSON', () => {
  it('starts from a sound hand-built doc', () => {
    expect(validateDoc(makeDoc({ tagged: true }))).toEqual([]);
  });

  it('writes tokens as objects with text and offsets in both texts: «كتابش را خواندم.  رفتم.»', () => {
    const json = docToJSON(makeDoc());
    expect(json.tokens![0]).toEqual({ i: 0, text: 'کتاب', start: 0, end: 4, sourceStart: 0, sourceEnd: 4, surface: 0, sentence: 0 });
    expect(json.tokens![5]).toMatchObject({ text: 'رفتم', start: 17, end: 21, sourceStart: 18, sourceEnd: 22, sentence: 1 });
    expect(json.sentences![1]).toEqual({ start: 17, end: 22, sourceStart: 18, sourceEnd: 23, tokenStart: 5, tokenEnd: 7, text: 'رفتم.' });
  });

  it('includes only the layers the doc assigned: no entities or quotes after tokenization', () => {
    const json = docToJSON(makeDoc());
    expect(Object.keys(json).sort()).toEqual(['assigned', 'edits', 'messages', 'offsets', 'sentences', 'source', 'text', 'tokens']);
    expect(json.tokens![0]).not.toHaveProperty('upos');
    expect(json.tokens![0]).not.toHaveProperty('lemma');
  });

  it('adds upos, xpos, feats and lemma once tagged: خواندم → VERB, خواند#خوان', () => {
    const token = docToJSON(makeDoc({ tagged: true })).tokens![3];
    expect(token).toMatchObject({ text: 'خواندم', upos: 'VERB', xpos: 'V_PA', feats: 'Number=Sing|Person=1|Tense=Past', lemma: 'خواند#خوان' });
  });

  it.each([[false], [true]])('matches src/doc/doc.schema.json (tagged: %s)', (tagged) => {
    const schema = JSON.parse(readFileSync(new URL('../doc/doc.schema.json', import.meta.url), 'utf8')) as JsonSchema;
    expect(validateJsonSchema(schema, docToJSON(makeDoc({ tagged })))).toEqual([]);
  });

  it('is plain JSON: survives JSON.stringify/parse unchanged, offset map included', () => {
    const json = docToJSON(makeDoc());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.offsets).toEqual({ outPos: [0, 17], delta: [0, 1], textLength: 22, sourceLength: 23 });
    expect(json.edits.map((e) => e.rule)).toEqual(['fold/arabic-kaf', 'spacing/collapse']);
  });
});
