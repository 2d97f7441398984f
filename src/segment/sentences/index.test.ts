import { describe, expect, it } from 'vitest';
import { loadSegmentLexicon } from '../segment-lexicon.js';
import { scanTokens } from '../words/index.js';
import { findSentenceBreaks, SENTENCE_RULES } from './index.js';

/** The sentences of `text` as strings, using the rules up to and including `lastRule` (default: all). */
function sentences(text: string, lastRule?: string): string[] {
  const tokens = scanTokens({ text, lexicon: loadSegmentLexicon() });
  const upTo = lastRule === undefined ? SENTENCE_RULES.length : SENTENCE_RULES.findIndex((r) => r.id === lastRule) + 1;
  const breaks = findSentenceBreaks(text, tokens, SENTENCE_RULES.slice(0, upTo));
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (start < 0) start = tokens.start[i]!;
    if (breaks[i] === 1) {
      out.push(text.slice(start, tokens.end[i]!));
      start = -1;
    }
  }
  return out;
}

describe('SENTENCE_RULES', () => {
  it('lists every rule once, in the documented order', () => {
    expect(SENTENCE_RULES.map((r) => r.id)).toEqual([
      'break-after-terminal-punctuation',
      'break-after-ellipsis-before-capital',
      'break-after-dateline',
      'keep-bracketed-marks',
      'keep-glued-periods',
      'keep-list-markers',
      'keep-inside-guillemets',
      'extend-over-closing-marks',
      'keep-before-continuation',
      'break-at-newlines',
    ]);
  });
});

describe('break-after-terminal-punctuation', () => {
  it.each([
    ['او آمد. ما رفتیم.', ['او آمد.', 'ما رفتیم.']],
    ['چه شد؟ نمی‌دانم!', ['چه شد؟', 'نمی‌دانم!']],
    ['واقعاً!؟ بله.', ['واقعاً!؟', 'بله.']],
    ['Is it? Yes.', ['Is it?', 'Yes.']],
    ['چرا…؟ چون.', ['چرا…؟', 'چون.']],
  ])('%s', (text, expected) => {
    expect(sentences(text, 'break-after-terminal-punctuation')).toEqual(expected);
  });
});

describe('break-after-ellipsis-before-capital', () => {
  it.each([
    ['and then… The end', ['and then…', 'The end']],
    ['طاووس و بلبل… روح', ['طاووس و بلبل… روح']],
  ])('%s', (text, expected) => {
    expect(sentences(text, 'break-after-ellipsis-before-capital')).toEqual(expected);
  });
});

describe('break-after-dateline', () => {
  it.each([
    ['تهران - ایرنا: رئیس‌جمهور گفت.', ['تهران - ایرنا:', 'رئیس‌جمهور گفت.']],
    ['دهلی نو - واحد مرکزی خبر: هند اعلام کرد.', ['دهلی نو - واحد مرکزی خبر:', 'هند اعلام کرد.']],
    ['او گفت: می‌آیم.', ['او گفت: می‌آیم.']],
    ['وزیر امور خارجه کشورمان در دیدار با همتای خود - که دیروز انجام شد - گفت: خوب است.', ['وزیر امور خارجه کشورمان در دیدار با همتای خود - که دیروز انجام شد - گفت: خوب است.']],
  ])('%s', (text, expected) => {
    expect(sentences(text, 'break-after-dateline')).toEqual(expected);
  });
});

describe('keep-bracketed-marks', () => {
  it.each([
    ['او گفت (!) که می‌آید.', ['او گفت (!) که می‌آید.']],
    ['در سال ۱۳۰۰ (؟) ساخته شد.', ['در سال ۱۳۰۰ (؟) ساخته شد.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('keep-glued-periods', () => {
  it.each([
    ['مهندسان بی.ام.دبلیو آمدند.', ['مهندسان بی.ام.دبلیو آمدند.']],
    ['از DirectX.11 پشتیبانی می‌کند.', ['از DirectX.11 پشتیبانی می‌کند.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('keep-list-markers', () => {
  it.each([
    ['۱. افزایش قیمت‌ها\n۲. کاهش تورم', ['۱. افزایش قیمت‌ها', '۲. کاهش تورم']],
    ['الف. کلیات\nب. جزئیات', ['الف. کلیات', 'ب. جزئیات']],
    ['او در سال ۱۳۹۹ به دنیا آمد. ۲. سپس', ['او در سال ۱۳۹۹ به دنیا آمد.', '۲. سپس']],
    ['قیمت ۲۰. سپس', ['قیمت ۲۰.', 'سپس']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('keep-before-continuation', () => {
  it.each([
    ['see fig. and text', ['see fig. and text']],
    ['سال ۵۰۰ ق.م ، شهر', ['سال ۵۰۰ ق.م ، شهر']],
    ['گفت. ، بعد', ['گفت. ، بعد']],
    ['«چرا؟»، او پرسید.', ['«چرا؟»، او پرسید.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('keep-inside-guillemets', () => {
  it.each([
    ['گفت: «کیست؟ شما چه کسی هستید؟» به او گفتم.', ['گفت: «کیست؟ شما چه کسی هستید؟»', 'به او گفتم.']],
    ['«ما آمدیم. شما رفتید.» سپس رفت.', ['«ما آمدیم. شما رفتید.»', 'سپس رفت.']],
    ['«ما آمدیم. شما\nرفتید.»', ['«ما آمدیم.', 'شما', 'رفتید.»']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('extend-over-closing-marks', () => {
  it.each([
    ['«...ایم.» سپس رفت.', ['«...ایم.»', 'سپس رفت.']],
    ['(این مهم است.) او رفت.', ['(این مهم است.)', 'او رفت.']],
    ['او گفت "بله." سپس', ['او گفت "بله."', 'سپس']],
    ['«...است». بعد', ['«...است».', 'بعد']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('break-at-newlines', () => {
  it.each([
    ['تیتر خبر\nمتن خبر.', ['تیتر خبر', 'متن خبر.']],
    ['بند اول\r\n\r\nبند دوم', ['بند اول', 'بند دوم']],
    ['«نقل قول\nادامه»', ['«نقل قول', 'ادامه»']],
    ['سال ۵۰۰ ق.م.\nسپس', ['سال ۵۰۰ ق.م.', 'سپس']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
