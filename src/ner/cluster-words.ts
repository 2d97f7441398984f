/**
 * Word classes from unlabelled text by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann &
 * Ney 1998): each word moves to the class that most raises the class-bigram likelihood. Names of
 * people, places and organisations fall into their own classes, which lets the NER model generalise
 * to words it never saw labelled. Used by ner.train.ts; the classes ship in models/ner/clusters.tsv.
 */

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

export interface ClusterOptions {
  readonly classes: number;
  readonly iterations: number;
  /** Words seen fewer times are left unclustered. */
  readonly minCount: number;
}

/**
 * Classes of the words of `sentences` (word keys), as word → class id. Deterministic: words are
 * ranked by count then by key, and visited in that order.
 */
export function clusterWords(sentences: readonly (readonly string[])[], options: ClusterOptions): Map<string, number> {
  const C = options.classes;
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const V = vocab.length + 1; // id V-1: every rare word and the sentence boundary, one fixed pseudo-word
  const OTHER = V - 1;
  const id = new Map<string, number>(vocab.map((w, i) => [w, i]));
  const unigram = new Float64Array(V);
  // Bigrams as adjacency lists built from a sorted map of pair keys.
  const pairs = new Map<number, number>();
  for (const s of sentences) {
    let prev = OTHER;
    for (const w of s) {
      const cur = id.get(w) ?? OTHER;
      unigram[cur]!++;
      const key = prev * V + cur;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      prev = cur;
    }
    const key = prev * V + OTHER;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const succ: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  const pred: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  for (const [key, n] of [...pairs].sort((a, b) => a[0] - b[0])) {
    const a = Math.floor(key / V);
    const b = key % V;
    succ[a]!.push([b, n]);
    pred[b]!.push([a, n]);
  }
  pairs.clear();

  // The pseudo-word gets a class of its own (class C), never moved.
  const K = C + 1;
  const cls = new Int32Array(V);
  for (let w = 0; w < OTHER; w++) cls[w] = w % C;
  cls[OTHER] = C;
  const classCount = new Float64Array(K);
  const big = new Float64Array(K * K);
  for (let w = 0; w < V; w++) {
    classCount[cls[w]!]! += unigram[w]!;
    for (const [b, n] of succ[w]!) big[cls[w]! * K + cls[b]!]! += n;
  }

  const s = new Float64Array(K);
  const p = new Float64Array(K);
  const touched: number[] = [];
  for (let iter = 0; iter < options.iterations; iter++) {
    let moved = 0;
    for (let w = 0; w < OTHER; w++) {
      // Context class counts of w, without its bigrams with itself.
      touched.length = 0;
      let self = 0;
      for (const [b, n] of succ[w]!) {
        if (b === w) {
          self += n;
          continue;
        }
        const c = cls[b]!;
        if (s[c] === 0 && p[c] === 0) touched.push(c);
        s[c]! += n;
      }
      for (const [a, n] of pred[w]!) {
        if (a === w) continue;
        const c = cls[a]!;
        if (s[c] === 0 && p[c] === 0) touched.push(c);
        p[c]! += n;
      }
      const from = cls[w]!;
      const nw = unigram[w]!;
      // Take w out of its class.
      for (const c of touched) {
        big[from * K + c]! -= s[c]!;
        big[c * K + from]! -= p[c]!;
      }
      big[from * K + from]! -= self;
      classCount[from]! -= nw;
      let best = from;
      let bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let gain = 0;
        for (const c of touched) {
          if (c === b) continue;
          const r = b * K + c;
          const l = c * K + b;
          gain += xlogx(big[r]! + s[c]!) - xlogx(big[r]!) + xlogx(big[l]! + p[c]!) - xlogx(big[l]!);
        }
        const bb = b * K + b;
        gain += xlogx(big[bb]! + s[b]! + p[b]! + self) - xlogx(big[bb]!);
        gain -= 2 * (xlogx(classCount[b]! + nw) - xlogx(classCount[b]!));
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          best = b;
        }
      }
      for (const c of touched) {
        big[best * K + c]! += s[c]!;
        big[c * K + best]! += p[c]!;
      }
      big[best * K + best]! += self;
      classCount[best]! += nw;
      if (best !== from) {
        cls[w] = best;
        moved++;
      }
      for (const c of touched) {
        s[c] = 0;
        p[c] = 0;
      }
    }
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  vocab.forEach((w, i) => out.set(w, cls[i]!));
  return out;
}
