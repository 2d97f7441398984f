import { describe, expect, it } from 'vitest';
import { convertQuotes } from './convert-quotes.js';

describe('convertQuotes', () => {
  it.each([
    ['straight quotes around Persian', 'گفت "سلام" و رفت', 'گفت «سلام» و رفت'],
    ['curly quotes around Persian', 'گفت “سلام” و رفت', 'گفت «سلام» و رفت'],
    ['two pairs on one line', '"الف" و "ب"', '«الف» و «ب»'],
    ['a pair around Latin text stays', 'نرم‌افزار "OK" است', 'نرم‌افزار "OK" است'],
    ['an unpaired quote stays', 'گفت "سلام', 'گفت "سلام'],
    ['pairs do not cross lines', 'گفت "سلام\nو "رفت', 'گفت "سلام\nو "رفت'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(convertQuotes(input).text).toBe(expected);
  });

  it('names the rule punct/guillemets on both quotes', () => {
    expect(convertQuotes('"سلام"').edits.map((e) => e.rule)).toEqual(['punct/guillemets', 'punct/guillemets']);
  });
});
