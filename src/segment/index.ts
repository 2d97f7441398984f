/**
 * Segmentation: sentences and UD syntactic words with offsets into the normalized text. Surface
 * tokens come from words/ (rules per token shape), sentence ends from sentences/ (rules over those
 * tokens), then clitic splitting turns surface tokens into UD words («کتابش» → «کتاب» «ش»).
 *
 * Conventions (UD Persian PerDT/Seraji, issue #2): every punctuation mark is its own token, except an
 * ellipsis «...»; numbers keep their separators and a glued percent sign («۳٫۵», «۱۴۰۲/۰۵/۰۱», «5%»);
 * URLs, e-mails, hashtags and abbreviations with their periods («ق.م.», «Dr.») are one token; ZWNJ
 * compounds are one token; a multiword token's words are substrings that concatenate to it, the ZWNJ
 * staying with the host («خانواده‌» + «اش»). Sentences end after terminal marks and at every line
 * break (a single newline too: news puts headlines and datelines on lines of their own), never
 * inside a quotation in guillemets closed on the same line, never after an ellipsis alone.
 */
import type { TokenTable, WordBoundary } from '../doc/token-table.js';
import type { Sentence, TextSpan } from '../doc/layers.js';
import { DabirError } from '../errors.js';
import { SpanMemo, spanHash } from '../memo/span-memo.js';
import type { Stage } from '../pipeline/stage.js';
import { findSentenceBreaks } from './sentences/index.js';
import { loadSegmentLexicon, type SegmentLexicon } from './segment-lexicon.js';
import { findCliticSplits, mayEndInClitic, scanTokens, TokenKind } from './words/index.js';

export { BUILTIN_ABBREVIATIONS, HONORIFICS } from './abbreviations.js';
export { loadSegmentLexicon, EMPTY_SEGMENT_LEXICON, SEGMENT_LEXICON_FILE, type SegmentLexicon } from './segment-lexicon.js';

export interface Segmentation {
  /** Sentence spans in the text. */
  readonly sentences: TextSpan[];
  /** Syntactic words (UD), with `surface` linking the words of one multiword token. */
  readonly words: WordBoundary[];
  /** Sentence index of each word. */
  readonly wordSentence: Int32Array;
}

/** Segmentation as typed columns: what the stage stores in the Doc, without one object per word. */
export interface SegmentColumns {
  /** Number of words. */
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index of the first word of each word's surface token. */
  readonly surface: Int32Array;
  /** Sentence index of each word. */
  readonly sentence: Int32Array;
  /** Sentences with their word ranges. */
  readonly sentences: Sentence[];
}

