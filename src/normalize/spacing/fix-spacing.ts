/**
 * The spacing pass, after folding: collapses runs of spaces and tabs, trims line ends, takes the space
 * out before closing punctuation and after opening punctuation, puts one after punctuation that a
 * Persian word follows, and separates digits from Persian words. Lines are never merged. Numbers
 * («۳٫۵», «۱۴۰۲/۰۵/۰۱», «1,000», «۱۰:۳۰»), URLs, e-mails and abbreviations («ه.ش.») are left alone.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import { CHAR_CLASS, C_DIGIT, C_LATIN_LETTER, C_MARK, C_PERSIAN_LETTER, C_ZWNJ } from '../fold/char-classes.js';
import { finishIfChanged } from '../finish-if-changed.js';

export interface SpacingSettings {
  /** Separate digits from Persian words: «۱۰درصد» → «۱۰ درصد», «سال۱۴۰۲» → «سال ۱۴۰۲». */
  readonly separateDigits: boolean;
}

const S_SPACE = 1;
/** Never a space before; one after when a Persian word follows: ، ؛ ؟ » ) ] … */
const S_CLOSE = 2;
/** Latin . : ! — as S_CLOSE, but a space before stays when a word or number follows («x .NET», « .5»). */
const S_CLOSE_LATIN = 3;
/** Never a space after: ( [ « */
const S_OPEN = 4;
const S_DIGIT = 5;
const S_NEWLINE = 6;

function buildSpacingTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  t[0x20] = S_SPACE;
  t[0x09] = S_SPACE;
  t[0x0a] = S_NEWLINE;
  for (const c of [0x060c, 0x061b, 0x061f, 0x00bb, 0x29, 0x5d, 0x2026]) t[c] = S_CLOSE;
  for (const c of [0x2e, 0x3a, 0x21]) t[c] = S_CLOSE_LATIN;
  for (const c of [0x28, 0x5b, 0x00ab]) t[c] = S_OPEN;
  for (let c = 0; c < 0x10000; c++) if (CHAR_CLASS[c] === C_DIGIT) t[c] = S_DIGIT;
  return t;
}

const SPACING = buildSpacingTable();

/** Words glued to a number that stay glued: ordinals «۲۰ام», «۵مین» and plurals «۱۰ها». */
const DIGIT_SUFFIXES = new Set(['م', 'ام', 'مین', 'امین', 'ها', 'های', 'هایی']);

/** Fixes spaces around punctuation and numbers: «گفت :« سلام »» → «گفت: «سلام»». */
export function fixSpacing(input: string, settings: SpacingSettings): PassResult {
  return fixSpacingIfChanged(input, settings) ?? new TextBuilder(input).finish();
}

/** fixSpacing, or null when it changes nothing. */
export function fixSpacingIfChanged(input: string, settings: SpacingSettings): PassResult | null {
  const n = input.length;
  const b = new TextBuilder(input);
  const addresses = new AddressTokens(input);
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const s = SPACING[c]!;
    if (s === 0) continue;
    // Fast path: one space between words (most spaces of running text).
    if (c === 0x20 && i > 0 && i + 1 < n && SPACING[input.charCodeAt(i + 1)] === 0) {
      const p = SPACING[input.charCodeAt(i - 1)];
      if (p !== S_OPEN && p !== S_NEWLINE) continue;
    }
    switch (s) {
      case S_SPACE: {
        let j = i + 1;
        while (j < n && SPACING[input.charCodeAt(j)] === S_SPACE) j++;
        const rule = spaceRunRule(input, i, j, addresses);
        if (rule !== null) {
          b.keepTo(i);
          b.delete(j - i, rule);
        } else if (j - i > 1 || c !== 0x20) {
          b.keepTo(i);
          b.replace(j - i, ' ', 'spacing/collapse');
        }
        i = j - 1;
        break;
      }
      case S_CLOSE:
      case S_CLOSE_LATIN:
        if (needsSpaceAfter(input, i, addresses)) {
          b.keepTo(i + 1);
          b.insert(' ', 'spacing/after-punctuation');
        }
        break;
      case S_DIGIT: {
        if (!settings.separateDigits) break;
        if (i > 0 && isWordBeforeDigits(input, i, addresses)) {
          b.keepTo(i);
          b.insert(' ', 'spacing/digit-letter');
        }
        let j = i + 1;
        while (j < n && SPACING[input.charCodeAt(j)] === S_DIGIT) j++;
        if (j < n && isWordAfterDigits(input, j, addresses)) {
          b.keepTo(j);
          b.insert(' ', 'spacing/digit-letter');
        }
        i = j - 1;
        break;
      }
    }
  }
  return finishIfChanged(b);
}

/** Why the run of spaces [i, j) goes entirely, or null when it stays (as one space). */
function spaceRunRule(input: string, i: number, j: number, addresses: AddressTokens): string | null {
  const n = input.length;
  if (i === 0 || j === n || input.charCodeAt(i - 1) === 0x0a || input.charCodeAt(j) === 0x0a) return 'spacing/trim-line';
  if (SPACING[input.charCodeAt(i - 1)] === S_OPEN) return 'spacing/after-opening';
  const p = SPACING[input.charCodeAt(j)];
  if (p === S_CLOSE) return 'spacing/before-punctuation';
  if (p === S_CLOSE_LATIN) {
    // «است .» and «است .وی» lose the space; «x .NET» and «ص .۵» keep it.
    if (j + 1 >= n || needsSpaceAfter(input, j, addresses)) return 'spacing/before-punctuation';
    const k = CHAR_CLASS[input.charCodeAt(j + 1)];
    if (k !== C_PERSIAN_LETTER && k !== C_LATIN_LETTER && k !== C_DIGIT && k !== C_MARK) return 'spacing/before-punctuation';
  }
  return null;
}

