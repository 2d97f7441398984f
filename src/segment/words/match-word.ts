/**
 * Words: a run of Arabic-script letters with marks and ZWNJ inside («کتاب‌ها», «هٔ»), or a run of
 * Latin/other letters and digits with inner hyphens, apostrophes and underscores («COVID-19»,
 * «O'Neil»). A change of script ends the word, so «ایرانApple» gives two tokens.
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

function isArabicPart(cls: number): boolean {
  return cls === CharClass.ArabicLetter || cls === CharClass.Mark || cls === CharClass.Joiner;
}

function isAlnumPart(cls: number): boolean {
  return (cls >= CharClass.Mark && cls <= CharClass.Digit) || cls === CharClass.Joiner;
}

/** Inner punctuation that joins two alphanumerics of a Latin word. */
function isInnerJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x5f;
}

/** Matches a word at `start` (a letter or mark); returns its end or -1. */
export function matchWord(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  const n = text.length;
  const first = CHAR_CLASS[text.charCodeAt(start)]!;
  let i = start + 1;
  if (first === CharClass.ArabicLetter || first === CharClass.Mark) {
    while (i < n && isArabicPart(CHAR_CLASS[text.charCodeAt(i)]!)) i++;
    return i;
  }
  if (!isAlnumPart(first)) return -1;
  for (;;) {
    while (i < n && isAlnumPart(CHAR_CLASS[text.charCodeAt(i)]!)) i++;
    if (i + 1 < n && isInnerJoiner(text.charCodeAt(i))) {
      const next = CHAR_CLASS[text.charCodeAt(i + 1)]!;
      if (next >= CharClass.LatinLower && next <= CharClass.Digit) {
        i += 2;
        continue;
      }
    }
    return i;
  }
}
