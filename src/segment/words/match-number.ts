/**
 * Numbers as one token, as in UD PerDT: decimals «۳٫۵» «3.5», thousands «۱٬۰۰۰» «1,000,000», dates
 * «۱۴۰۲/۰۵/۰۱», times «۱۰:۳۰», a glued percent sign «۵٪» «5%», and Latin alphanumerics «5G» «3D».
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

function isDigit(c: number): boolean {
  return CHAR_CLASS[c] === CharClass.Digit;
}

function digitRun(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Matches a number at `start` (a digit); returns its end or -1. */
export function matchNumber(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  if (!isDigit(text.charCodeAt(start))) return -1;
  let i = digitRun(text, start);
  while (i + 1 < text.length) {
    const c = text.charCodeAt(i);
    if (!isDigit(text.charCodeAt(i + 1))) break;
    const next = digitRun(text, i + 1);
    if (c === 0x2c) {
      // «1,000» groups thousands only with exactly three digits after the comma.
      if (next - (i + 1) !== 3) break;
    } else if (!(c === 0x2e || c === 0x66b || c === 0x66c || c === 0x2f || c === 0x3a)) {
      break;
    }
    i = next;
  }
  if (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x25 || c === 0x66a) return i + 1;
    // Latin letters glued to digits stay in the token («5G», «MP3» is handled by the word rule).
    const cls = CHAR_CLASS[c]!;
    if (cls === CharClass.LatinLower || cls === CharClass.LatinUpper) {
      while (i < text.length) {
        const k = CHAR_CLASS[text.charCodeAt(i)]!;
        if (k === CharClass.LatinLower || k === CharClass.LatinUpper || k === CharClass.Digit) i++;
        else break;
      }
    }
  }
  return i;
}
