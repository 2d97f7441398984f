// The minimal JSON Schema validator must reject what the Doc schema forbids, or the schema tests prove nothing.
import { describe, expect, it } from 'vitest';
import { validateJsonSchema, type JsonSchema } from './validate-json-schema.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    kind: { enum: ['direct', 'indirect'] },
    start: { type: 'integer', minimum: 0 },
    cue: { anyOf: [{ $ref: '#/$defs/span' }, { type: 'null' }] },
    words: { type: 'array', items: { type: 'string' } },
  },
  required: ['kind', 'start'],
  additionalProperties: false,
  $defs: { span: { type: 'object', properties: { start: { type: 'integer' } }, required: ['start'], additionalProperties: false } },
};

describe('validateJsonSchema', () => {
  it.each([
    ['a valid quote', { kind: 'direct', start: 3, cue: null, words: ['گفت'] }, 0],
    ['a cue span through $ref', { kind: 'indirect', start: 0, cue: { start: 5 } }, 0],
    ['a kind outside the enum', { kind: 'headline', start: 0 }, 1],
    ['a negative offset', { kind: 'direct', start: -1 }, 1],
    ['a fractional offset', { kind: 'direct', start: 1.5 }, 1],
    ['a missing required key', { kind: 'direct' }, 1],
    ['an unexpected key', { kind: 'direct', start: 0, speaker: 'پوتین' }, 1],
    ['a cue that is neither span nor null', { kind: 'direct', start: 0, cue: 'گفت' }, 1],
    ['an array item of the wrong type', { kind: 'direct', start: 0, words: ['گفت', 2] }, 1],
  ])('%s → %i problem(s)', (_label, value, count) => {
    expect(validateJsonSchema(schema, value)).toHaveLength(count);
  });

  it('throws on a keyword outside its subset (pattern), so the schema cannot rely on it silently', () => {
    expect(() => validateJsonSchema({ type: 'string', pattern: '^ا' }, 'الف')).toThrow(/pattern/);
  });
});
