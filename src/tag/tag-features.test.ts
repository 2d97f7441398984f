import { describe, expect, it } from 'vitest';
import {
  bareForm,
  canonicalForm,
  computeWordFacts,
  extractContextFeatures,
  next2NeighbourFeatures,
  nextNeighbourFeatures,
  prevNeighbourFeatures,
  verbPattern,
  vocabularyCheckHash,
  wordShape,
  MAX_FEATURES,
  SHAPE_DIGIT,
  SHAPE_LATIN,
  SHAPE_PUNCT,
  SHAPE_ZWNJ,
  type TagLexicon,
} from './tag-features.js';

const lexicon: TagLexicon = {
  lookup: () => -1,
  cluster: () => 0,
  pastStems: new Set(['رفت', 'خورد']),
  presentStems: new Set(['رو', 'خور']),
};

describe('canonicalForm', () => {
  it.each([
    ['كتاب', 'کتاب'],
    ['علي', 'علی'],
    ['نقطهٔ', 'نقطه'],
    ['12', '۱۲'],
    ['١٢', '۱۲'],
    ['مثلاً', 'مثلا'],
    ['NASA', 'nasa'],
    ['می‌روند', 'می‌روند'],
  ])('folds spelling variants the treebanks mix: %s → %s', (form, expected) => {
    expect(canonicalForm(form)).toBe(expected);
  });
});

describe('bareForm', () => {
  it.each([
    ['می‌روند', 'میروند'],
    ['کتاب‌ها', 'کتابها'],
  ])('drops ZWNJ so spacing variants share features: %s → %s', (form, expected) => {
    expect(bareForm(form)).toBe(expected);
  });
});

describe('wordShape', () => {
  it.each([
    ['۱۴۰۲', SHAPE_DIGIT],
    ['NASA', SHAPE_LATIN],
    ['«', SHAPE_PUNCT],
    ['می‌روند', SHAPE_ZWNJ],
  ])('marks %s with its character class', (form, bit) => {
    expect(wordShape(form) & bit).toBe(bit);
  });
});

describe('verbPattern', () => {
  it.each([['میروند'], ['نمیخوردم'], ['رفتند']])('recognises a verb built on a known stem: %s', (bare) => {
    expect(verbPattern(bare, lexicon)).not.toBe(0);
  });

  it.each([['کتاب'], ['']])('finds no verb in %j', (bare) => {
    expect(verbPattern(bare, lexicon)).toBe(0);
  });
});

describe('computeWordFacts', () => {
  it.each([[['می‌روند', 'میروند']]])('gives ZWNJ variants the same word hash: %j', (forms) => {
    const facts = computeWordFacts(forms, lexicon);
    expect(facts.word[0]).toBe(facts.word[1]);
    expect(facts.lastPiece[0]).not.toBe(facts.lastPiece[1]);
  });
});

describe('computeWordFacts with a vocabulary', () => {
  it.each([['کتاب', 'کتب']])('uses the row of %s and ignores a hash hit whose check hash differs (%s)', (known, other) => {
    const facts = Int32Array.of(111, 222, 333, -1, vocabularyCheckHash(known));
    // A vocabulary that "finds" row 0 for every hash, as a 32-bit collision would.
    const vocabulary = { find: () => 0, facts };
    const f = computeWordFacts([known, other], lexicon, vocabulary);
    expect([f.vocabRow[0], f.word[0]]).toEqual([0, 111]);
    expect(f.vocabRow[1]).toBe(-1);
  });
});

describe('context feature split', () => {
  it('gives every word of «دیروز علی به تهران رفت» 22 distinct context features, in every scheme', () => {
    const forms = ['دیروز', 'علی', 'به', 'تهران', 'رفت'];
    const facts = computeWordFacts(forms, lexicon);
    const out = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < forms.length; i++) {
      for (const scheme of [0, 1, 2]) {
        const [prevTag, prev2Tag] = i === 0 ? [-1, -2] : i === 1 ? [3, -1] : [3, 7];
        const k = extractContextFeatures(facts, forms.length, i, prevTag, prev2Tag, scheme, out, 0);
        expect(new Set(out.subarray(0, k)).size).toBe(22);
      }
    }
  });

  it('reads the sentence edges, not a word, for the first word\'s previous and the last words\' next neighbours', () => {
    const a = computeWordFacts(['دیروز', 'علی', 'رفت'], lexicon);
    const b = computeWordFacts(['کتاب', 'را', 'خواند'], lexicon);
    const edge = (f: typeof a, write: (f: typeof a, out: Int32Array) => number): number[] => {
      const out = new Int32Array(MAX_FEATURES);
      return Array.from(out.subarray(0, write(f, out)));
    };
    expect(edge(a, (f, out) => prevNeighbourFeatures(f, -1, out, 0))).toEqual(edge(b, (f, out) => prevNeighbourFeatures(f, -1, out, 0)));
    expect(edge(a, (f, out) => nextNeighbourFeatures(f, 3, 3, out, 0))).toEqual(edge(b, (f, out) => nextNeighbourFeatures(f, 3, 3, out, 0)));
    expect(edge(a, (f, out) => next2NeighbourFeatures(f, 3, 4, out, 0))).toEqual(edge(b, (f, out) => next2NeighbourFeatures(f, 3, 4, out, 0)));
    expect(edge(a, (f, out) => prevNeighbourFeatures(f, 0, out, 0))).not.toEqual(edge(b, (f, out) => prevNeighbourFeatures(f, 0, out, 0)));
  });
});
