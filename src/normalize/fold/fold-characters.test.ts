import { describe, expect, it } from 'vitest';
import { foldCharacters, type FoldSettings } from './fold-characters.js';

const DEFAULTS: FoldSettings = { digits: 'persian', diacritics: 'remove', punctuation: 'persian', ellipsis: 'keep' };

function fold(text: string, settings: Partial<FoldSettings> = {}): string {
  return foldCharacters(text, { ...DEFAULTS, ...settings }).text;
}

function rulesOf(text: string, settings: Partial<FoldSettings> = {}): string[] {
  return foldCharacters(text, { ...DEFAULTS, ...settings }).edits.map((e) => e.rule);
}

describe('foldCharacters: Arabic letter variants', () => {
  it.each([
    ['Arabic yeh and kaf to Persian', 'كتاب علي', 'کتاب علی'],
    ['alef maksura to Persian yeh', 'حتى موسى', 'حتی موسی'],
    ['Arabic ae and heh doachashmee to heh', 'خانە ھمه', 'خانه همه'],
    ['heh with yeh above to heh + hamza above', 'خانۀ ما', 'خانهٔ ما'],
    ['word-final teh marbuta to heh', 'مدرسة علمية', 'مدرسه علمیه'],
    ['teh marbuta inside an Arabic compound stays', 'دائرةالمعارف', 'دائرةالمعارف'],
    ['alef wasla to alef', 'ٱلله', 'الله'],
    ['keeps hamza-seat letters that Persian uses', 'رئیس مسئول تأثیر مؤسسه إسلام', 'رئیس مسئول تأثیر مؤسسه إسلام'],
    ['keeps final hamza', 'شیء', 'شیء'],
    ['a madda right after alef stays for composeHamza', 'ا\u0653ب', 'ا\u0653ب'],
    ['a lone madda is a diacritic', 'ب\u0653', 'ب'],
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['كتاب', ['fold/arabic-kaf']],
    ['علي', ['fold/arabic-yeh']],
    ['خانۀ', ['fold/heh-hamza']],
  ])('names the rule of each change: %s → %j', (input, rules) => {
    expect(rulesOf(input)).toEqual(rules);
  });
});

describe('foldCharacters: digits', () => {
  it.each([
    ['Arabic-Indic digits to Persian', 'سال ١٤٠٢', 'سال ۱۴۰۲'],
    ['Latin digits to Persian', 'سال 1402 و 3.5 درصد', 'سال ۱۴۰۲ و ۳٫۵ درصد'],
    ['digits in a Latin name stay Latin', 'ویروس COVID-19 شیوع', 'ویروس COVID-19 شیوع'],
    ['digits in a URL stay Latin', 'نشانی http://x.ir/a1?b=2 است', 'نشانی http://x.ir/a1?b=2 است'],
    ['digits in an e-mail stay Latin', 'ایمیل a1@b2.com است', 'ایمیل a1@b2.com است'],
    ['a number glued to Persian is converted', 'ماده5 قانون', 'ماده۵ قانون'],
    ['a number after a Latin word stays Latin', 'گوشی iPhone 15 و Windows 10', 'گوشی iPhone 15 و Windows 10'],
    ['a number after a Persian word is converted', 'سال 2020 و iPhone', 'سال ۲۰۲۰ و iPhone'],
    ['a line starting with a number takes the next letter', '15 iPhone\n15 گوشی', '15 iPhone\n۱۵ گوشی'],
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['latin', 'سال ۱۴۰۲ و ١٤٠٢', 'سال 1402 و 1402'],
    ['keep', 'سال ۱۴۰۲ و ١٤٠٢ و 1402', 'سال ۱۴۰۲ و ١٤٠٢ و 1402'],
  ] as const)('option digits: %s: %s → %s', (digits, input, expected) => {
    expect(fold(input, { digits })).toBe(expected);
  });
});

