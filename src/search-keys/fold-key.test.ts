import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { foldKey, foldLetters } from './fold-key.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('foldLetters', () => {
  it.each([
    ['كتاب', 'کتاب', 'Arabic kaf → Persian keheh'],
    ['علي', 'علی', 'Arabic yeh → Persian yeh'],
    ['مصطفى', 'مصطفی', 'alef maksura → Persian yeh'],
    ['مدرسة', 'مدرسه', 'teh marbuta → heh'],
    ['خانۀ', 'خانه', 'heh with yeh above → heh'],
    ['کتـــاب', 'کتاب', 'tatweel removed'],
    ['کِتاب', 'کتاب', 'kasra removed'],
    ['۱۴۰۲', '1402', 'Persian digits → ASCII'],
    ['١٢٣', '123', 'Arabic-Indic digits → ASCII'],
    ['می‌روند', 'می‌روند', 'ZWNJ kept for the lemmatizer'],
    ['آمد', 'آمد', 'alef madda kept for the lemmatizer'],
    ['ﻻ', 'لا', 'presentation forms → letters'],
  ])('%s → %s: %s', (input, output) => {
    expect(foldLetters(input)).toBe(output);
  });
});

describe('foldKey', () => {
  it.each([
    ['می‌روند', 'میروند', 'ZWNJ removed'],
    ['آمد', 'امد', 'alef madda → alef'],
    ['تأثیر', 'تاثیر', 'hamza on alef → alef'],
    ['مؤسسه', 'موسسه', 'hamza on waw → waw'],
    ['شیء', 'شی', 'lone hamza dropped'],
    ['ABC', 'abc', 'Latin lowercased'],
  ])('%s → %s: %s', (input, output) => {
    expect(foldKey(input)).toBe(output);
  });

  it.each([
    ['مسئول', 'مسؤول'],
    ['رئیس', 'رییس'],
    ['مسئله', 'مسأله'],
    ['مسأله', 'مساله'],
    ['سؤال', 'سئوال'],
    ['پائیز', 'پاییز'],
    ['جزئی', 'جزیی'],
    ['كتاب', 'کتاب'],
    ['همه‌ی', 'همهی'],
  ])('spelling variants fold alike: %s = %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    ['کتاب', 'کتیبه'],
    ['سال', 'سؤال'],
    ['شیر', 'شیرین'],
  ])('different words stay apart: %s ≠ %s', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it.each([['\uFDC8'], ['\uFDC8\uFDC8ﻻ'], ['\uFEFE']])('leaves code points NFKC cannot map, without looping: %j', (text) => {
    expect(typeof foldKey(text)).toBe('string');
  });

  it('is idempotent and never throws on messy text', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        let once = '';
        try {
          once = foldKey(text);
        } catch (error) {
          throw new Error(`foldKey threw on ${escapeForReport(text)}: ${String(error)}`);
        }
        expect(foldKey(once)).toBe(once);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
