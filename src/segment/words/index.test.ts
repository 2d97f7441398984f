import { describe, expect, it } from 'vitest';
import { loadSegmentLexicon } from '../segment-lexicon.js';
import { scanTokens, TokenKind } from './index.js';

function scan(text: string): [string, TokenKind][] {
  const t = scanTokens({ text, lexicon: loadSegmentLexicon() });
  return Array.from({ length: t.length }, (_, i) => [text.slice(t.start[i], t.end[i]), t.kind[i] as TokenKind]);
}

const surfaces = (text: string): string[] => scan(text).map(([s]) => s);

describe('scanTokens: match-url', () => {
  it.each([
    ['به http://www.isna.ir/news/14020501 بروید', 'http://www.isna.ir/news/14020501'],
    ['سایت www.irna.ir.', 'www.irna.ir'],
    ['(https://fa.wikipedia.org/wiki/Iran_(country))', 'https://fa.wikipedia.org/wiki/Iran_(country)'],
    ['منبع: isna.ir', 'isna.ir'],
    ['«https://t.me/isna»', 'https://t.me/isna'],
  ])('%s → %s', (text, url) => {
    expect(scan(text)).toContainEqual([url, TokenKind.Url]);
  });

  it.each([['file.txt'], ['e.g']])('does not take %s for a domain', (text) => {
    expect(scan(text).some(([, k]) => k === TokenKind.Url)).toBe(false);
  });
});

describe('scanTokens: match-email', () => {
  it.each([
    ['نشانی info@isna.ir است', 'info@isna.ir'],
    ['a.b-c+d@mail.example.com.', 'a.b-c+d@mail.example.com'],
    ['123@x.ir', '123@x.ir'],
  ])('%s → %s', (text, email) => {
    expect(scan(text)).toContainEqual([email, TokenKind.Email]);
  });
});

describe('scanTokens: match-tag', () => {
  it.each([
    ['#انتخابات_۱۴۰۰ داغ شد', '#انتخابات_۱۴۰۰'],
    ['از @isna_news نقل شد', '@isna_news'],
    ['#رئیس‌جمهور‌ ', '#رئیس‌جمهور'],
  ])('%s → %s', (text, tag) => {
    expect(scan(text)).toContainEqual([tag, TokenKind.Tag]);
  });

  it.each([['# ۱'], ['@ ']])('leaves a lone %j as punctuation', (text) => {
    expect(scan(text)[0]![1]).toBe(TokenKind.Punct);
  });
});

describe('scanTokens: match-number', () => {
  it.each([
    ['۳٫۵', ['۳٫۵']],
    ['3.5.', ['3.5', '.']],
    ['۱۴۰۲/۰۵/۰۱', ['۱۴۰۲/۰۵/۰۱']],
    ['۱۰:۳۰', ['۱۰:۳۰']],
    ['۱٬۰۰۰٬۰۰۰', ['۱٬۰۰۰٬۰۰۰']],
    ['1,000,000', ['1,000,000']],
    ['1,00', ['1', ',', '00']],
    ['۲۰،۳۰', ['۲۰', '،', '۳۰']],
    ['۵٪', ['۵٪']],
    ['5%', ['5%']],
    ['5G', ['5G']],
    ['۲۰ساله', ['۲۰', 'ساله']],
    ['۴ / ۷', ['۴', '/', '۷']],
  ])('%s → %j', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('scanTokens: match-abbreviation', () => {
  it.each([
    ['ه.ش.', 'ه.ش.'],
    ['ه.ق', 'ه.ق'],
    ['ق.م.', 'ق.م.'],
    ['ج.ا.ا', 'ج.ا.ا'],
    ['e.g. this', 'e.g.'],
    ['U.S. army', 'U.S.'],
    ['Dr. Smith', 'Dr.'],
    ['م. سرشار', 'م.'],
    ['J. Smith', 'J.'],
  ])('%s → %s', (text, abbreviation) => {
    expect(scan(text)[0]).toEqual([abbreviation, TokenKind.Abbreviation]);
  });

  it.each([
    ['او آمد.', ['او', 'آمد', '.']],
    ['ویتامین ث.', ['ویتامین', 'ث', '.']],
    ['a. b', ['a', '.', 'b']],
  ])('keeps the period of %s separate', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('scanTokens: match-word', () => {
  it.each([
    ['می‌روم', ['می‌روم']],
    ['کتاب‌ها،', ['کتاب‌ها', '،']],
    ['‌‌کتاب', ['کتاب']],
    ['خانه‌ ', ['خانه‌']],
    ['مُحَمَّد', ['مُحَمَّد']],
    ['ایرانApple', ['ایران', 'Apple']],
    ["O'Neil", ["O'Neil"]],
    ['COVID-19', ['COVID-19']],
    ['اینتر-میلان', ['اینتر', '-', 'میلان']],
    ['Москва', ['Москва']],
  ])('%s → %j', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('scanTokens: match-punctuation and match-symbol', () => {
  it.each([
    ['!؟', ['!', '؟'], [TokenKind.Terminal, TokenKind.Terminal]],
    ['...', ['...'], [TokenKind.Ellipsis]],
    ['…', ['…'], [TokenKind.Ellipsis]],
    ['«»', ['«', '»'], [TokenKind.Punct, TokenKind.Punct]],
    ['👍🏽', ['👍🏽'], [TokenKind.Symbol]],
    ['👨‍👩‍👧', ['👨‍👩‍👧'], [TokenKind.Symbol]],
    ['\ud83d', ['\ud83d'], [TokenKind.Symbol]],
  ])('%s', (text, expected, kinds) => {
    expect(scan(text)).toEqual(expected.map((s, i) => [s, kinds[i]]));
  });

  it.each([['\u0000\u200f\ufeff'], [' \t\u00a0']])('skips controls and spaces: %j', (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('scanTokens: line breaks', () => {
  it('records a line break and a paragraph break before tokens: «الف\\nب\\n\\nج»', () => {
    const t = scanTokens({ text: 'الف\nب\n\nج', lexicon: loadSegmentLexicon() });
    expect(Array.from(t.breakBefore.subarray(0, t.length))).toEqual([0, 1, 2]);
  });
});
