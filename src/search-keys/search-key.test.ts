import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { searchKey } from './search-key.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('searchKey', () => {
  it.each([
    [['می‌روند', 'میروند', 'رفتیم', 'نمی‌رود', 'رفته‌است'], 'رفت'],
    [['كتاب‌ها', 'کتابها', 'کتاب‌ها', 'کتاب'], 'کتاب'],
    [['مسئولان', 'مسؤولان', 'مسئول', 'مسئولین'], 'مسول'],
    [['بزرگ‌ترین', 'بزرگترین', 'بزرگ'], 'بزرگ'],
    [['هم‌تیمی‌ها', 'همتیمیها', 'هم‌تیمی'], 'همتیمی'],
    [['درختان', 'درخت'], 'درخت'],
    [['اخبار', 'خبر'], 'خبر'],
    [['۱۴۰۲', '1402', '١٤٠٢'], '1402'],
  ])('indexes every spelling and inflection alike: %j → %s', (forms, key) => {
    for (const form of forms) expect(searchKey(form)).toBe(key);
  });

  it.each([
    ['می‌روند', 'VERB', 'رفت'],
    ['کند', 'VERB', 'کرد'],
    ['کارها', 'NOUN', 'کار'],
  ])('uses the UPOS when given: %s (%s) → %s', (form, upos, key) => {
    expect(searchKey(form, upos)).toBe(key);
  });

  it.each([
    ['کتاب', 'کتابخانه'],
    ['رفتند', 'گفتند'],
    ['درختان', 'دختران'],
  ])('keeps different lemmas apart: %s ≠ %s', (a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });

  it.each([[''], ['\u200c\u200c'], ['\uD83D'], ['ـ'], ['،']])('odd input %j gives a string', (form) => {
    expect(typeof searchKey(form)).toBe('string');
  });

  it('never throws on messy text and has no ZWNJ or spaces', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        let key = '';
        try {
          key = searchKey(text);
        } catch (error) {
          throw new Error(`searchKey threw on ${escapeForReport(text)}: ${String(error)}`);
        }
        expect(key).not.toMatch(/[\u200c\s]/);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
