/** Hashtags and mentions as one token: «#انتخابات_۱۴۰۰», «@isna_news». */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

function isTagChar(c: number): boolean {
  const cls = CHAR_CLASS[c]!;
  return (cls >= CharClass.ArabicLetter && cls <= CharClass.Digit) || cls === CharClass.Joiner || c === 0x5f;
}

/** Matches «#word» or «@word» at `start`; returns its end or -1. */
export function matchTag(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  const c = text.charCodeAt(start);
  if (c !== 0x23 && c !== 0x40) return -1;
  let i = start + 1;
  while (i < text.length && isTagChar(text.charCodeAt(i))) i++;
  // A trailing ZWNJ belongs to no tag.
  while (i > start + 1 && CHAR_CLASS[text.charCodeAt(i - 1)] === CharClass.Joiner) i--;
  return i > start + 1 ? i : -1;
}
