// Viterbi with pruned predecessors against a plain full search: same tags, ties included.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.js';
import { BIO_TAGS, TAG_COUNT, isAllowedTransition, tagMask } from './bio-tags.js';
import { decodeViterbi, transitionGaps } from './decode-viterbi.js';
import { loadNerModel } from './ner-model.js';

const T = TAG_COUNT;
const NEG = -1e30;

/** Every predecessor of every tag, in order, first best kept: the definition decodeViterbi must match. */
function fullSearch(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array, mask: Uint8Array): number[] {
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = mask[t] && isAllowedTransition(-1, t) ? emissions[t]! + transitions[t]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      if (!mask[t]) {
        score[i * T + t] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      for (let f = 0; f < T; f++) {
        if (!isAllowedTransition(f, t)) continue;
        const s = score[(i - 1) * T + f]! + transitions[(f + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + arg]!) arg = t;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}

function randomEmissions(random: () => number, n: number, integers: boolean): Float64Array {
  const e = new Float64Array(n * T);
  // Mostly O, as in text; integer scores make ties common.
  for (let k = 0; k < e.length; k++) e[k] = integers ? Math.floor(random() * 4) - (k % T === 0 ? 0 : 2) : (random() - (k % T === 0 ? 0.2 : 0.7)) * 20;
  return e;
}

describe('decodeViterbi', () => {
  it.each([
    ['the shipped transitions, real-valued scores', 'model', false],
    ['the shipped transitions, integer scores with ties', 'model', true],
    ['random transitions, real-valued scores', 'random', false],
    ['zero transitions, integer scores with ties', 'zero', true],
  ] as const)('gives the tags of the full search with %s', (_, transitionKind, integers) => {
    const random = seededRandom(42);
    const transitions = new Float64Array((T + 1) * T);
    if (transitionKind === 'model') transitions.set(loadNerModel().transitions);
    if (transitionKind === 'random') for (let k = 0; k < transitions.length; k++) transitions[k] = (random() - 0.5) * 30;
    const masks = [tagMask(undefined), tagMask(['PER', 'LOC', 'ORG']), tagMask(['DATE'])];
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 40);
      const emissions = randomEmissions(random, n, integers);
      const mask = masks[round % masks.length]!;
      const out = new Uint8Array(n);
      decodeViterbi(emissions, n, transitions, mask, out, round % 2 === 0 ? transitionGaps(transitions) : undefined);
      expect(Array.from(out)).toEqual(fullSearch(emissions, n, transitions, mask));
    }
  });

  it.each([['O'], ['B-PER']])('reaches a strong I-LOC only through B-LOC, even when the first word prefers %s', (first) => {
    const emissions = new Float64Array(2 * T);
    emissions[BIO_TAGS.indexOf(first)] = 5;
    emissions[T + BIO_TAGS.indexOf('I-LOC')] = 100;
    const out = new Uint8Array(2);
    decodeViterbi(emissions, 2, new Float32Array((T + 1) * T), tagMask(undefined), out);
    expect(Array.from(out, (t) => BIO_TAGS[t])).toEqual(['B-LOC', 'I-LOC']);
  });
});
