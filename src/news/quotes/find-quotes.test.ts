import { describe, expect, it } from 'vitest';
import { findAttributions } from '../find-attributions.js';

interface Seen {
  kind: string;
  content: string;
  cue: string | null;
  speaker: string | null;
}

function quotesOf(text: string): Seen[] {
  return findAttributions(text).quotes.map((q) => ({
    kind: q.kind,
    content: text.slice(q.start, q.end),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    speaker: q.speaker?.name ?? null,
  }));
}

describe('findQuotes: one pattern each', () => {
  it.each<[string, string, Seen]>([
    ['direct after a verb and a colon', 'او در جمع نیروهای روسی گفت: ما به پیروزی نزدیک هستیم.',
      { kind: 'direct', content: 'ما به پیروزی نزدیک هستیم', cue: 'گفت', speaker: 'او' }],
    ['direct in «» after the colon', 'اسد تصریح کرد: «سوریه تسلیم نمی‌شود.»',
      { kind: 'direct', content: 'سوریه تسلیم نمی‌شود', cue: 'تصریح کرد', speaker: 'اسد' }],
    ['direct in “” after the colon', 'پوتین گفت: “مسکو آماده گفت‌وگو است.”',
      { kind: 'direct', content: 'مسکو آماده گفت‌وگو است', cue: 'گفت', speaker: 'پوتین' }],
    ['direct in «» right after the verb', 'پوتین گفت «مسکو آماده گفت‌وگو است.»',
      { kind: 'direct', content: 'مسکو آماده گفت‌وگو است', cue: 'گفت', speaker: 'پوتین' }],
    ['a headline with «خطاب به»', 'اسد خطاب به پوتین: از حمایت روسیه سپاسگزاریم\nمتن خبر.',
      { kind: 'headline', content: 'از حمایت روسیه سپاسگزاریم', cue: 'خطاب به', speaker: 'اسد' }],
    ['a headline «X: ...»', 'ظریف: برجام هنوز زنده است\nمتن خبر.',
      { kind: 'headline', content: 'برجام هنوز زنده است', cue: null, speaker: 'ظریف' }],
    ['a headline wrapped in «»', '«وزیر نیرو: بحران آب جدی است»\nمتن خبر.',
      { kind: 'headline', content: 'بحران آب جدی است', cue: null, speaker: 'وزیر نیرو' }],
    ['indirect with «که»', 'کرملین روز دوشنبه اعلام کرد که دیداری برنامه‌ریزی نشده است.',
      { kind: 'indirect', content: 'دیداری برنامه‌ریزی نشده است', cue: 'اعلام کرد', speaker: 'کرملین' }],
    ['indirect after a comma', 'رئیس کل بانک مرکزی تاکید کرد، نرخ ارز با ثبات خواهد بود.',
      { kind: 'indirect', content: 'نرخ ارز با ثبات خواهد بود', cue: 'تاکید کرد', speaker: 'رئیس کل بانک مرکزی' }],
    ['indirect «به گفته X،»', 'به گفته سخنگوی آتش‌نشانی، این حادثه تلفات جانی نداشت.',
      { kind: 'indirect', content: 'این حادثه تلفات جانی نداشت', cue: 'به گفته', speaker: 'سخنگوی آتش‌نشانی' }],
    ['«...» with the speaker after it', '«ما عجله‌ای برای مذاکره نداریم.» این را عباس عراقچی در حاشیه نشست گفت.',
      { kind: 'guillemet', content: 'ما عجله‌ای برای مذاکره نداریم', cue: 'گفت', speaker: 'عباس عراقچی' }],
    ['«...»، then the speaker and the verb', '«هیچ توافقی بدون رفع تحریم‌ها امضا نمی‌شود»، محمد جمشیدی در شبکه ایکس نوشت.',
      { kind: 'guillemet', content: 'هیچ توافقی بدون رفع تحریم‌ها امضا نمی‌شود', cue: 'نوشت', speaker: 'محمد جمشیدی' }],
    ['«...»؛ then «این جمله‌ای بود که» and the speaker', '«اقتصاد از تحریم عبور کرده است»؛ این جمله‌ای بود که رئیس کل گمرک در بوشهر بر زبان آورد.',
      { kind: 'guillemet', content: 'اقتصاد از تحریم عبور کرده است', cue: 'بر زبان آورد', speaker: 'رئیس کل گمرک' }],
  ])('%s: «%s»', (_pattern, text, expected) => {
    expect(quotesOf(text)).toEqual([expected]);
  });

  it('runs a bare quote over the next sentences until a new attribution: «... گفت: الف. ب. وی افزود: ج.»', () => {
    const text = 'مکرون گفت: اروپا باید خودکفا شود. این کار زمان می‌برد. وی افزود: ما آماده‌ایم.';
    expect(quotesOf(text).map((q) => q.content)).toEqual(['اروپا باید خودکفا شود. این کار زمان می‌برد', 'ما آماده‌ایم']);
  });

  it('runs a bare quote over a sentence whose reporting verb is a future promise: «پاسخ خواهد داد»', () => {
    const text = 'وزارت امور خارجه اعلام کرد: این قطعنامه سیاسی است. ایران به آن پاسخ خواهد داد.';
    expect(quotesOf(text).map((q) => q.content)).toEqual(['این قطعنامه سیاسی است. ایران به آن پاسخ خواهد داد']);
  });

  it('ends a bare quote before a sentence that opens with «او»: narration about the speaker', () => {
    const text = 'رئیس‌جمهور تصریح کرد: هیچ مسئولی نباید فرار کند. او همچنین خواستار شفافیت شد.';
    expect(quotesOf(text).map((q) => q.content)).toEqual(['هیچ مسئولی نباید فرار کند']);
  });

  it('ends a bare quote at the paragraph end', () => {
    const text = 'ریاست جمهوری سوریه اعلام کرد: اسد به مسکو رفته است.\nاین بیانیه جزئیاتی نداد.';
    expect(quotesOf(text).map((q) => q.content)).toEqual(['اسد به مسکو رفته است']);
  });

  it('reads the statement folded into «با بیان اینکه ...،» and the main quote after it', () => {
    const text = 'او با بیان اینکه بودجه باید واقع‌بینانه باشد، تصریح کرد: دولت باید گزارش بدهد.';
    expect(quotesOf(text).map((q) => [q.kind, q.content, q.cue])).toEqual([
      ['indirect', 'بودجه باید واقع‌بینانه باشد', 'با بیان اینکه'],
      ['direct', 'دولت باید گزارش بدهد', 'تصریح کرد'],
    ]);
  });

  it.each([
    ['a negated cue «تصریح نکرد»', 'وزیر نفت تصریح نکرد که سهمیه سوخت تغییر خواهد کرد.', true],
    ['a negated present «نمی‌گوید»', 'گیل نمی‌گوید که بحران به رکود منجر می‌شود.', true],
    ['an affirmative cue «گفت»', 'وزیر نفت گفت که قیمت بنزین افزایش نمی‌یابد.', false],
  ])('marks %s as negated=%s', (_label, text, negated) => {
    const [q] = findAttributions(text).quotes;
    expect(q?.negated).toBe(negated);
  });

  it.each([
    ['a verb with an object «را اعلام کرد»', 'وزارت آموزش و پرورش برنامه امتحانات را اعلام کرد.'],
    ['a name in «»', 'به گزارش مهر، طرح «مدرسه هوشمند» از مهرماه اجرا می‌شود.'],
    ['a confirmation with an object', 'سخنگوی پنتاگون اما این گزارش‌ها را تایید نکرد.'],
    ['«از ... خبر داد»', 'استاندار اصفهان از آغاز طرح انتقال آب خبر داد.'],
    ['a label line «منبع: ...»', 'منبع: خبرگزاری ایسنا\nمتن خبر.'],
    ['an impersonal «می‌توان گفت که»', 'در ایران می‌توان گفت که نیایش کارکردی برتر داشته است.'],
    ['a relative clause «که می‌گویم،»', 'تفکر سکولار که می‌گویم، اعم از دیدگاه‌های سلطنتی و استبدادی است.'],
    ['a relative clause between commas', 'ابوعلی سینا، که به او ابن سینا هم می‌گفتند، کتاب‌های بسیاری نوشت.'],
  ])('finds no quote in %s: «%s»', (_label, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('keeps speech reported inside a quote as part of it: «گفت: ... اعلام کرد که ...»', () => {
    const text = 'وزیر گفت: دولت اعلام کرد که یارانه‌ها ادامه می‌یابد.';
    expect(quotesOf(text).map((q) => q.content)).toEqual(['دولت اعلام کرد که یارانه‌ها ادامه می‌یابد']);
  });
});
