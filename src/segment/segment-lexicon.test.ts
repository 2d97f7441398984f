import { describe, expect, it } from 'vitest';
import { DabirError } from '../errors.js';
import { loadSegmentLexicon, parseSegmentLexicon, SEGMENT_LEXICON_FORMAT } from './segment-lexicon.js';

const empty = { hosts: '', adjectives: '', pastStems: '', blocked: '', overrides: '', abbreviations: '' };

describe('parseSegmentLexicon', () => {
  it('rejects another format version with model-incompatible', () => {
    expect(() => parseSegmentLexicon({ ...empty, formatVersion: SEGMENT_LEXICON_FORMAT + 1 })).toThrowError(DabirError);
    try {
      parseSegmentLexicon({ ...empty, formatVersion: 99 });
    } catch (e) {
      expect((e as DabirError).code).toBe('model-incompatible');
      expect((e as DabirError).message).toContain('expected formatVersion 1, found 99');
    }
  });

  it.each([
    ['اینست\t3', 'اینست', [3]],
    ['کارش\t', 'کارش', []],
    ['خودتی\t3,4', 'خودتی', [3, 4]],
  ])('reads the override %j', (line, word, offsets) => {
    const lex = parseSegmentLexicon({ ...empty, formatVersion: SEGMENT_LEXICON_FORMAT, overrides: line });
    expect(lex.overrides.get(word)).toEqual(offsets);
  });
});

describe('loadSegmentLexicon', () => {
  it('loads the shipped lexicon once, with hosts such as «کتاب»', () => {
    const lex = loadSegmentLexicon();
    expect(lex).toBe(loadSegmentLexicon());
    expect(lex.hosts.has('کتاب')).toBe(true);
    expect(lex.abbreviations.has('ه.ش.')).toBe(true);
  });
});
