import { describe, expect, it } from 'vitest';
import { matchQuoteMarks, trimContent } from './quote-candidate.js';

describe('matchQuoteMarks', () => {
  it.each([
    ['«الف «ب» ج»', [[0, 10], [5, 7]]],
    ['“الف” و «ب»', [[0, 4], [8, 10]]],
    ['«بی‌پایان', []],
    ['«سطر\nیک»', []],
  ])('pairs the marks of %j', (text, pairs) => {
    expect([...matchQuoteMarks(text)].sort((a, b) => a[0] - b[0])).toEqual(pairs);
  });
});

describe('trimContent', () => {
  it.each([
    [' «ما آماده‌ایم.» ', 'ما آماده‌ایم'],
    ['ما آماده‌ایم.  ', 'ما آماده‌ایم'],
    ['آیا آماده‌اید؟', 'آیا آماده‌اید؟'],
    ['«الف» و «ب»', '«الف» و «ب»'],
  ])('trims %j to %j', (text, expected) => {
    const span = trimContent(text, 0, text.length, matchQuoteMarks(text));
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});
