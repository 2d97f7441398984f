import { describe, expect, it } from 'vitest';
import { fixSpacing } from './fix-spacing.js';

function space(text: string, separateDigits = true): string {
  return fixSpacing(text, { separateDigits }).text;
}

describe('fixSpacing: white space', () => {
  it.each([
    ['collapses runs of spaces and tabs', 'گفت  که\t\tما', 'گفت که ما'],
    ['turns a lone tab into a space', 'گفت\tکه', 'گفت که'],
    ['trims line ends and starts, keeps every line', '  سلام  \n  دنیا \n\n', 'سلام\nدنیا\n\n'],
    ['never merges lines', 'سطر اول\nسطر دوم', 'سطر اول\nسطر دوم'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(space(input)).toBe(expected);
  });
});

describe('fixSpacing: punctuation', () => {
  it.each([
    ['no space before Persian comma, semicolon, question mark', 'تهران ، اصفهان ؛ چرا ؟', 'تهران، اصفهان؛ چرا؟'],
    ['no space before a period or colon at a word end', 'گفت : ما رفتیم .', 'گفت: ما رفتیم.'],
    ['space after a period that a word follows', 'است.وی گفت', 'است. وی گفت'],
    ['a misplaced space moves after the period', 'است .وی گفت', 'است. وی گفت'],
    ['space after comma and colon', 'تهران،اصفهان:شیراز', 'تهران، اصفهان: شیراز'],
    ['guillemets hug their content', 'گفت: « سلام » و رفت', 'گفت: «سلام» و رفت'],
    ['a word after a closing guillemet is separated', '«سلام»گفت', '«سلام» گفت'],
    ['brackets hug their content', 'امام علی ( ع )گفت', 'امام علی (ع) گفت'],
    ['no space before ellipsis, one after', 'گفت …و رفت', 'گفت… و رفت'],
    ['exclamation', 'عجب !چه خبر', 'عجب! چه خبر'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(space(input)).toBe(expected);
  });

  it.each([
    ['decimal', 'نرخ ۳٫۵ و 3.5 درصد'],
    ['date', 'تاریخ ۱۴۰۲/۰۵/۰۱ است'],
    ['thousands', 'مبلغ 1,000 تومان'],
    ['time', 'ساعت ۱۰:۳۰ صبح'],
    ['URL with a Persian path', 'منبع https://fa.wikipedia.org/wiki/تهران.ایران است'],
    ['e-mail', 'نشانی info@irna.ir است'],
    ['abbreviation', 'سال ۱۳۵۷ ه.ش. بود'],
    ['abbreviation with a Persian letter after', 'ق.م.پیش'],
    ['dotted acronym', 'دستگاه یو.اس.بی و بی.ام.دبلیو'],
    ['Latin word after a space and period', 'فناوری .NET است'],
  ])('leaves %s alone: %s', (_name, input) => {
    expect(space(input)).toBe(input);
  });
});

describe('fixSpacing: digits and letters', () => {
  it.each([
    ['digits then a word', '۱۰درصد', '۱۰ درصد'],
    ['a word then digits', 'سال۱۴۰۲', 'سال ۱۴۰۲'],
    ['both sides', 'در۲۲بهمن', 'در ۲۲ بهمن'],
    ['ordinal suffix stays glued', '۲۰ام و ۵مین', '۲۰ام و ۵مین'],
    ['plural suffix stays glued', 'دهه ۶۰ها', 'دهه ۶۰ها'],
    ['a single letter before digits (plate, volume) stays glued', 'ج۲ و ب۱۲', 'ج۲ و ب۱۲'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(space(input)).toBe(expected);
  });

  it('leaves digits glued when separateDigits is off: «۱۰درصد»', () => {
    expect(space('۱۰درصد', false)).toBe('۱۰درصد');
  });
});

describe('fixSpacing: edits', () => {
  it.each([
    ['گفت  که', ['spacing/collapse']],
    ['گفت  \nکه', ['spacing/trim-line']],
    ['گفت ، که', ['spacing/before-punctuation']],
    ['۱۰درصد', ['spacing/digit-letter']],
  ])('names the rule: %j → %j', (input, rules) => {
    expect(fixSpacing(input, { separateDigits: true }).edits.map((e) => e.rule)).toEqual(rules);
  });
});

describe('fixSpacing: opening guillemet after punctuation', () => {
  it.each([
    ['after a comma', 'به گزارش ایسنا،«پوتین» گفت', 'به گزارش ایسنا، «پوتین» گفت'],
    ['after a colon', 'گفت:«سلام»', 'گفت: «سلام»'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(space(input)).toBe(expected);
  });
});
