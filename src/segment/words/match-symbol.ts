/**
 * Symbols and emoji as one token each: a surrogate pair stays whole, with its variation selectors,
 * skin tones and ZWJ sequences («👍🏽», «👨‍👩‍👧»); a lone surrogate is a token of its own.
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

function isPair(text: string, i: number): boolean {
  return (
    i + 1 < text.length &&
    CHAR_CLASS[text.charCodeAt(i)] === CharClass.HighSurrogate &&
    CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.LowSurrogate
  );
}

/** Matches one symbol with its modifiers at `start`; returns its end. */
export function matchSymbol(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  let i = isPair(text, start) ? start + 2 : start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 0xfe00 && c <= 0xfe0f) {
      i++;
    } else if (c === 0xd83c && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) {
      i += 2;
    } else if (c === 0x200d && isPair(text, i + 1)) {
      i += 3;
    } else if (c === 0x20e3) {
      i++;
    } else {
      return i;
    }
  }
}
