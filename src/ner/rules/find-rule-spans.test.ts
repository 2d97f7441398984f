// The exact recognizers: dates, times, money and percent over word keys, with their normalized values.
import { describe, expect, it } from 'vitest';
import { wordKey } from '../word-key.js';
import { findRuleSpans } from './index.js';

function spans(sentence: string): Array<[string, string, string | undefined]> {
  const keys = sentence.split(' ').map(wordKey);
  const words = sentence.split(' ');
  return findRuleSpans(keys).map((r) => [words.slice(r.start, r.end).join(' '), r.label, r.value]);
}

describe('findRuleSpans', () => {
  it.each([
    ['روز دوشنبه ۱۵ خرداد ۱۴۰۲ در مسکو', 'روز دوشنبه ۱۵ خرداد ۱۴۰۲', '2023-06-05'],
    ['در ۲۵ مه ۲۰۲۳ اعلام شد', '۲۵ مه ۲۰۲۳', '2023-05-25'],
    ['پنجشنبه 27 خرداد 1395 برگزار شد', 'پنجشنبه 27 خرداد 1395', '2016-06-16'],
    ['از اسفند 1393 آغاز شد', 'اسفند 1393', undefined],
    ['در خرداد ماه گذشته', 'خرداد ماه', undefined],
    ['در آبان‌ماه رسید', 'آبان‌ماه', undefined],
    ['در ماه مبارک رمضان', 'ماه مبارک رمضان', undefined],
    ['در سال 2016 بود', 'سال 2016', '2016'],
    ['تاریخ ۱۴۰۲/۰۳/۱۵ ثبت شد', '۱۴۰۲/۰۳/۱۵', '2023-06-05'],
    ['روز سه شنبه گفت', 'روز سه شنبه', undefined],
    ['امروز گفت', 'امروز', undefined],
    ['هفته آینده می‌آید', 'هفته آینده', undefined],
  ])('finds the date in «%s»: «%s»', (sentence, text, value) => {
    expect(spans(sentence)).toContainEqual([text, 'DATE', value]);
  });

  it.each([
    ['ساعت ۱۰ صبح امروز رسید', 'ساعت ۱۰ صبح امروز', '10:00'],
    ['ساعت ۲۱:۳۰ آغاز شد', 'ساعت ۲۱:۳۰', '21:30'],
    ['۱۰:۳۰ رسید', '۱۰:۳۰', '10:30'],
    ['عصر دوشنبه رسید', 'عصر دوشنبه', undefined],
    ['چهارشنبه شب رسید', 'چهارشنبه شب', undefined],
    ['امشب می‌رسد', 'امشب', undefined],
  ])('finds the time in «%s»: «%s»', (sentence, text, value) => {
    expect(spans(sentence)).toContainEqual([text, 'TIME', value]);
  });

  it.each([
    ['قیمت ۲ میلیون تومان شد', '۲ میلیون تومان', '2000000 IRT'],
    ['بودجه ۵۰۰ میلیارد ریال است', '۵۰۰ میلیارد ریال', '500000000000 IRR'],
    ['۳ میلیون دلار پرداخت شد', '۳ میلیون دلار', '3000000 USD'],
    ['دو میلیون و پانصد هزار تومان', 'دو میلیون و پانصد هزار تومان', '2500000 IRT'],
    ['سه هزار و 300 میلیارد تومان', 'سه هزار و 300 میلیارد تومان', '3300000000000 IRT'],
    ['1.8 میلیارد دلاری', '1.8 میلیارد دلاری', '1800000000 USD'],
    ['۲۰۰ یورو', '۲۰۰ یورو', '200 EUR'],
    ['95000 الی 110000 ریال فروش رفت', '95000 الی 110000 ریال', '110000 IRR'],
    ['دلار 32 , 390 ریال شد', '32 , 390 ریال', '32390 IRR'],
  ])('finds the money in «%s»: «%s»', (sentence, text, value) => {
    expect(spans(sentence)).toContainEqual([text, 'MONEY', value]);
  });

  it.each([
    ['تورم ۳۵ درصد بود', '۳۵ درصد', '35'],
    ['تورم ۳۵٪ بود', '۳۵٪', '35'],
    ['رشد منفی 2.8 درصد', 'منفی 2.8 درصد', '-2.8'],
    ['20 تا 30 درصد', '20 تا 30 درصد', '30'],
    ['افزایش پنج درصدی', 'پنج درصدی', '5'],
  ])('finds the percent in «%s»: «%s»', (sentence, text, value) => {
    expect(spans(sentence)).toContainEqual([text, 'PERCENT', value]);
  });

  it.each([
    ['به گزارش خبرگزاری مهر'],
    ['یک تیر شلیک شد'],
    ['مه غلیظ بود'],
    ['می روم'],
    ['یک مقام آمریکایی گفت'],
  ])('finds nothing in «%s» (month names and numbers that are ordinary words)', (sentence) => {
    expect(spans(sentence)).toEqual([]);
  });
});
