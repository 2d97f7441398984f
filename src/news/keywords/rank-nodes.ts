/**
 * rankNodes: weighted PageRank over an undirected co-occurrence graph, as TextRank (Mihalcea & Tarau
 * 2004) uses for words and sentences: damping 0.85, a fixed number of iterations, deterministic.
 */

export interface WeightedGraph {
  readonly size: number;
  /** Adjacency: for node i, neighbours and the weights of the edges to them. */
  readonly neighbours: ReadonlyArray<readonly number[]>;
  readonly weights: ReadonlyArray<readonly number[]>;
}

const DAMPING = 0.85;
const ITERATIONS = 30;

/** PageRank scores of the nodes of `graph` (isolated nodes keep the base score). */
export function rankNodes(graph: WeightedGraph): Float64Array {
  const n = graph.size;
  const score = new Float64Array(n).fill(1);
  if (n === 0) return score;
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) for (const w of graph.weights[i]!) outWeight[i] += w;
  const next = new Float64Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const nb = graph.neighbours[i]!;
      const ws = graph.weights[i]!;
      for (let k = 0; k < nb.length; k++) {
        const j = nb[k]!;
        if (outWeight[j]! > 0) sum += (ws[k]! * score[j]!) / outWeight[j]!;
      }
      next[i] = 1 - DAMPING + DAMPING * sum;
    }
    score.set(next);
  }
  return score;
}

/** Builds a graph from weighted edge pairs accumulated in a map keyed `i * size + j` (i < j). */
export function graphFromEdges(size: number, edges: ReadonlyMap<number, number>): WeightedGraph {
  const neighbours: number[][] = Array.from({ length: size }, () => []);
  const weights: number[][] = Array.from({ length: size }, () => []);
  for (const [key, w] of edges) {
    const i = Math.floor(key / size);
    const j = key % size;
    neighbours[i]!.push(j);
    weights[i]!.push(w);
    neighbours[j]!.push(i);
    weights[j]!.push(w);
  }
  return { size, neighbours, weights };
}
