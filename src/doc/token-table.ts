/**
 * TokenTable: the words of a Doc stored as columns (typed arrays plus string columns), as spaCy and
 * wink-nlp do, so hot loops read numbers instead of objects. A UD "surface token" may hold several
 * syntactic words («ماتمش» → «ماتم» + «ش»); `surface` gives each word the index of its first word.
 */

export interface TokenTable {
  readonly length: number;
  /** Word start, UTF-16 offset into doc.text. */
  readonly start: Int32Array;
  /** Word end (exclusive). */
  readonly end: Int32Array;
  /** Index of the first word of the surface token this word belongs to (itself when not a multiword token). */
  readonly surface: Int32Array;
  /** Sentence index of each word. */
  readonly sentence: Int32Array;
  /** UPOS id (see labels.ts UPOS_TAGS); 0 until tagged. */
  readonly upos: Uint8Array;
  /** Lemma of each word; '' until lemmatized. */
  readonly lemma: string[];
  /** Treebank-specific tag (PerDT XPOS); '' when absent. */
  readonly xpos: string[];
  /** UD features as in CoNLL-U ("Number=Plur|Person=3"); '' when absent. */
  readonly feats: string[];
}

/** The word boundaries a tokenizer produces; tags come later. */
export interface WordBoundary {
  readonly start: number;
  readonly end: number;
  /** Index of the first word of the same surface token, relative to the whole list. */
  readonly surface?: number;
}

export function createTokenTable(words: readonly WordBoundary[], sentenceOf: (i: number) => number): TokenTable {
  const n = words.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const surface = new Int32Array(n);
  const sentence = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    start[i] = w.start;
    end[i] = w.end;
    surface[i] = w.surface ?? i;
    sentence[i] = sentenceOf(i);
  }
  return {
    length: n,
    start,
    end,
    surface,
    sentence,
    upos: new Uint8Array(n),
    lemma: new Array<string>(n).fill(''),
    xpos: new Array<string>(n).fill(''),
    feats: new Array<string>(n).fill(''),
  };
}

export const EMPTY_TOKENS: TokenTable = createTokenTable([], () => 0);
