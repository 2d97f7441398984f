/**
 * Viterbi decoding over BIO tags: emission scores per token and tag, learned transition scores, and
 * the BIO constraints (I-X only after B-X/I-X) plus a mask of usable tags, as hard limits.
 */
import { TAG_COUNT, isAllowedTransition } from './bio-tags.js';

const T = TAG_COUNT;
const NEG = -1e30;

// The BIO constraint table, computed once: ALLOWED[(from + 1) * T + to], from = -1 at the start.
const ALLOWED = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let f = -1; f < T; f++) for (let t = 0; t < T; t++) a[(f + 1) * T + t] = isAllowedTransition(f, t) ? 1 : 0;
  return a;
})();

// Allowed predecessors of each tag (I-X has two, the others all T), so the inner loop skips nothing.
const PREDECESSORS: readonly Int32Array[] = Array.from({ length: T }, (_, t) => {
  const list: number[] = [];
  for (let f = 0; f < T; f++) if (ALLOWED[(f + 1) * T + t]) list.push(f);
  return Int32Array.from(list);
});

/**
 * Best tag sequence. `emissions` is n×T, `transitions` is (T+1)×T with row 0 the start state and
 * row f+1 the scores after tag f; `mask[t]` = 0 forbids tag t. Writes the tags into `out`.
 */
export function decodeViterbi(
  emissions: Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  mask: Uint8Array,
  out: Uint8Array | Int32Array,
): void {
  if (n === 0) return;
  const score = new Float64Array(n * T);
  const back = new Int16Array(n * T);
  for (let t = 0; t < T; t++) {
    score[t] = mask[t] && ALLOWED[t] ? emissions[t]! + transitions[t]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prev = row - T;
    for (let t = 0; t < T; t++) {
      if (!mask[t]) {
        score[row + t] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      const preds = PREDECESSORS[t]!;
      for (let p = 0; p < preds.length; p++) {
        const f = preds[p]!;
        const s = score[prev + f]! + transitions[(f + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      score[row + t] = best + emissions[row + t]!;
      back[row + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (score[last + t]! > best) {
      best = score[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
