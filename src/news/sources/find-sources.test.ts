import { describe, expect, it } from 'vitest';
import { scanNewsText } from '../scan/scan-news-text.js';
import { findSources } from './index.js';

function chainOf(text: string): string[] {
  return findSources(scanNewsText(text)).links.map((l) => `${l.kind}:${l.name}:${l.depth}`);
}

describe('findSources', () => {
  it.each([
    ['به گزارش ایسنا، پوتین گفت: ...', ['report:ایسنا:0']],
    ['به‌گزارش ایسنا، پوتین گفت: ...', ['report:ایسنا:0']],
    ['به گزارش ایسنا به نقل از خبرگزاری اینترفاکس، پوتین گفت: ...', ['report:ایسنا:0', 'citation:خبرگزاری اینترفاکس:1']],
    ['به گزارش ایسنا، به نقل از خبرگزاری اینترفاکس، پوتین گفت: ...', ['report:ایسنا:0', 'citation:خبرگزاری اینترفاکس:1']],
    ['به گزارش تسنیم به نقل از روزنامه وال‌استریت ژورنال، به نقل از منابع آگاه، مذاکرات ادامه دارد.', ['report:تسنیم:0', 'citation:روزنامه وال‌استریت ژورنال:1', 'citation:منابع آگاه:2']],
    ['به گزارش خبرنگار سیاسی خبرگزاری تسنیم، قالیباف گفت: ...', ['reporter:خبرگزاری تسنیم:0']],
    ['به گزارش خبرنگار ایسنا، آتش‌سوزی مهار شد.', ['reporter:ایسنا:0']],
    ['به گزارش خبرنگار اعزامی ایرنا به ژنو، مذاکرات ادامه دارد.', ['reporter:ایرنا:0']],
    ['به گزارش خبرنگار ایسنا در تبریز، آتش‌سوزی مهار شد.', ['reporter:ایسنا:0']],
    ['به گفته سخنگوی آتش‌نشانی، این حادثه تلفات نداشت.', ['according-to:سخنگوی آتش‌نشانی:0']],
    ['تهران - ایرنا - وزیر نیرو گفت: ...', ['dateline:تهران:0', 'report:ایرنا:1']],
    ['تهران- ایرنا- وزیر نیرو گفت: ...', ['dateline:تهران:0', 'report:ایرنا:1']],
    ['مسکو، ۱۵ خرداد (ایسنا) - ظریف گفت: ...', ['dateline:مسکو:0', 'report:ایسنا:1']],
    ['تهران (ایرنا) - وزیر نیرو گفت: ...', ['dateline:تهران:0', 'report:ایرنا:1']],
    ['ظریف: برجام زنده است\nمسکو - ایسنا - ظریف گفت: ...', ['dateline:مسکو:0', 'report:ایسنا:1']],
  ])('reads the chain of «%s»', (text, chain) => {
    expect(chainOf(text)).toEqual(chain);
  });

  it.each([
    ['پوتین در دیدار با اسد گفت که همکاری ادامه دارد.'],
    ['سه نفر در این حادثه زخمی شدند - به گفتهٔ'],
    ['این گزارش به نقل'],
  ])('finds no source in «%s»', (text) => {
    expect(chainOf(text)).toEqual([]);
  });

  it('spans the whole link phrase: «به گزارش ایسنا»', () => {
    const text = 'به گزارش ایسنا، پوتین گفت: ...';
    const [link] = findSources(scanNewsText(text)).links;
    expect(text.slice(link!.start, link!.end)).toBe('به گزارش ایسنا');
  });
});