/**
 * Whether punctuation at `i` needs a space after it: a Persian word or an opening guillemet follows
 * directly («است.وی», «ایسنا،«پوتین»»), it is not the dot of an abbreviation («ه.ش.», «ق.م.») or
 * acronym, and it is not inside a URL or e-mail (a space there would also change what the rest of the
 * address looks like to the next run, breaking idempotence).
 */
function needsSpaceAfter(input: string, i: number, addresses: AddressTokens): boolean {
  const next = input.charCodeAt(skipZwnj(input, i + 1));
  if (CHAR_CLASS[next] !== C_PERSIAN_LETTER && next !== 0x00ab) return false;
  const c = input.charCodeAt(i);
  if (c === 0x2e && (lettersBefore(input, i) === 1 || isInDottedAcronym(input, i))) return false;
  return !addresses.contains(i);
}

/**
 * Whether the dot at `i` links the parts of a dotted acronym («یو.اس.بی», «بی.ام.دبلیو»): the word
 * before it starts right after another dot, or the word after it ends right before one.
 */
function isInDottedAcronym(input: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isLetterOrMark(input.charCodeAt(k))) k--;
  if (k < i - 1 && k >= 0 && input.charCodeAt(k) === 0x2e) return true;
  let j = i + 1;
  while (j < input.length && isLetterOrMark(input.charCodeAt(j))) j++;
  return j > i + 1 && j < input.length && input.charCodeAt(j) === 0x2e;
}

function isLetterOrMark(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === C_PERSIAN_LETTER || k === C_LATIN_LETTER || k === C_MARK || k === C_ZWNJ;
}

/**
 * The first offset at or after `i` that is not a ZWNJ. The ZWNJ pass runs after this one and may
 * remove or add ZWNJs inside and at the edges of words, so every decision here looks through them:
 * otherwise «یو‌ه.اس» would keep «.اس» glued now and get a space on the next run.
 */
function skipZwnj(input: string, i: number): number {
  while (i < input.length && input.charCodeAt(i) === 0x200c) i++;
  return i;
}

/** How many letters form the word that ends before `i`, skipping spaces in between («ه .» → 1). */
function lettersBefore(input: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && SPACING[input.charCodeAt(k)] === S_SPACE) k--;
  let count = 0;
  for (; k >= 0; k--) {
    const cls = CHAR_CLASS[input.charCodeAt(k)];
    if (cls === C_PERSIAN_LETTER || cls === C_LATIN_LETTER) count++;
    else if (cls !== C_MARK && cls !== C_ZWNJ) break;
  }
  return count;
}

/**
 * Whether the whitespace-delimited token around an offset is a URL, path or e-mail (holds «/» or «@»).
 * The answer is kept for the whole token, so a huge token is scanned once, not once per query.
 */
class AddressTokens {
  private start = 0;
  private end = -1;
  private isAddress = false;

  constructor(private readonly input: string) {}

  contains(i: number): boolean {
    if (i >= this.start && i < this.end) return this.isAddress;
    const input = this.input;
    let s = i;
    while (s > 0 && !isWhite(input.charCodeAt(s - 1))) s--;
    let e = i;
    while (e < input.length && !isWhite(input.charCodeAt(e))) e++;
    let found = false;
    for (let k = s; k < e && !found; k++) {
      const c = input.charCodeAt(k);
      found = c === 0x2f || c === 0x40;
    }
    this.start = s;
    this.end = e;
    this.isAddress = found;
    return found;
  }
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** «سال۱۴۰۲»: a Persian word of two or more letters right before the digits at `i`, outside addresses. */
function isWordBeforeDigits(input: string, i: number, addresses: AddressTokens): boolean {
  let last = i - 1;
  while (last >= 0 && input.charCodeAt(last) === 0x200c) last--;
  if (last < 0) return false;
  const p = CHAR_CLASS[input.charCodeAt(last)];
  if (p !== C_PERSIAN_LETTER && p !== C_MARK) return false;
  if (SPACING[input.charCodeAt(last)] === S_DIGIT) return false;
  let count = 0;
  for (let k = last; k >= 0 && count < 2; k--) {
    const cls = CHAR_CLASS[input.charCodeAt(k)];
    if (cls === C_PERSIAN_LETTER) count++;
    else if (cls !== C_MARK && cls !== C_ZWNJ) break;
  }
  return count >= 2 && !addresses.contains(i);
}

/** «۱۰درصد»: a Persian word right after digits ending at `j`, unless it is an ordinal or plural ending. */
function isWordAfterDigits(input: string, j: number, addresses: AddressTokens): boolean {
  const first = skipZwnj(input, j);
  if (CHAR_CLASS[input.charCodeAt(first)] !== C_PERSIAN_LETTER) return false;
  // The word's first letters, ZWNJs left out: «ها‌ها» is not the suffix «ها» whether or not the ZWNJ stays.
  let letters = '';
  let k = first;
  for (; k < input.length && letters.length <= 4; k++) {
    const cls = CHAR_CLASS[input.charCodeAt(k)];
    if (cls === C_PERSIAN_LETTER) letters += input[k];
    else if (cls !== C_ZWNJ) break;
  }
  const atWordEnd = k >= input.length || (CHAR_CLASS[input.charCodeAt(k)] !== C_PERSIAN_LETTER && CHAR_CLASS[input.charCodeAt(k)] !== C_ZWNJ);
  if (atWordEnd && DIGIT_SUFFIXES.has(letters)) return false;
  return !addresses.contains(j);
}
