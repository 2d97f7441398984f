/** E-mail addresses as one token: «info@isna.ir», «a.b-c@mail.example.com». */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;

function isAsciiAlnum(c: number): boolean {
  return c < 128 && CHAR_CLASS[c] >= CharClass.LatinLower && CHAR_CLASS[c] <= CharClass.Digit;
}

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Matches an e-mail address at `start`; returns its end or -1. */
export function matchEmail(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  // Length limits of RFC 5321 keep a long run of address characters from being rescanned at every token.
  let i = start;
  const localLimit = Math.min(text.length, start + MAX_LOCAL_LENGTH + 1);
  while (i < localLimit && isLocalChar(text.charCodeAt(i))) i++;
  if (i === start || i >= localLimit || text.charCodeAt(i) !== 0x40) return -1;
  i++;
  const domainStart = i;
  const domainLimit = Math.min(text.length, domainStart + MAX_DOMAIN_LENGTH);
  let lastDot = -1;
  while (i < domainLimit) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c === 0x2d) i++;
    else if (c === 0x2e && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) {
      lastDot = i;
      i++;
    } else break;
  }
  if (lastDot < domainStart || i - lastDot - 1 < 2) return -1;
  return i;
}
