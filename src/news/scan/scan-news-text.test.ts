import { describe, expect, it } from 'vitest';
import { compactKey, foldKey } from './fold-key.js';
import { scanNewsText } from './scan-news-text.js';

describe('foldKey', () => {
  it.each([
    ['تأکید', 'تاکید'],
    ['رئيس', 'رییس'],
    ['كتاب', 'کتاب'],
    ['می‌گوید', 'میگوید'],
    ['آمریکا', 'امریکا'],
    ['خانۀ', 'خانه'],
    ['مـــسکو', 'مسکو'],
    ['BBC', 'bbc'],
  ])('folds %s → %s', (word, key) => {
    expect(foldKey(word)).toBe(key);
  });

  it('drops spaces in a compact key: «گفته است» → «گفتهاست»', () => {
    expect(compactKey('گفته  است')).toBe('گفتهاست');
  });
});

describe('scanNewsText', () => {
  const sentencesOf = (text: string): string[] => scanNewsText(text).sentences.map((s) => text.slice(s.start, s.end));

  it.each([
    ['وی گفت: «ما آماده‌ایم. جنگ تمام شد.» او افزود: بله.', ['وی گفت: «ما آماده‌ایم. جنگ تمام شد.»', 'او افزود: بله.']],
    ['نرخ تورم ۳.۵ درصد شد. بانک مرکزی اعلام کرد.', ['نرخ تورم ۳.۵ درصد شد.', 'بانک مرکزی اعلام کرد.']],
    ['آیا می‌آیی؟ بله!', ['آیا می‌آیی؟', 'بله!']],
    ['تیتر خبر\nمتن خبر.', ['تیتر خبر', 'متن خبر.']],
    ['«بی‌پایان. و ادامه\nسطر بعد.', ['«بی‌پایان. و ادامه', 'سطر بعد.']],
  ])('splits %j into sentences', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('keeps ZWNJ inside a word and counts paragraphs: «می‌گوید»', () => {
    const nt = scanNewsText('او می‌گوید\n\nسلام');
    expect(nt.wordKey).toEqual(['او', 'میگوید', 'سلام']);
    expect(nt.paragraphs).toHaveLength(2);
  });

  it.each([[''], ['\uD83D'], ['\u200C\u200C\u200C'], ['...'], ['\n\n\n']])('gives no words for %j', (text) => {
    expect(scanNewsText(text).wordCount).toBe(0);
  });
});
