/**
 * rankSentences: the extractive summary: the `n` most central sentences, in text order. Centrality is
 * TextRank over sentences (similarity = shared candidate keys / (log |A| + log |B|), Mihalcea & Tarau
 * 2004) up to 300 sentences; beyond that, for speed, the sum of the word ranks of the sentence over the
 * square root of its length. Sentences under 4 words (datelines, headings) are never picked while longer ones remain.
 */
import type { TextSpan } from '../../doc/layers.js';
import type { CandidateWords } from '../keywords/candidate-words.js';
import type { WordRanks } from '../keywords/extract-keywords.js';
import { graphFromEdges, rankNodes } from '../keywords/rank-nodes.js';
import type { NewsText } from '../scan/scan-news-text.js';

const MAX_GRAPH_SENTENCES = 300;
const MIN_WORDS = 4;

/** Indexes into `sentences` of the summary: 3 of a 10-sentence article → e.g. [0, 3, 7]. */
export function rankSentences(
  nt: NewsText,
  sentences: readonly TextSpan[],
  candidates: CandidateWords,
  ranks: WordRanks,
  n: number,
): number[] {
  const count = sentences.length;
  if (n <= 0 || count === 0) return [];
  if (count <= n) return sentences.map((_, i) => i);
  // Candidate keys and word counts per sentence, by offsets (the Doc's sentences need not match the scan's).
  const bags: Array<Map<string, number>> = sentences.map(() => new Map());
  const lengths = new Int32Array(count);
  let s = 0;
  for (let w = 0; w < nt.wordCount; w++) {
    const start = nt.wordStart[w]!;
    while (s < count && sentences[s]!.end <= start) s++;
    if (s >= count) break;
    if (start < sentences[s]!.start) continue;
    lengths[s]++;
    const k = candidates.keys[w];
    if (k) bags[s]!.set(k, (bags[s]!.get(k) ?? 0) + 1);
  }
  let scores: Float64Array;
  if (count <= MAX_GRAPH_SENTENCES) {
    const edges = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const a = bags[i]!;
      if (a.size === 0) continue;
      for (let j = i + 1; j < count; j++) {
        const b = bags[j]!;
        if (b.size === 0) continue;
        let shared = 0;
        const [small, large] = a.size <= b.size ? [a, b] : [b, a];
        for (const k of small.keys()) if (large.has(k)) shared++;
        if (shared === 0) continue;
        const denom = Math.log(a.size + 1) + Math.log(b.size + 1);
        edges.set(i * count + j, shared / denom);
      }
    }
    scores = rankNodes(graphFromEdges(count, edges));
  } else {
    scores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      let sum = 0;
      for (const k of bags[i]!.keys()) sum += ranks.scores[ranks.ids.get(k)!] ?? 0;
      scores[i] = sum / Math.sqrt(bags[i]!.size + 1);
    }
  }
  const order = Array.from({ length: count }, (_, i) => i)
    .filter((i) => lengths[i]! >= MIN_WORDS)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const picked = order.slice(0, n);
  if (picked.length < n) {
    for (let i = 0; i < count && picked.length < n; i++) if (!picked.includes(i)) picked.push(i);
  }
  return picked.sort((a, b) => a - b);
}
