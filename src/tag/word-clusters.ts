/**
 * Distributional word clusters for the tagger: words that occur between the same neighbours get the
 * same id, so an unseen word («اصفهانی‌ها») borrows the evidence of the words it behaves like. Built
 * from unannotated text by tag.train.ts (two-level spherical k-means over neighbour vectors); the
 * model ships the result as models/tagger/clusters.txt, one line of words per fine cluster.
 */
import { seededRandom } from '../seeded-random.js';

/** Fine cluster id = coarse id · CLUSTER_SUBS + sub id, so the coarse id is a prefix of the fine one. */
export const CLUSTER_SUB_BITS = 4;
export const CLUSTER_SUBS = 1 << CLUSTER_SUB_BITS;

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  readonly minCount: number;
  /** Number of most frequent words used as left/right context dimensions. */
  readonly contexts: number;
  /** Number of coarse clusters (each split into CLUSTER_SUBS fine ones). */
  readonly coarse: number;
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, contexts: 1000, coarse: 128, iterations: 12, seed: 20261126 };

/** Sparse unit vectors in CSR form. */
interface Vectors {
  readonly start: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly dims: number;
}

function dot(v: Vectors, row: number, center: Float64Array): number {
  let s = 0;
  for (let e = v.start[row]!; e < v.start[row + 1]!; e++) s += v.value[e]! * center[v.index[e]!]!;
  return s;
}

/** Spherical k-means over the rows `members` (k-means++ seeding); returns a cluster per member. */
function sphericalKMeans(v: Vectors, members: readonly number[], k: number, iterations: number, random: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (k <= 1 || n <= k) {
    for (let i = 0; i < n; i++) assign[i] = k <= 1 ? 0 : i;
    return assign;
  }
  const centers: Float64Array[] = [];
  const fromRow = (row: number): Float64Array => {
    const c = new Float64Array(v.dims);
    for (let e = v.start[row]!; e < v.start[row + 1]!; e++) c[v.index[e]!] = v.value[e]!;
    return c;
  };
  centers.push(fromRow(members[Math.floor(random() * n)]!));
  const best = new Float64Array(n).fill(-Infinity);
  while (centers.length < k) {
    const last = centers[centers.length - 1]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const s = dot(v, members[i]!, last);
      if (s > best[i]!) best[i] = s;
      total += 1 - best[i]!;
    }
    let pick = random() * total;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= 1 - best[i]!;
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    centers.push(fromRow(members[chosen]!));
  }
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let arg = 0;
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(v, members[i]!, centers[c]!);
        if (s > top) {
          top = s;
          arg = c;
        }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    for (const c of centers) c.fill(0);
    for (let i = 0; i < n; i++) {
      const c = centers[assign[i]!]!;
      const row = members[i]!;
      for (let e = v.start[row]!; e < v.start[row + 1]!; e++) c[v.index[e]!]! += v.value[e]!;
    }
    for (const c of centers) {
      let norm = 0;
      for (let d = 0; d < c.length; d++) norm += c[d]! * c[d]!;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < c.length; d++) c[d]! /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

/**
 * Clusters the words of tokenized sentences (already in the form used as key, e.g. bare forms):
 * each word seen at least minCount times is described by the positive PMI of its left and right
 * neighbours among the `contexts` most frequent words; returns word → fine cluster id.
 */
export function buildWordClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words = byFreq.filter(([, n]) => n >= options.minCount).map(([w]) => w);
  const row = new Map(words.map((w, i) => [w, i]));
  const C = options.contexts;
  const contextId = new Map(byFreq.slice(0, C).map(([w], i) => [w, i]));
  // Dimensions: left context 0..C (C = sentence start), right context C+1..2C+1 (2C+1 = sentence end).
  const dims = 2 * C + 2;
  const counts: Map<number, number>[] = words.map(() => new Map());
  const contextTotals = new Float64Array(dims);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]!);
      if (r === undefined) continue;
      const left = i === 0 ? C : contextId.get(s[i - 1]!);
      const right = i + 1 === s.length ? 2 * C + 1 : (() => {
        const id = contextId.get(s[i + 1]!);
        return id === undefined ? undefined : C + 1 + id;
      })();
      const m = counts[r]!;
      if (left !== undefined) {
        m.set(left, (m.get(left) ?? 0) + 1);
        contextTotals[left]! += 1;
      }
      if (right !== undefined) {
        m.set(right, (m.get(right) ?? 0) + 1);
        contextTotals[right]! += 1;
      }
    }
  }
  // Context distribution smoothed with exponent 0.75 (Levy et al. 2015) so rare contexts don't dominate PMI.
  let smoothedTotal = 0;
  const smoothed = Float64Array.from(contextTotals, (x) => Math.pow(x, 0.75));
  for (const x of smoothed) smoothedTotal += x;
  const start = new Int32Array(words.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  counts.forEach((m, r) => {
    let rowTotal = 0;
    for (const c of m.values()) rowTotal += c;
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const from = index.length;
    let norm = 0;
    for (const [d, c] of entries) {
      const pmi = Math.log((c / rowTotal) / (smoothed[d]! / smoothedTotal));
      if (pmi <= 0) continue;
      index.push(d);
      value.push(pmi);
      norm += pmi * pmi;
    }
    norm = Math.sqrt(norm) || 1;
    for (let e = from; e < value.length; e++) value[e]! /= norm;
    start[r + 1] = index.length;
  });
  const vectors: Vectors = { start, index: Int32Array.from(index), value: Float64Array.from(value), dims };
  const random = seededRandom(options.seed);
  const all = words.map((_, i) => i);
  const coarse = sphericalKMeans(vectors, all, options.coarse, options.iterations, random);
  const result = new Map<string, number>();
  for (let c = 0; c < options.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const fine = sphericalKMeans(vectors, members, CLUSTER_SUBS, options.iterations, random);
    members.forEach((r, j) => result.set(words[r]!, c * CLUSTER_SUBS + fine[j]!));
  }
  return result;
}

/** clusters.txt: line k holds the words of fine cluster k, separated by spaces, sorted. */
export function serializeWordClusters(clusters: ReadonlyMap<string, number>): string {
  let max = -1;
  for (const id of clusters.values()) max = Math.max(max, id);
  const lines: string[][] = Array.from({ length: max + 1 }, () => []);
  for (const [w, id] of clusters) lines[id]!.push(w);
  return lines.map((l) => l.sort().join(' ')).join('\n') + '\n';
}

/** Calls `visit(word, fineId)` for each word of a clusters.txt text. */
export function forEachClusterWord(text: string, visit: (word: string, id: number) => void): void {
  let id = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 32 || c === 10) {
      if (i > from) visit(text.slice(from, i), id);
      from = i + 1;
      if (c === 10) id++;
    }
  }
}
