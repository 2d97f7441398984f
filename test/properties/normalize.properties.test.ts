/**
 * Property tests of normalize() (issue #2): over messy text it never throws, is idempotent, keeps
 * every letter (after the agreed folding), maps every output offset monotonically into the input,
 * and reports well-formed edits. Failing inputs are printed escaped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/doc.js';
import { validateDoc } from '../../src/doc/validate-doc.js';
import { normalize, type NormalizeOptions } from '../../src/normalize/index.js';
import { escapeForReport, messyText } from '../arbitraries.js';
import { propertyRuns } from '../property-runs.js';

const OPTION_SETS: readonly NormalizeOptions[] = [
  {},
  { restoreZwnj: false },
  { digits: 'latin', diacritics: 'keep', quotes: 'guillemets', ellipsis: 'dots', restoreZwnj: false },
  { digits: 'keep', diacritics: 'remove-all', punctuation: 'keep', separateDigits: false },
  { fixSpacing: false, restoreZwnj: false },
  { quotes: 'guillemets', diacritics: 'keep' },
];

/** Pieces that meet the folding and spacing rules' edge cases: dots, acronyms, numbers, addresses, brackets. */
const RULE_PIECES = [
  '.', '. ', ' .', ':', '!', '،', '؛', '؟', '…', '«', '»', '(', ')', '[', ']', ' ', '  ', '\n', 'ه', 'ش', 'یو', 'اس', 'بی',
  'است', 'وی', '۱۰', '12', '٣', 'ام', 'ها', 'درصد', 'http://a.ir/', 'x@y', 'COVID', '-', ',', '?', ';', '"', 'ة', 'ال',
  'ـ', '\u200c', '\u064b', '\u0654', 'ا', 'و', 'ي', 'ى', '\u0653', '\u200f', 'ﻻ', 'ﺓ', '\u00a0', '\t', 'NET',
];
const ruleText = fc.array(fc.constantFrom(...RULE_PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

/**
 * Phrases that meet the ZWNJ pass's text-level decisions, each in the three styles a scraper delivers
 * (ZWNJ kept, deleted, spaced): strong pairs («بین‌المللی»), compounds, «می‌» verbs, plurals, clitics;
 * joined by spaces in any order, so a text may show stripped, spaced and correct ZWNJs together.
 */
const ZWNJ_PHRASES = [
  'بین\u200cالمللی', 'ایران\u200cخودرو', 'رئیس\u200cجمهوری', 'توافق\u200cنامه', 'ثبت\u200cنام', 'عقب\u200cافتاده',
  'می\u200cبیند', 'نمی\u200cگوید', 'می\u200cشود', 'کتاب\u200cها', 'سال\u200cهای', 'خانه\u200cای', 'داده\u200cاند',
  'بی\u200cرمقی', 'دانش\u200cآموزانش', 'آرامستان\u200cهای', 'را', 'و', 'گفت',
].flatMap((p) => [p, p.split('\u200c').join(''), p.split('\u200c').join(' ')]);
const wordText = fc.array(fc.constantFrom(...ZWNJ_PHRASES), { maxLength: 12 }).map((parts) => parts.join(' '));

const inputs = fc.oneof(
  { weight: 4, arbitrary: messyText },
  { weight: 3, arbitrary: ruleText },
  { weight: 2, arbitrary: wordText },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);

/**
 * The agreed letter folding: what a letter may become. Arabic variants fold to Persian letters and
 * letters with a hamza or madda count as their base letter (a mark may compose with it: ا + ٓ → آ).
 */
const LETTER_FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ے': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ڪ': 'ک', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه',
  'ۃ': 'ه', 'ة': 'ه', 'ٱ': 'ا', 'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ؤ': 'و',
};

/** The letters of `s` in order, each folded as agreed; presentation forms count as their NFKC letters. */
function letterSkeleton(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const plain = (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe) ? ch.normalize('NFKC') : ch;
    for (const p of plain) {
      if (!/\p{L}/u.test(p) || p === '\u0640') continue;
      out += LETTER_FOLD[p] ?? p;
    }
  }
  return out;
}

function digitValues(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) out += ch;
    else if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
  }
  return out;
}

function check(name: string, property: (x: string, o: NormalizeOptions) => void): void {
  it(name, () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...OPTION_SETS), (x, o) => {
        try {
          property(x, o);
        } catch (e) {
          throw new Error(`input ${escapeForReport(x)} options ${JSON.stringify(o)}: ${(e as Error).message}`);
        }
      }),
      { numRuns: propertyRuns(1500) },
    );
  });
}

describe('normalize properties', () => {
  check('never throws and returns a string', (x, o) => {
    expect(typeof normalize(x, o).text).toBe('string');
  });

  check('is idempotent: normalizing its own output changes nothing', (x, o) => {
    const once = normalize(x, o).text;
    const twice = normalize(once, o).text;
    expect(escapeForReport(twice)).toBe(escapeForReport(once));
  });

  check('keeps every letter (after the agreed folding) and the value of every digit', (x, o) => {
    const out = normalize(x, o).text;
    expect(escapeForReport(letterSkeleton(out))).toBe(escapeForReport(letterSkeleton(x)));
    expect(digitValues(out)).toBe(digitValues(x));
  });

  check('maps every output offset monotonically into [0, input length]', (x, o) => {
    const r = normalize(x, o);
    expect(r.map.textLength).toBe(r.text.length);
    expect(r.map.sourceLength).toBe(x.length);
    let prev = 0;
    for (let k = 0; k <= r.text.length; k++) {
      const s = r.map.toSource(k);
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(s).toBeLessThanOrEqual(x.length);
      prev = s;
    }
    expect(validateDoc(createDoc(x, r.text, r.map, r.edits))).toEqual([]);
  });

  check('reports well-formed edits, sorted, inside both texts', (x, o) => {
    const r = normalize(x, o);
    let prevStart = 0;
    for (const e of r.edits) {
      expect(e.start).toBeGreaterThanOrEqual(prevStart);
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(e.end).toBeLessThanOrEqual(r.text.length);
      expect(e.sourceStart).toBeGreaterThanOrEqual(0);
      expect(e.sourceStart).toBeLessThanOrEqual(e.sourceEnd);
      expect(e.sourceEnd).toBeLessThanOrEqual(x.length);
      expect(e.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
      prevStart = e.start;
    }
    if (r.text !== x) expect(r.edits.length).toBeGreaterThan(0);
  });
});
