import { describe, expect, it } from 'vitest';
import { EMPTY_SEGMENT_LEXICON, loadSegmentLexicon, parseSegmentLexicon, SEGMENT_LEXICON_FORMAT } from '../segment-lexicon.js';
import { findCliticSplits, proposeCliticSplit } from './split-clitics.js';

/** A tiny fixture lexicon, so the rule shapes are tested apart from the shipped lists. */
const fixture = parseSegmentLexicon({
  formatVersion: SEGMENT_LEXICON_FORMAT,
  hosts: ['امیدوار', 'کتاب', 'کار', 'خانواده', 'آرام', 'پدر', 'شما', 'زندگی', 'مردم', 'بیجا'].join('\n'),
  adjectives: ['امیدوار', 'معتقد', 'بالغ'].join('\n'),
  pastStems: ['گرفت', 'گشت'].join('\n'),
  blocked: 'آرامش',
  overrides: 'اینست\t3\nکارش\t',
  abbreviations: '',
});

describe('proposeCliticSplit', () => {
  it.each([
    ['کتابش', 4],
    ['کتابشان', 4],
    ['کارهایش', 6],
    ['کتاب‌هایمان', 8],
    ['خانواده‌اش', 8],
    ['زندگی‌شان', 6],
    ['بیجایشان', 4],
    ['مرا', 1],
    ['خودش', 3],
    ['امیدوارم', 7],
    ['امیدواریم', 7],
    ['معتقدند', 5],
    ['بالغ‌تریم', 7],
    ['شماست', 3],
    ['رفتگی‌اش', 6],
    ['اهریمنی‌ام', 8],
  ])('splits %s at %i', (word, at) => {
    expect(proposeCliticSplit(word, fixture)).toBe(at);
  });

  it.each([
    ['کتاب', 'no clitic'],
    ['میزش', 'unknown host'],
    ['کتابهاش', 'informal, no «ی»'],
    ['مردمان', 'plural in «ان»'],
    ['گرفته‌اند', 'participle + «اند» is a verb'],
    ['برگشته‌ام', 'participle with a preverb + «ام» is a verb'],
    ['نگرفته‌ام', 'negated participle + «ام» is a verb'],
    ['زندگی‌ش', 'one-letter clitic after ZWNJ'],
    ['کتاب‌ای', 'not a clitic ending'],
  ])('keeps %s whole (%s)', (word) => {
    expect(proposeCliticSplit(word, fixture)).toBe(-1);
  });

  it('needs a lexicon: with an empty one only «مرا», «ترا» and «خود» split', () => {
    expect(['کتابش', 'مرا', 'خودش'].map((w) => proposeCliticSplit(w, EMPTY_SEGMENT_LEXICON))).toEqual([-1, 1, 3]);
  });
});

describe('findCliticSplits', () => {
  it.each([
    ['آرامش', []],
    ['اینست', [3]],
    ['کارش', []],
    ['کتابش', [4]],
  ])('applies blocked words and overrides first: %s → %j', (word, expected) => {
    expect(findCliticSplits(word, fixture)).toEqual(expected);
  });

  it.each([
    ['کتابش', [4]],
    ['پدرم', [3]],
    ['خانواده‌اش', [8]],
    ['آرامش', []],
    ['ارزش', []],
    ['بالش', []],
    ['رفت', []],
    ['دوستان', []],
  ])('with the shipped lexicon: %s → %j', (word, expected) => {
    expect(findCliticSplits(word, loadSegmentLexicon())).toEqual(expected);
  });
});
