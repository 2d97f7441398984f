/**
 * scanNewsText: the light, self-contained view of a text that the news rules read: words with folded
 * keys, sentences and paragraphs. It does not depend on the segmenter so that quote rules see «» pairs
 * whole (a period inside «...» does not end the sentence) and keep working on any input.
 */
import { lazyModel } from '../../model-loader/load-model.js';
import { foldKey } from './fold-key.js';

export interface NewsSentence {
  readonly start: number;
  readonly end: number;
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly paragraph: number;
}

export interface NewsParagraph {
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

export interface NewsText {
  readonly text: string;
  /** Words: runs of letters, marks, digits and ZWNJ. Punctuation is read from the text between them. */
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  readonly wordKey: readonly string[];
  readonly wordSentence: Int32Array;
  readonly wordCount: number;
  readonly sentences: readonly NewsSentence[];
  readonly paragraphs: readonly NewsParagraph[];
}

// Built on first use (not at import, so loading the library stays cheap), then shared read-only.
const wordCharTable = lazyModel(buildWordCharTable);

function buildWordCharTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}\p{Nd}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (letter.test(String.fromCharCode(c))) t[c] = 1;
  }
  t[0x200c] = 1; // ZWNJ joins the parts of one word («می‌گوید»)
  t[0x200d] = 1;
  t[0x066b] = 1; // Arabic decimal and thousands separators sit inside numbers
  t[0x066c] = 1;
  t[0x0640] = 1; // tatweel
  return t;
}

/** True when the UTF-16 code unit `c` belongs to a word. */
export function isWordChar(c: number): boolean {
  return wordCharTable()[c] === 1;
}

function isTerminal(c: number): boolean {
  // . ! ? ؟ … ۔
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

/** Opening quote marks: « “ and the straight " (toggled). */
export function isOpenQuote(c: number): boolean {
  return c === 0xab || c === 0x201c;
}

export function isCloseQuote(c: number): boolean {
  return c === 0xbb || c === 0x201d;
}

/** Scans `text` once: «وی گفت: «ما آماده‌ایم.» او افزود ...» → words, two sentences, one paragraph. */
export function scanNewsText(text: string): NewsText {
  const WORD_CHAR = wordCharTable();
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  const wordSentence: number[] = [];
  const sentences: NewsSentence[] = [];
  const paragraphs: NewsParagraph[] = [];

  let sentenceStart = -1; // first non-space offset of the open sentence
  let sentenceWordStart = 0;
  let paragraphStart = -1;
  let paragraphSentenceStart = 0;
  let depth = 0; // «» / “” nesting
  let straight = false; // inside a "..." pair
  let lastNonSpace = -1;

  const closeSentence = (end: number): void => {
    if (sentenceStart < 0) return;
    sentences.push({ start: sentenceStart, end, wordStart: sentenceWordStart, wordEnd: starts.length, paragraph: paragraphs.length });
    sentenceStart = -1;
    sentenceWordStart = starts.length;
  };
  const closeParagraph = (): void => {
    if (paragraphStart < 0) return;
    const last = sentences[sentences.length - 1];
    paragraphs.push({ start: paragraphStart, end: last ? last.end : paragraphStart, sentenceStart: paragraphSentenceStart, sentenceEnd: sentences.length });
    paragraphStart = -1;
    paragraphSentenceStart = sentences.length;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2029 || c === 0x2028 || c === 0x0b || c === 0x0c) {
      closeSentence(lastNonSpace + 1);
      closeParagraph();
      depth = 0;
      straight = false;
      i++;
      continue;
    }
    // A joiner with no letter before it starts no word: it is spacing («\u200c\u200c» alone).
    if (isSpace(c) || (c < 0x20 && c !== 0x09) || c === 0x200c || c === 0x200d) {
      i++;
      continue;
    }
    if (sentenceStart < 0) {
      sentenceStart = i;
      if (paragraphStart < 0) paragraphStart = i;
    }
    if (WORD_CHAR[c] === 1) {
      let j = i + 1;
      while (j < n && WORD_CHAR[text.charCodeAt(j)] === 1) j++;
      starts.push(i);
      ends.push(j);
      keys.push(foldKey(text, i, j));
      wordSentence.push(sentences.length);
      lastNonSpace = j - 1;
      i = j;
      continue;
    }
    lastNonSpace = i;
    if (isOpenQuote(c)) depth++;
    else if (isCloseQuote(c)) {
      if (depth > 0) depth--;
      if (depth === 0 && !straight && i > 0 && isTerminal(text.charCodeAt(i - 1)) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x0a)) {
        closeSentence(i + 1);
      }
    } else if (c === 0x22) straight = !straight;
    else if (isTerminal(c) && depth === 0 && !straight) {
      // Only a mark followed by space ends a sentence, so «۳.۵» and «ه.ش» stay whole.
      let j = i + 1;
      while (j < n && (isTerminal(text.charCodeAt(j)) || isCloseQuote(text.charCodeAt(j)) || text.charCodeAt(j) === 0x22)) j++;
      const next = j < n ? text.charCodeAt(j) : 0x20;
      if (isSpace(next) || next === 0x0a || j >= n) {
        lastNonSpace = j - 1;
        closeSentence(j);
        i = j;
        continue;
      }
    }
    i++;
  }
  closeSentence(lastNonSpace + 1);
  closeParagraph();
  return {
    text,
    wordStart: Int32Array.from(starts),
    wordEnd: Int32Array.from(ends),
    wordKey: keys,
    wordSentence: Int32Array.from(wordSentence),
    wordCount: starts.length,
    sentences,
    paragraphs,
  };
}

/** Index of the first word starting at or after `offset` (binary search), wordCount when none. */
export function wordAtOrAfter(nt: NewsText, offset: number): number {
  let lo = 0;
  let hi = nt.wordCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nt.wordStart[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces (and ZWNJ) lie in text[from, to). */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 0x200c) return false;
  }
  return true;
}

/** The first non-space offset at or after `from` (before `limit`), or `limit`. */
export function skipSpaces(text: string, from: number, limit = text.length): number {
  let i = from;
  while (i < limit && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0x200c)) i++;
  return i;
}

/** The offset after the last non-space character before `to` (not before `floor`). */
export function trimEnd(text: string, floor: number, to: number): number {
  let i = to;
  while (i > floor && (isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x200c)) i--;
  return i;
}
