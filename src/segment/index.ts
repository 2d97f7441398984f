/**
 * Segmentation: sentences and UD syntactic words with offsets into the normalized text. Surface
 * tokens come from words/ (rules per token shape), sentence ends from sentences/ (rules over those
 * tokens), then clitic splitting turns surface tokens into UD words («کتابش» → «کتاب» «ش»).
 */
import { createTokenTable, type WordBoundary } from '../doc/token-table.js';
import type { Sentence, TextSpan } from '../doc/layers.js';
import { DabirError } from '../errors.js';
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

/**
 * Splits text into sentences and UD syntactic words.
 * «کتابش را خواند. سپس رفت.» → sentences [0,16) [17,25); words «کتاب» «ش» «را» «خواند» «.» «سپس» «رفت» «.»,
 * where «کتاب» and «ش» share `surface` 0.
 */
export function segment(text: string, lexicon: SegmentLexicon = loadSegmentLexicon()): Segmentation {
  if (typeof text !== 'string') {
    throw new DabirError('invalid-argument', `segment: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const ctx = { text, lexicon };
  const tokens = scanTokens(ctx);
  const breakAfter = findSentenceBreaks(text, tokens);
  const n = tokens.length;
  const words: WordBoundary[] = [];
  let sentenceOfWord = new Int32Array(n + 16);
  const sentences: TextSpan[] = [];
  let sentence = 0;
  let sentenceStart = -1;
  for (let i = 0; i < n; i++) {
    const start = tokens.start[i]!;
    const end = tokens.end[i]!;
    if (sentenceStart < 0) sentenceStart = start;
    const first = words.length;
    if (tokens.kind[i] === TokenKind.Word && end - start > 2 && mayEndInClitic(text.charCodeAt(end - 1))) {
      const splits = findCliticSplits(text.slice(start, end), lexicon);
      let from = start;
      for (const at of splits) {
        const to = start + at;
        if (to <= from || to >= end) continue;
        words.push({ start: from, end: to, surface: first });
        from = to;
      }
      words.push({ start: from, end, surface: first });
    } else {
      words.push({ start, end, surface: first });
    }
    if (words.length > sentenceOfWord.length) {
      const grown = new Int32Array(words.length * 2);
      grown.set(sentenceOfWord);
      sentenceOfWord = grown;
    }
    sentenceOfWord.fill(sentence, first, words.length);
    if (breakAfter[i] === 1) {
      sentences.push({ start: sentenceStart, end });
      sentence++;
      sentenceStart = -1;
    }
  }
  return { sentences, words, wordSentence: sentenceOfWord.slice(0, words.length) };
}

/** Sentences with their word ranges, from a segmentation. */
export function sentencesWithTokens(s: Segmentation): Sentence[] {
  const out: Sentence[] = [];
  let w = 0;
  for (let k = 0; k < s.sentences.length; k++) {
    const tokenStart = w;
    while (w < s.words.length && s.wordSentence[w] === k) w++;
    out.push({ ...s.sentences[k]!, tokenStart, tokenEnd: w });
  }
  return out;
}

/** The pipeline stage: fills doc.tokens and doc.sentences from doc.text. */
export function segmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc) {
      const s = segment(doc.text);
      const sentences = sentencesWithTokens(s);
      doc.tokens = createTokenTable(s.words, (i) => s.wordSentence[i]!);
      doc.sentences = sentences;
    },
  };
}
