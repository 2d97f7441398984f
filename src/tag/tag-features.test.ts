import { describe, expect, it } from 'vitest';
import { bareForm, canonicalForm, computeWordFacts, verbPattern, wordShape, SHAPE_DIGIT, SHAPE_LATIN, SHAPE_PUNCT, SHAPE_ZWNJ, type TagLexicon } from './tag-features.js';

const lexicon: TagLexicon = {
  lookup: () => -1,
  autoTag: () => 0,
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
