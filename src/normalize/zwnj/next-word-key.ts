/**
 * The next-word context of a glued «…های» («حرف‌های او» vs «حرفه‌ای که»): what follows a word, in the
 * same shape for the trainer (gold text) and the scan (input text), so their tables agree.
 */
import { WORD_CHAR_0600, ZWNJ } from './char-classes.js';

/** Punctuation that ends a phrase: a plural with ezafe («‌های») cannot stand before it. */
function isClosingPunctuation(c: number): boolean {
  return (
    c === 0x2e || c === 0x060c || c === 0x061b || c === 0x3a || c === 0x21 || c === 0x061f || c === 0x3f ||
    c === 0xbb || c === 0x29 || c === 0x0a || c === 0x0d || c === 0x06d4
  );
}

/**
 * The word after `end` (after at most one space) with its ZWNJs dropped, '.' before closing punctuation
 * or the end of the text, undefined before anything else (digits, Latin, two spaces). «حرفهای که» → «که».
 */
export function nextWordKey(text: string, end: number): string | undefined {
  let k = end;
  if (k < text.length && text.charCodeAt(k) === 0x20) k++;
  if (k >= text.length) return '.';
  const c = text.charCodeAt(k);
  if (c >= 0x0600 && c <= 0x06ff && WORD_CHAR_0600[c - 0x0600] === 1) {
    let out = '';
    let from = k;
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (d === ZWNJ) {
        out += text.slice(from, k);
        from = k + 1;
      } else if (d < 0x0600 || d > 0x06ff || WORD_CHAR_0600[d - 0x0600] === 0) break;
      k++;
    }
    return out + text.slice(from, k);
  }
  return isClosingPunctuation(c) ? '.' : undefined;
}