function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new DabirError('invalid-argument', `${where}: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/**
 * Clitic splits by word, per lexicon: findCliticSplits is a pure function of the word and the lexicon,
 * and running text repeats its words, so each is decided once and found again without slicing it.
 * A lazy cache of a read-only model; bounded (SpanMemo starts over when full). The bench text has
 * about 16,000 distinct words that may end in a clitic; 20,000 (1 MB of slots) holds them, and 30,000
 * or 50,000 measured no faster.
 */
const CLITIC_MEMOS = new WeakMap<SegmentLexicon, SpanMemo<readonly number[]>>();
const CLITIC_MEMO_CAPACITY = 20_000;

function cliticMemoFor(lexicon: SegmentLexicon): SpanMemo<readonly number[]> {
  let memo = CLITIC_MEMOS.get(lexicon);
  if (!memo) CLITIC_MEMOS.set(lexicon, (memo = new SpanMemo(CLITIC_MEMO_CAPACITY)));
  return memo;
}

/** findCliticSplits of text[start, end), through the lexicon's memo. */
function cliticSplitsAt(text: string, start: number, end: number, lexicon: SegmentLexicon, memo: SpanMemo<readonly number[]>): readonly number[] {
  const hash = spanHash(text, start, end);
  const slot = memo.find(text, start, end, hash);
  if (slot >= 0) return memo.value(slot);
  const splits = findCliticSplits(text.slice(start, end), lexicon);
  memo.add(text, start, end, hash, 0, splits);
  return splits;
}

function grow(a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Splits text into sentences and UD syntactic words, as columns.
 * «کتابش را خواند.» → start [0,4,6,9,14], end [4,5,8,14,15], surface [0,0,2,3,4], one sentence.
 */
export function segmentColumns(text: string, lexicon: SegmentLexicon = loadSegmentLexicon()): SegmentColumns {
  checkText(text, 'segmentColumns');
  const tokens = scanTokens({ text, lexicon });
  const breakAfter = findSentenceBreaks(text, tokens);
  const n = tokens.length;
  const memo = cliticMemoFor(lexicon);
  // Clitic splitting adds words; the arrays grow when a text has more words than surface tokens + slack.
  let capacity = n + (n >> 3) + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let surface = new Int32Array(capacity);
  let sentenceOf = new Int32Array(capacity);
  const sentences: Sentence[] = [];
  let w = 0;
  let sentence = 0;
  let sentenceStart = -1;
  let sentenceFirstWord = 0;
  for (let i = 0; i < n; i++) {
    const s = tokens.start[i]!;
    const e = tokens.end[i]!;
    if (sentenceStart < 0) {
      sentenceStart = s;
      sentenceFirstWord = w;
    }
    const first = w;
    let splits: readonly number[] | undefined;
    if (tokens.kind[i] === TokenKind.Word && e - s > 2 && mayEndInClitic(text.charCodeAt(e - 1))) {
      splits = cliticSplitsAt(text, s, e, lexicon, memo);
    }
    if (w + 1 + (splits?.length ?? 0) > capacity) {
      capacity = Math.max(capacity * 2, w + 8);
      start = grow(start, capacity);
      end = grow(end, capacity);
      surface = grow(surface, capacity);
      sentenceOf = grow(sentenceOf, capacity);
    }
    let from = s;
    if (splits !== undefined) {
      for (const at of splits) {
        const to = s + at;
        if (to <= from || to >= e) continue;
        start[w] = from;
        end[w] = to;
        surface[w] = first;
        sentenceOf[w++] = sentence;
        from = to;
      }
    }
    start[w] = from;
    end[w] = e;
    surface[w] = first;
    sentenceOf[w++] = sentence;
    if (breakAfter[i] === 1) {
      sentences.push({ start: sentenceStart, end: e, tokenStart: sentenceFirstWord, tokenEnd: w });
      sentence++;
      sentenceStart = -1;
    }
  }
  return {
    length: w,
    start: start.subarray(0, w),
    end: end.subarray(0, w),
    surface: surface.subarray(0, w),
    sentence: sentenceOf.subarray(0, w),
    sentences,
  };
}

/**
 * Splits text into sentences and UD syntactic words.
 * «کتابش را خواند. سپس رفت.» → sentences [0,15) [16,24); words «کتاب» «ش» «را» «خواند» «.» «سپس» «رفت» «.»,
 * where «کتاب» and «ش» share `surface` 0.
 */
export function segment(text: string, lexicon: SegmentLexicon = loadSegmentLexicon()): Segmentation {
  checkText(text, 'segment');
  const c = segmentColumns(text, lexicon);
  const words: WordBoundary[] = new Array<WordBoundary>(c.length);
  for (let i = 0; i < c.length; i++) words[i] = { start: c.start[i]!, end: c.end[i]!, surface: c.surface[i]! };
  return {
    sentences: c.sentences.map((x) => ({ start: x.start, end: x.end })),
    words,
    wordSentence: c.sentence.slice(),
  };
}

/** A TokenTable over the columns (copied into exact-length arrays), tags still empty. */
function tokenTableOf(c: SegmentColumns): TokenTable {
  const n = c.length;
  return {
    length: n,
    start: c.start.slice(),
    end: c.end.slice(),
    surface: c.surface.slice(),
    sentence: c.sentence.slice(),
    upos: new Uint8Array(n),
    lemma: new Array<string>(n).fill(''),
    xpos: new Array<string>(n).fill(''),
    feats: new Array<string>(n).fill(''),
  };
}

/** The pipeline stage: fills doc.tokens and doc.sentences from doc.text. */
export function segmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc) {
      const c = segmentColumns(doc.text);
      const tokens = tokenTableOf(c);
      doc.tokens = tokens;
      doc.sentences = c.sentences;
    },
  };
}
