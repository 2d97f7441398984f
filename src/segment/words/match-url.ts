/**
 * URLs as one token: «http://www.isna.ir/news/1400», «www.irna.ir», bare domains «isna.ir». Trailing
 * sentence punctuation and an unbalanced closing parenthesis are left out of the URL.
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { ScanContext } from './scan-context.js';

const SCHEMES = ['http://', 'https://', 'ftp://', 'www.'];
const MAX_DOMAIN_LENGTH = 253;
const MAX_LABELS = 8;

/** Top-level domains that make «word.tld» a bare domain; a closed list keeps «file.txt» style words apart. */
const TLDS = new Set([
  'com', 'org', 'net', 'ir', 'edu', 'gov', 'info', 'io', 'co', 'uk', 'de', 'fr', 'ru', 'tv', 'me', 'news', 'biz', 'int',
  'ac', 'af', 'tj', 'us', 'eu', 'ca', 'au', 'in', 'cn', 'jp', 'tr', 'iq', 'ae', 'sa', 'app', 'dev', 'ai', 'online', 'site',
]);

function startsWithAt(text: string, start: number, prefix: string): boolean {
  if (start + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters that end a URL: whitespace, guillemets, quotes, angle brackets, Persian punctuation. */
function isUrlStop(c: number): boolean {
  const cls = CHAR_CLASS[c]!;
  if (cls === CharClass.Space || cls === CharClass.Newline || cls === CharClass.Ignorable || cls === CharClass.Joiner) return true;
  return c === 0x22 || c === 0x3c || c === 0x3e || c === 0xab || c === 0xbb || c === 0x60c || c === 0x61b || c === 0x61f;
}

/** Sentence punctuation that may follow a URL and is not part of it. */
function isTrailingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2019;
}

function isDomainChar(c: number): boolean {
  const cls = CHAR_CLASS[c]!;
  return (c < 128 && (cls === CharClass.LatinLower || cls === CharClass.LatinUpper || cls === CharClass.Digit)) || c === 0x2d;
}

/** End of a bare domain («isna.ir») starting at `start`, or -1. */
function matchBareDomain(text: string, start: number): number {
  let i = start;
  let labels = 0;
  let lastLabelStart = start;
  // Bounded by the DNS limit, so a long «a.a.a.a…» chain costs constant time per token, not quadratic.
  const limit = Math.min(text.length, start + MAX_DOMAIN_LENGTH);
  for (;;) {
    const labelStart = i;
    while (i < limit && isDomainChar(text.charCodeAt(i))) i++;
    if (i >= limit && limit < text.length) return -1;
    if (i === labelStart) return -1;
    labels++;
    if (labels > MAX_LABELS) return -1;
    lastLabelStart = labelStart;
    if (i + 1 < text.length && text.charCodeAt(i) === 0x2e && isDomainChar(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  if (labels < 2 || lastLabelStart - start < 3) return -1;
  if (!TLDS.has(text.slice(lastLabelStart, i).toLowerCase())) return -1;
  return i;
}

/** Matches a URL at `start`; returns its end or -1. */
export function matchUrl(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  let i = -1;
  for (const scheme of SCHEMES) {
    if (startsWithAt(text, start, scheme)) {
      i = start + scheme.length;
      break;
    }
  }
  if (i < 0) {
    const domainEnd = matchBareDomain(text, start);
    if (domainEnd < 0) return -1;
    i = domainEnd;
    // A bare domain carries a path only when a slash follows directly.
    if (i >= text.length || text.charCodeAt(i) !== 0x2f) return i;
  }
  let open = 0;
  let end = i;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (isUrlStop(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) {
      if (open === 0) break;
      open--;
    }
  }
  while (end > i && isTrailingPunct(text.charCodeAt(end - 1))) end--;
  // Never split a surrogate pair.
  if (end > start && CHAR_CLASS[text.charCodeAt(end - 1)] === CharClass.HighSurrogate) end--;
  return end > start ? end : -1;
}
