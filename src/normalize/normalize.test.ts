import { describe, expect, it } from 'vitest';
import { DabirError } from '../errors.js';
import { bundledTexts } from '../../bench/bench-corpus.js';
import { NORMALIZE_PASSES, NORMALIZE_RULES, normalize, type NormalizeOptions } from './index.js';

const NO_ZWNJ: NormalizeOptions = { restoreZwnj: false };

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DabirError) return e.code;
    throw e;
  }
  return undefined;
}

describe('normalize: the composition of passes', () => {
  it('lists its passes in order, so the list reads as the algorithm', () => {
    expect(NORMALIZE_PASSES.map((p) => p.name)).toEqual(['fold-characters', 'compose-hamza', 'convert-quotes', 'fix-spacing', 'restore-zwnj']);
  });

  it.each([
    ['folds letters and digits, fixes spacing', 'رئيس  جمهور روسيه گفت :ما ١٠درصد', 'رئیس جمهور روسیه گفت: ما ۱۰ درصد'],
    ['a wire dateline', 'تهران ـ ايرنا ـ وزير امور خارجه ,  روز دوشنبه گفت :', 'تهران ـ ایرنا ـ وزیر امور خارجه، روز دوشنبه گفت:'],
    ['a quote with Arabic letters and stray marks', '\u200fبه گزارش ايسنا ،\u200f« پوتين » گفت', 'به گزارش ایسنا، «پوتین» گفت'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(normalize(input, NO_ZWNJ).text).toBe(expected);
  });

  it('reports each edit in final-text and input offsets: «كتاب  ها» → «کتاب ها»', () => {
    const input = 'xكتاب  ها';
    const r = normalize(input, NO_ZWNJ);
    expect(r.text).toBe('xکتاب ها');
    expect(r.edits).toEqual([
      { start: 1, end: 2, sourceStart: 1, sourceEnd: 2, rule: 'fold/arabic-kaf' },
      { start: 5, end: 6, sourceStart: 5, sourceEnd: 7, rule: 'spacing/collapse' },
    ]);
    expect(r.map.toSource(6)).toBe(7);
    expect(r.map.toSource(r.text.length)).toBe(input.length);
  });

  it('maps a later pass’s edit back through an earlier one: «\\u200fگفت ،» ', () => {
    const input = '\u200f\u200fگفت ، ما';
    const r = normalize(input, NO_ZWNJ);
    expect(r.text).toBe('گفت، ما');
    const spacing = r.edits.find((e) => e.rule === 'spacing/before-punctuation')!;
    expect(spacing).toMatchObject({ start: 3, end: 3, sourceStart: 5, sourceEnd: 6 });
    expect(input.slice(spacing.sourceStart, spacing.sourceEnd)).toBe(' ');
  });

  it('returns an identity map and no edits for text that is already normal', () => {
    const r = normalize('کتاب را خواندم.', NO_ZWNJ);
    expect(r.edits).toEqual([]);
    expect(r.map.isIdentity).toBe(true);
  });

  it('restores ZWNJ by default and not with restoreZwnj: false («میروم»)', () => {
    expect(normalize('میروم', NO_ZWNJ).text).toBe('میروم');
    expect(normalize('ما میروم').text).toBe('ما می\u200cروم');
  });

  it('gives every rule id it writes a one-line explanation', () => {
    const r = normalize('كـتاب\u00a0 ١٠درصد? "سلام" …\u200f', { quotes: 'guillemets', ellipsis: 'dots', restoreZwnj: false });
    for (const e of r.edits) expect(NORMALIZE_RULES[e.rule], e.rule).toBeTypeOf('string');
  });
});

describe('normalize: options', () => {
  it.each([
    [{ digits: 'latin' }, 'سال ۱۴۰۲', 'سال 1402'],
    [{ diacritics: 'keep' }, 'مُحَمَّد', 'مُحَمَّد'],
    [{ punctuation: 'keep' }, 'چرا?', 'چرا?'],
    [{ quotes: 'guillemets' }, 'گفت " سلام "', 'گفت «سلام»'],
    [{ ellipsis: 'dots' }, 'گفت…', 'گفت...'],
    [{ fixSpacing: false }, 'گفت  :', 'گفت  :'],
    [{ separateDigits: false }, '۱۰درصد', '۱۰درصد'],
  ] as [NormalizeOptions, string, string][])('%j: %s → %s', (options, input, expected) => {
    expect(normalize(input, { ...options, restoreZwnj: false }).text).toBe(expected);
  });

  it.each([
    ['an unknown option', () => normalize('x', { digit: 'latin' } as unknown as NormalizeOptions), 'unknown-option'],
    ['a bad digits value', () => normalize('x', { digits: 'roman' } as unknown as NormalizeOptions), 'invalid-option'],
    ['a non-boolean flag', () => normalize('x', { fixSpacing: 'yes' } as unknown as NormalizeOptions), 'invalid-option'],
    ['a non-object zwnj', () => normalize('x', { zwnj: 3 } as unknown as NormalizeOptions), 'invalid-option'],
    ['an unknown zwnj option, even with restoreZwnj: false', () => normalize('x', { restoreZwnj: false, zwnj: { glue: true } } as unknown as NormalizeOptions), 'unknown-option'],
    ['options that are not an object', () => normalize('x', 'fast' as unknown as NormalizeOptions), 'invalid-argument'],
    ['a text that is not a string', () => normalize(42 as unknown as string), 'invalid-argument'],
    ['null text', () => normalize(null as unknown as string), 'invalid-argument'],
  ])('rejects %s with a coded DabirError', (_name, f, code) => {
    expect(codeOf(f)).toBe(code);
  });

  it('names the bad option and the allowed values in the message', () => {
    expect(() => normalize('x', { digits: 'roman' } as unknown as NormalizeOptions)).toThrow(
      /option "digits" must be one of "persian", "latin", "keep", got "roman"/,
    );
  });
});

describe('normalize: hostile input', () => {
  it.each([
    ['empty string', '', ''],
    ['NUL', '\u0000', ''],
    ['lone surrogates', '\ud800a\udc00', '\ufffda\ufffd'],
    ['a run of ZWNJs alone', '\u200c'.repeat(50), ''],
    ['mixed Latin and Persian', 'iPhone 15 و COVID-19 در 2020', 'iPhone 15 و COVID-19 در ۲۰۲۰'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(normalize(input, NO_ZWNJ).text).toBe(expected);
  });

  it('handles a 1 MB string and keeps its length close', () => {
    const unit = 'كتاب\u00a0 ها، ١٢٣ \u200f';
    const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = normalize(input, NO_ZWNJ);
    expect(r.text.startsWith('کتاب ها، ۱۲۳ کتاب')).toBe(true);
    expect(r.map.textLength).toBe(r.text.length);
    expect(r.map.toSource(r.text.length)).toBe(input.length);
  });
});

describe('normalize: idempotence on real articles', () => {
  // The property tests draw random strings, which rarely hold a strong pair and a «می‌» together; the
  // bundled articles do, in each of the three ZWNJ styles a scraper may deliver.
  const styles: [string, (t: string) => string][] = [
    ['as written', (t) => t],
    ['ZWNJs deleted', (t) => t.split('\u200C').join('')],
    ['ZWNJs spaced', (t) => t.split('\u200C').join(' ')],
  ];
  it.each(styles)('a second run changes no bundled text (%s)', (_style, degrade) => {
    const unstable = bundledTexts()
      .map(degrade)
      .filter((text) => {
        const once = normalize(text).text;
        return normalize(once).text !== once;
      });
    expect(unstable).toEqual([]);
  });
});
