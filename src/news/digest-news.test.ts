import { describe, expect, it } from 'vitest';
import { scanNewsText } from './scan/scan-news-text.js';
import { digestNews } from './digest-news.js';

const article = [
  'وزارت نیرو از امضای توافقنامه آب با افغانستان خبر داد.',
  'بر اساس این توافقنامه آب رودخانه هیرمند به صورت منظم به ایران می‌رسد.',
  'وزیر نیرو گفت: توافقنامه آب نتیجه گفت‌وگوهای فشرده دو کشور است.',
  'هوای تهران امروز آفتابی بود.',
  'کارشناسان می‌گویند اجرای توافقنامه آب به نظارت دقیق نیاز دارد.',
].join(' ');

function sentencesOf(text: string): Array<{ start: number; end: number }> {
  return scanNewsText(text).sentences.map((s) => ({ start: s.start, end: s.end }));
}

describe('digestNews', () => {
  it('ranks the repeated noun phrase «توافقنامه آب» first', () => {
    const { keywords } = digestNews(article, sentencesOf(article));
    expect(keywords[0]).toMatchObject({ text: 'توافقنامه آب', score: 1 });
    expect(keywords[0]!.count).toBeGreaterThanOrEqual(3);
  });

  it.each([['وزیر'], ['گفت'], ['می‌گویند'], ['امروز'], ['این']])('never keeps the stopword or reporting verb «%s» as a keyword', (word) => {
    expect(digestNews(article, sentencesOf(article)).keywords.map((k) => k.text)).not.toContain(word);
  });

  it('keeps at most the asked number of keywords, scores in (0, 1], decreasing', () => {
    const { keywords } = digestNews(article, sentencesOf(article), { keywords: 4, summarySentences: 2 });
    expect(keywords.length).toBeLessThanOrEqual(4);
    const scores = keywords.map((k) => k.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s > 0 && s <= 1).toBe(true);
  });

  it('summarizes with the n most central sentences in text order, leaving out the off-topic weather', () => {
    const sentences = sentencesOf(article);
    const { summary } = digestNews(article, sentences, { keywords: 10, summarySentences: 3 });
    expect(summary).toHaveLength(3);
    expect(summary).toEqual([...summary].sort((a, b) => a - b));
    expect(summary).not.toContain(3);
  });

  it.each([[''], ['   '], ['۱۲۳ ۴۵۶'], ['\uD83D\u200C\u200C']])('gives an empty digest for «%s»', (text) => {
    expect(digestNews(text, sentencesOf(text))).toEqual({ keywords: [], summary: sentencesOf(text).map((_, i) => i) });
  });
});
