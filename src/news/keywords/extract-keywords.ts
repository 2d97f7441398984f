/**
 * extractKeywords: TextRank keywords. Candidate words (see candidate-words.ts) are linked when they occur
 * within a window of 3 words in one sentence; PageRank scores them; adjacent candidates form phrases
 * («بشار اسد», «انرژی هسته‌ای»: up to 3 words, no punctuation between) scored by the sum of their words.
 * A phrase whose words an earlier, higher one already covers is dropped. Scores are scaled to max 1.
 */
import type { Keyword } from '../../doc/layers.js';
import type { NewsText } from '../scan/scan-news-text.js';
import { hasPunctuation } from '../speakers/find-subject.js';
import type { CandidateWords } from './candidate-words.js';
import { graphFromEdges, rankNodes } from './rank-nodes.js';

const WINDOW = 3;
const MAX_PHRASE_WORDS = 3;

export interface WordRanks {
  /** Node id per distinct key. */
  readonly ids: ReadonlyMap<string, number>;
  readonly scores: Float64Array;
}

/** PageRank of the candidate keys over their co-occurrence graph. */
export function rankWords(nt: NewsText, candidates: CandidateWords): WordRanks {
  const ids = new Map<string, number>();
  const { keys } = candidates;
  // Node id per word (-1 for non-candidates), so the window loop reads numbers only.
  const wordId = new Int32Array(nt.wordCount).fill(-1);
  for (let w = 0; w < nt.wordCount; w++) {
    const k = keys[w];
    if (!k) continue;
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    wordId[w] = id;
  }
  const size = ids.size;
  const edges = new Map<number, number>();
  for (let w = 0; w < nt.wordCount; w++) {
    const ia = wordId[w]!;
    if (ia < 0) continue;
    for (let d = 1; d < WINDOW && w + d < nt.wordCount && nt.wordSentence[w + d] === nt.wordSentence[w]; d++) {
      const ib = wordId[w + d]!;
      if (ib < 0 || ib === ia) continue;
      const key = ia < ib ? ia * size + ib : ib * size + ia;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  return { ids, scores: rankNodes(graphFromEdges(size, edges)) };
}

/** The top `limit` keywords: «... تحریم‌های تازه علیه ایران ...» → [{text: «تحریم‌های تازه», lemma: «تحریم تازه», ...}]. */
export function extractKeywords(nt: NewsText, candidates: CandidateWords, ranks: WordRanks, limit: number): Keyword[] {
  if (limit <= 0 || ranks.ids.size === 0) return [];
  const { keys } = candidates;
  const phrases = new Map<string, { text: string; words: string[]; score: number; count: number; first: number }>();
  const add = (from: number, to: number): void => {
    let lemma = keys[from]!;
    for (let k = from + 1; k < to; k++) lemma += ` ${keys[k]!}`;
    const hit = phrases.get(lemma);
    if (hit) {
      hit.count++;
      return;
    }
    const words = keys.slice(from, to) as string[];
    let score = 0;
    for (const k of words) score += ranks.scores[ranks.ids.get(k)!]!;
    phrases.set(lemma, { text: nt.text.slice(nt.wordStart[from]!, nt.wordEnd[to - 1]!), words, score, count: 1, first: from });
  };
  for (let w = 0; w < nt.wordCount; ) {
    if (!keys[w]) {
      w++;
      continue;
    }
    let end = w + 1;
    while (
      end < nt.wordCount && keys[end] && nt.wordSentence[end] === nt.wordSentence[w] &&
      !hasPunctuation(nt.text, nt.wordEnd[end - 1]!, nt.wordStart[end]!)
    ) end++;
    // Every sub-phrase of the run counts, so «توافقنامه آب» is seen inside «امضای توافقنامه آب» too.
    for (let k = w; k < end; k++) for (let e = k + 1; e <= end && e - k <= MAX_PHRASE_WORDS; e++) add(k, e);
    w = end;
  }
  // A multi-word phrase seen once is usually an accident of adjacency; keep those seen twice or more.
  const ranked = [...phrases.entries()]
    .filter(([, p]) => p.words.length === 1 || p.count >= 2)
    .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  const covered = new Set<string>();
  const out: Keyword[] = [];
  for (const [lemma, p] of ranked) {
    if (out.length >= limit) break;
    if (p.words.every((k) => covered.has(k))) continue;
    for (const k of p.words) covered.add(k);
    out.push({ text: p.text, lemma, score: p.score, count: p.count });
  }
  const top = out.length > 0 ? out[0]!.score : 1;
  return out.map((k) => ({ ...k, score: Math.round((k.score / top) * 10000) / 10000 }));
}
