/**
 * Scores a segmentation against UD gold (used by segment.eval.ts and segment.train.ts): word,
 * surface-token and multiword-token F1 and sentence-boundary F1. Spans are compared in "key" space,
 * the index among the text's characters other than whitespace and ZWNJ, so a normalizer that only
 * changes spacing or ZWNJ (or folds letters one for one) does not move any span.
 */
import { FORM, type ConlluSentence } from '../formats/conllu/index.js';

export interface GoldToken {
  readonly start: number;
  readonly end: number;
  /** The syntactic words; one entry when the token is not a multiword token. */
  readonly words: readonly { readonly start: number; readonly end: number; readonly form: string }[];
  readonly form: string;
}

export interface GoldSentence {
  readonly text: string;
  readonly tokens: readonly GoldToken[];
}

const ZWNJ = 0x200c;

function isSkipped(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === ZWNJ;
}

/** key[i] = number of kept characters before offset i (length + 1 entries). */
export function keyIndex(text: string): Int32Array {
  const key = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    key[i] = k;
    if (!isSkipped(text.charCodeAt(i))) k++;
  }
  key[text.length] = k;
  return key;
}

/** Surface tokens and words of a UD sentence with offsets into its `# text`. */
export function goldFromConllu(sentence: ConlluSentence, text: string): GoldSentence {
  const tokens: GoldToken[] = [];
  const lines = sentence.lines;
  let pos = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.kind === 'empty') continue;
    const form = line.columns[FORM]!;
    let parts: string[] = [form];
    if (line.kind === 'range') {
      const [a, b] = line.columns[0]!.split('-').map(Number) as [number, number];
      parts = lines.slice(li + 1, li + 1 + (b - a + 1)).map((l) => l.columns[FORM]!);
      li += b - a + 1;
    }
    while (pos < text.length && isSkipped(text.charCodeAt(pos)) && text.charCodeAt(pos) !== ZWNJ) pos++;
    let start = text.startsWith(form, pos) ? pos : text.indexOf(form, pos);
    if (start < 0) start = pos;
    const end = Math.min(text.length, start + form.length);
    // Words: consume each part's characters in the surface form; a ZWNJ the parts drop stays with the word before.
    const words: { start: number; end: number; form: string }[] = [];
    let p = start;
    for (const part of parts) {
      const ws = p;
      for (let k = 0; k < part.length && p < end; k++) {
        if (text.charCodeAt(p) === ZWNJ && part.charCodeAt(k) !== ZWNJ) p++;
        p++;
      }
      if (p < end && text.charCodeAt(p) === ZWNJ && parts.length > 1) p++;
      words.push({ start: ws, end: Math.min(p, end), form: part });
    }
    if (words.length > 0) (words[words.length - 1] as { end: number }).end = end;
    tokens.push({ start, end, words, form });
    pos = end;
  }
  return { text, tokens };
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, correct: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, correct: a.correct + b.correct };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 1 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 1 : c.correct / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function compareSets<T>(gold: Set<T>, predicted: Set<T>): Counts {
  let correct = 0;
  for (const g of gold) if (predicted.has(g)) correct++;
  return { gold: gold.size, predicted: predicted.size, correct };
}

/** A predicted word with offsets already in source (`# text`) coordinates. */
export interface PredictedWord {
  readonly start: number;
  readonly end: number;
  /** Index of the first word of its surface token. */
  readonly surface: number;
}

export interface TokenScores {
  readonly words: Counts;
  readonly tokens: Counts;
  readonly multiword: Counts;
  /** Gold tokens whose words were not all predicted exactly, with what was predicted there. */
  readonly errors: string[];
}

/** Word, surface-token and MWT counts for one sentence. */
export function scoreTokens(gold: GoldSentence, predicted: readonly PredictedWord[]): TokenScores {
  const key = keyIndex(gold.text);
  const span = (s: number, e: number): string => `${key[s]}:${key[e]}`;
  const goldWords = new Set<string>();
  const goldTokens = new Set<string>();
  const goldMwt = new Set<string>();
  for (const t of gold.tokens) {
    goldTokens.add(span(t.start, t.end));
    for (const w of t.words) goldWords.add(span(w.start, w.end));
    if (t.words.length > 1) goldMwt.add(t.words.map((w) => span(w.start, w.end)).join('|'));
  }
  const predWords = new Set<string>();
  const predTokens = new Set<string>();
  const predMwt = new Set<string>();
  const groups = new Map<number, PredictedWord[]>();
  for (const w of predicted) {
    if (key[w.end] === key[w.start]) continue;
    predWords.add(span(w.start, w.end));
    let g = groups.get(w.surface);
    if (!g) groups.set(w.surface, (g = []));
    g.push(w);
  }
  for (const g of groups.values()) {
    predTokens.add(span(g[0]!.start, g[g.length - 1]!.end));
    if (g.length > 1) predMwt.add(g.map((w) => span(w.start, w.end)).join('|'));
  }
  const errors: string[] = [];
  for (const t of gold.tokens) {
    if (t.words.every((w) => predWords.has(span(w.start, w.end)))) continue;
    const got = predicted
      .filter((w) => key[w.end] > key[t.start] && key[w.start] < key[t.end])
      .map((w) => gold.text.slice(w.start, w.end))
      .join(' ');
    errors.push(`${t.words.map((w) => w.form).join('+')} → ${got === '' ? '∅' : got.split(' ').join('+')}`);
  }
  return {
    words: compareSets(goldWords, predWords),
    tokens: compareSets(goldTokens, predTokens),
    multiword: compareSets(goldMwt, predMwt),
    errors,
  };
}

/**
 * Sentence-boundary counts for one paragraph: gold and predicted sentence ends (source offsets),
 * compared in key space; the paragraph's own end is left out since every splitter gets it right.
 */
export function scoreSentenceBreaks(text: string, goldEnds: readonly number[], predictedEnds: readonly number[]): Counts {
  const key = keyIndex(text);
  const last = key[text.length]!;
  const g = new Set(goldEnds.map((e) => key[e]!).filter((k) => k < last));
  const p = new Set(predictedEnds.map((e) => key[e]!).filter((k) => k < last));
  return compareSets(g, p);
}
