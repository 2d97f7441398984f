import { describe, expect, it } from 'vitest';
import { scanNewsText } from '../scan/scan-news-text.js';
import { findCues } from './find-cues.js';

function cuesOf(text: string): Array<[string, string, string, boolean]> {
  return findCues(scanNewsText(text)).map((c) => [text.slice(c.start, c.end), c.lemma, c.tense, c.negated]);
}

describe('findCues', () => {
  it.each([
    ['او گفت: ...', 'گفت', 'گفت', 'past', false],
    ['وی افزود: ...', 'افزود', 'افزود', 'past', false],
    ['اسد تصریح کرد: ...', 'تصریح کرد', 'تصریح کرد', 'past', false],
    ['وزیر تأکید کرد که ...', 'تأکید کرد', 'تاکید کرد', 'past', false],
    ['وزیر تاکید‌کرد که ...', 'تاکید‌کرد', 'تاکید کرد', 'past', false],
    ['او می‌گوید: ...', 'می‌گوید', 'گفت', 'present', false],
    ['او می گوید: ...', 'می گوید', 'گفت', 'present', false],
    ['او میگوید: ...', 'میگوید', 'گفت', 'present', false],
    ['ربیعی گفته است که ...', 'گفته است', 'گفت', 'perfect', false],
    ['کارشناسان گفته‌اند که ...', 'گفته‌اند', 'گفت', 'perfect', false],
    ['وزیر اعلام کرده بود که ...', 'اعلام کرده بود', 'اعلام کرد', 'pluperfect', false],
    ['او خواهد گفت که ...', 'خواهد گفت', 'گفت', 'future', false],
    ['او نگفت که ...', 'نگفت', 'گفت', 'past', true],
    ['وزیر تاکید نکرد که ...', 'تاکید نکرد', 'تاکید کرد', 'past', true],
    ['گیل نمی‌گوید که ...', 'نمی‌گوید', 'گفت', 'present', true],
    ['استاندار یادآور شد: ...', 'یادآور شد', 'یادآور شد', 'past', false],
    ['وزیر اظهار داشت: ...', 'اظهار داشت', 'اظهار داشت', 'past', false],
    ['سخنگو خاطرنشان ساخت: ...', 'خاطرنشان ساخت', 'خاطرنشان ساخت', 'past', false],
    ['او ادامه داد: ...', 'ادامه داد', 'ادامه داد', 'past', false],
    ['دبیرکل هشدار دادند: ...', 'هشدار دادند', 'هشدار داد', 'past', false],
    ['بانک جهانی پیش‌بینی کرد که ...', 'پیش‌بینی کرد', 'پیش بینی کرد', 'past', false],
    ['همتی وعده داد که ...', 'وعده داد', 'وعده داد', 'past', false],
    ['رئیس کل گمرک بر زبان آورد.', 'بر زبان آورد', 'بر زبان آورد', 'past', false],
  ])('finds the cue in «%s»: «%s» (%s, %s, negated %s)', (text, cue, lemma, tense, negated) => {
    expect(cuesOf(text)).toEqual([[cue, lemma, tense, negated]]);
  });

  it.each([
    ['گفت‌وگو با خبرنگاران ادامه یافت.'],
    ['در ادامه نشست، وزیران عکس یادگاری گرفتند.'],
    ['این خبر در رسانه‌ها منتشر شد.'],
  ])('finds no cue in «%s»', (text) => {
    expect(cuesOf(text)).toEqual([]);
  });
});