describe('foldCharacters: kashida, diacritics, ZWNJ', () => {
  it.each([
    ['kashida inside a word goes', 'کـــتـاب', 'کتاب'],
    ['a free-standing kashida (dateline dash) stays', 'تهران ـ ایرنا ـ', 'تهران ـ ایرنا ـ'],
    ['harakat, tanwin, shadda go', 'مُحَمَّد حتماً', 'محمد حتما'],
    ['the hamza above of the ezafe stays', 'خانهٔ ما', 'خانهٔ ما'],
    ['superscript alef goes', 'رحمٰن', 'رحمن'],
    ['a ZWNJ run between letters becomes one', 'کتاب\u200c\u200c\u200cها', 'کتاب\u200cها'],
    ['a ZWNJ at a word edge goes', '\u200cکتاب\u200c ها\u200c', 'کتاب ها'],
    ['ZWNJ with kashida between letters stays one ZWNJ', 'می\u200cـروم', 'می\u200cروم'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['keep', 'مُحَمَّد خانهٔ', 'مُحَمَّد خانهٔ'],
    ['remove-all', 'مُحَمَّد خانهٔ', 'محمد خانه'],
  ] as const)('option diacritics: %s: %s → %s', (diacritics, input, expected) => {
    expect(fold(input, { diacritics })).toBe(expected);
  });
});

describe('foldCharacters: presentation forms, spaces, invisible characters', () => {
  it.each([
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['contextual letter forms', 'ﺳﻼﻡ', 'سلام'],
    ['NBSP and thin space to space', 'سلام\u00a0دنیا\u2009!', 'سلام دنیا !'],
    ['bidi marks and BOM go', '\ufeff\u200fسلام\u202b دنیا\u202c', 'سلام دنیا'],
    ['C0 and C1 controls go, tab and newline stay', 'سلام\u0000\u0007\u009b\tدنیا\n', 'سلام\tدنیا\n'],
    ['ZWJ goes', 'سل\u200dام', 'سلام'],
    ['ZWJ inside an emoji sequence stays', '👨\u200d👩', '👨\u200d👩'],
    ['CRLF and CR to LF', 'الف\r\nب\rج', 'الف\nب\nج'],
    ['lone surrogates to U+FFFD, pairs stay', '\ud83d سلام \ude00 😀', '\ufffd سلام \ufffd 😀'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('foldCharacters: Latin punctuation in Persian text', () => {
  it.each([
    ['question mark after Persian', 'چرا?', 'چرا؟'],
    ['question mark after a space', 'چرا ?', 'چرا ؟'],
    ['question mark in a URL stays', 'http://x.ir/a?b=1', 'http://x.ir/a?b=1'],
    ['comma between Persian words', 'تهران,اصفهان', 'تهران،اصفهان'],
    ['comma in a number stays', 'سال 1,000', 'سال ۱,۰۰۰'],
    ['comma in Latin text stays', 'a, b', 'a, b'],
    ['semicolon after Persian', 'گفت; سپس', 'گفت؛ سپس'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each([
    ['keep', 'چرا?', 'چرا?'],
  ] as const)('option punctuation: %s: %s → %s', (punctuation, input, expected) => {
    expect(fold(input, { punctuation })).toBe(expected);
  });

  it.each([
    ['keep', 'گفت… و ...', 'گفت… و ...'],
    ['dots', 'گفت… و ...', 'گفت... و ...'],
  ] as const)('option ellipsis: %s: %s → %s', (ellipsis, input, expected) => {
    expect(fold(input, { ellipsis })).toBe(expected);
  });
});

describe('foldCharacters: hostile input', () => {
  it.each([
    ['empty string', '', ''],
    ['only controls', '\u0000\u0001\u200f', ''],
    ['only ZWNJs', '\u200c\u200c\u200c', ''],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('returns the input itself when nothing changes (no copy, no map)', () => {
    const text = 'کتاب را خواندم.';
    const r = foldCharacters(text, DEFAULTS);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual([]);
    expect(r.map.isIdentity).toBe(true);
  });
});
