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

// BIO allows every tag after O, B-X and I-X except I-Y (Y ≠ X), so O and B-X take the best of all
// predecessors and I-X the better of B-X and I-X (bio-tags.ts: B-X = 2k + 1, I-X = 2k + 2).
const OPEN_TAGS = Int32Array.from({ length: T }, (_, t) => t).filter((t) => ALLOWED[t] === 1);
const INSIDE_TAGS = Int32Array.from({ length: T }, (_, t) => t).filter((t) => ALLOWED[t] === 0);
// Pruning margin: far above the rounding error of the sums compared (relative error about 1e-16).
const MARGIN = 1e-6;
const RELATIVE_MARGIN = 1e-9;

/**
 * For each tag f, the most any other predecessor can gain over f through a transition into an O or B
 * tag: max over those tags t of (max_g transitions[g → t] − transitions[f → t]). A predecessor scoring
 * more than this below the best one can never win, which is how decodeViterbi skips it.
 */
export function transitionGaps(transitions: Float32Array | Float64Array): Float64Array {
  const gaps = new Float64Array(T);
  for (let o = 0; o < OPEN_TAGS.length; o++) {
    const t = OPEN_TAGS[o]!;
    let most = -Infinity;
    for (let f = 0; f < T; f++) most = Math.max(most, transitions[(f + 1) * T + t]!);
    for (let f = 0; f < T; f++) gaps[f] = Math.max(gaps[f]!, most - transitions[(f + 1) * T + t]!);
  }
  return gaps;
}

/**
 * Best tag sequence. `emissions` is n×T, `transitions` is (T+1)×T with row 0 the start state and
 * row f+1 the scores after tag f; `mask[t]` = 0 forbids tag t. Writes the tags into `out`; ties go to
 * the lowest predecessor tag. `gaps` (transitionGaps of the same transitions) may be passed when the
 * transitions are fixed; they let each step skip the predecessors too far behind to win (usually all
 * but one), which leaves the result exactly as the full search.
 */
export function decodeViterbi(
  emissions: Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  mask: Uint8Array,
  out: Uint8Array | Int32Array,
  gaps: Float64Array = transitionGaps(transitions),
): void {
  if (n === 0) return;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const live = new Int32Array(T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) {
    prev[t] = mask[t] && ALLOWED[t] ? emissions[t]! + transitions[t]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const row = i * T;
    let top = prev[0]!;
    let topTag = 0;
    for (let f = 1; f < T; f++) {
      if (prev[f]! > top) {
        top = prev[f]!;
        topTag = f;
      }
    }
    const gap = gaps[topTag]!;
    const floor = top - gap - MARGIN - RELATIVE_MARGIN * (Math.abs(top) + gap);
    let liveCount = 0;
    for (let f = 0; f < T; f++) if (prev[f]! >= floor) live[liveCount++] = f;
    for (let o = 0; o < OPEN_TAGS.length; o++) {
      const t = OPEN_TAGS[o]!;
      if (!mask[t]) {
        cur[t] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < liveCount; k++) {
        const f = live[k]!;
        const s = prev[f]! + transitions[(f + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      cur[t] = best + emissions[row + t]!;
      back[row + t] = arg;
    }
    for (let o = 0; o < INSIDE_TAGS.length; o++) {
      const t = INSIDE_TAGS[o]!;
      if (!mask[t]) {
        cur[t] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      const fromBegin = prev[t - 1]! + transitions[t * T + t]!;
      if (fromBegin > best) {
        best = fromBegin;
        arg = t - 1;
      }
      const fromInside = prev[t]! + transitions[(t + 1) * T + t]!;
      if (fromInside > best) {
        best = fromInside;
        arg = t;
      }
      cur[t] = best + emissions[row + t]!;
      back[row + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (prev[t]! > best) {
      best = prev[t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
