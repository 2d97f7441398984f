/** fast-check generators of messy text: Persian, Arabic variants, Latin, digits, emoji, lone surrogates, controls, ZWNJ runs. */
import fc from 'fast-check';

const PIECES = [
  'می', 'ها', 'های', 'ترین', 'تر', 'رئیس', 'جمهوری', 'بین', 'المللی', 'کتاب', 'خانه', 'ای', 'است', 'گفت', 'وی', 'افزود',
  'ي', 'ك', 'ى', 'ة', 'ۀ', 'هٔ', 'ـ', '\u064E', '\u0650', '\u0651', '\u200C', '\u200C\u200C\u200C', '\u200D', '\u200F', '\u202B',
  '«', '»', '،', '؛', '؟', '.', '...', ':', '!', '(', ')', '"', ' ', '  ', '\t', '\n', '\r\n', '\u00A0',
  '۱۲۳', '١٢٣', '123', '۳٫۵', '1,000', 'abc', 'Hello', 'e.g.', 'http://x.ir/a?b=1', 'a@b.com',
  '😀', '\uD83D', '\uDE00', '\u0000', '\u0007', '\u001B', '\uFEFF', '\uFFFD', 'ﻻ', 'ﷲ',
];

/** A string built from Persian-news-like pieces and hostile characters. */
export const messyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Escapes a string so a failing case prints readably. */
export function escapeForReport(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
