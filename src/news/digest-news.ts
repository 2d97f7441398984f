/**
 * digestNews: the pure core of the digest stage: keywords (TextRank over lemmas and noun phrases) and
 * the extractive summary (most central sentences), sharing one word ranking.
 */
import type { Doc } from '../doc/doc.js';
import type { Keyword, TextSpan } from '../doc/layers.js';
import { candidateWords } from './keywords/candidate-words.js';
import { extractKeywords, rankWords } from './keywords/extract-keywords.js';
import { newsStopwords } from './keywords/stopwords.js';
import { scanNewsText, type NewsText } from './scan/scan-news-text.js';
import { rankSentences } from './summary/rank-sentences.js';

export interface DigestOptions {
  /** Keywords kept (default 10). */
  readonly keywords: number;
  /** Sentences in the summary (default 3). */
  readonly summarySentences: number;
}

export const DEFAULT_DIGEST: DigestOptions = { keywords: 10, summarySentences: 3 };

export interface Digest {
  readonly keywords: Keyword[];
  /** Indexes into `sentences`, in text order. */
  readonly summary: number[];
}

/**
 * Keywords and summary of a text: «... تحریم‌های تازه ... تحریم‌ها ...» → keywords [«تحریم», ...], summary [0, 2, 5].
 * `sentences` are the spans the summary indexes (the Doc's); `doc` gives lemmas and tags when present.
 */
export function digestNews(
  text: string,
  sentences: readonly TextSpan[],
  options: DigestOptions = DEFAULT_DIGEST,
  doc?: Doc,
  scanned?: NewsText,
): Digest {
  const nt = scanned ?? scanNewsText(text);
  const candidates = candidateWords(nt, doc, newsStopwords());
  const ranks = rankWords(nt, candidates);
  return {
    keywords: extractKeywords(nt, candidates, ranks, options.keywords),
    summary: rankSentences(nt, sentences, candidates, ranks, options.summarySentences),
  };
}
