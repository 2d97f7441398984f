import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { searchKeysOfText, textKeys } from './text-keys.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('searchKeysOfText', () => {
  it.each([['می‌روند'], ['میروند'], ['می روند']])('indexes %s as the single key «رفت»', (text) => {
    expect(searchKeysOfText(text)).toEqual(['رفت']);
  });

  it.each([['كتاب‌ها'], ['کتابها'], ['کتاب ها'], ['کتاب‌ها']])('indexes %s as the single key «کتاب»', (text) => {
    expect(searchKeysOfText(text)).toEqual(['کتاب']);
  });

  it('gives no key to punctuation: «رفتند.» → [«رفت»]', () => {
    expect(searchKeysOfText('رفتند.')).toEqual(['رفت']);
  });

  it('keys a sentence word by word: «دانشجویان به کتابخانه رفتند» → دانشجو به کتابخانه رفت', () => {
    expect(searchKeysOfText('دانشجویان به کتابخانه رفتند')).toEqual(['دانشجو', 'به', 'کتابخانه', 'رفت']);
  });

  it('returns source offsets covering a merged pair: «آنها می روند» → token «می روند» at 5-12', () => {
    const keys = textKeys('آنها می روند');
    expect(keys.at(-1)).toEqual({ token: 'می روند', key: 'رفت', start: 5, end: 12 });
  });

  it.each([[''], ['   '], ['\u200c\u200c'], ['...']])('returns no keys for %j', (text) => {
    expect(searchKeysOfText(text)).toEqual([]);
  });

  it('never throws on messy text and every token is a slice of the input', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        let keys: ReturnType<typeof textKeys> = [];
        try {
          keys = textKeys(text);
        } catch (error) {
          throw new Error(`textKeys threw on ${escapeForReport(text)}: ${String(error)}`);
        }
        for (const k of keys) expect(text.slice(k.start, k.end)).toBe(k.token);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
