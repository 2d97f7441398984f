/**
 * Greedy left-to-right decoding: each word gets the best-scoring tag given its features and the two
 * tags already chosen before it. Linear in the sentence length, no allocation per word. The fast path
 * adds precomputed sums for known neighbours and the tag history instead of probing the weight table
 * feature by feature (cache misses dominate); it gives exactly the scores of the plain path.
 */
import {
  MAX_FEATURES,
  SHAPE_DIGIT,
  SHAPE_LATIN,
  SHAPE_PERSIAN,
  SHAPE_PUNCT,
  SHAPE_ZWNJ,
  computeWordFacts,
  extractContextFeatures,
  extractLocalFeatures,
  next2NeighbourFeatures,
  nextNeighbourFeatures,
  pairContextFeatures,
  prevNeighbourFeatures,
  type WordFacts,
} from './tag-features.js';
import type { TaggerModel } from './tagger-model.js';

const TEXTUAL = SHAPE_DIGIT | SHAPE_LATIN | SHAPE_PERSIAN | SHAPE_PUNCT | SHAPE_ZWNJ;

/**
 * Tag ids (indexes into model.tags) for the words of one sentence: «او به تهران رفت .» → PRON ADP PROPN VERB PUNCT.
 * `useVocabulary = false` takes the plain path (every feature looked up one by one), the reference
 * the fast path is tested against; both give the same tags.
 */
export function decodeTags(model: TaggerModel, forms: readonly string[], scheme = 0, useVocabulary = true): Uint8Array {
  const n = forms.length;
  if (n === 0) return new Uint8Array(0);
  if (!useVocabulary) return decodePlain(model, forms, scheme);
  // The vocabulary's summed local scores are those of scheme 0 (perdt); other schemes compute them,
  // and then no word has a vocabulary row (only the boundary and tag-history sums apply).
  const facts = computeWordFacts(forms, model.lexicon, scheme === 0 ? model.vocabulary : undefined);
  const tags = new Uint8Array(n);
  const features = new Int32Array(MAX_FEATURES);
  const tagCount = model.tags.length;
  const scores = new Int32Array(tagCount);
  const { prev: prevRows, next: nextRows, next2: next2Rows, boundary } = model.neighbourScores();
  const history = model.tagHistoryScores(scheme);
  const vocabRow = facts.vocabRow;
  const sym = model.tags.indexOf('SYM');
  const other = model.tags.indexOf('X');
  let prev = -1;
  let prev2 = -2;
  for (let i = 0; i < n; i++) {
    let count = 0;
    const row = vocabRow[i]!;
    if (row >= 0) model.setLocalScores(row, scores);
    else {
      scores.fill(0);
      count = extractLocalFeatures(facts, i, scheme, features, 0);
    }
    const pr = i === 0 ? boundary : vocabRow[i - 1]!;
    if (pr >= 0) addRow(prevRows, pr * tagCount, scores, tagCount);
    else count = prevNeighbourFeatures(facts, i - 1, features, count);
    const nr = i + 1 >= n ? boundary : vocabRow[i + 1]!;
    if (nr >= 0) addRow(nextRows, nr * tagCount, scores, tagCount);
    else count = nextNeighbourFeatures(facts, n, i + 1, features, count);
    const n2r = i + 2 >= n ? boundary : vocabRow[i + 2]!;
    if (n2r >= 0) addRow(next2Rows, n2r * tagCount, scores, tagCount);
    else count = next2NeighbourFeatures(facts, n, i + 2, features, count);
    addRow(history, ((prev + 1) * (tagCount + 2) + prev2 + 2) * tagCount, scores, tagCount);
    count = pairContextFeatures(facts, n, i, prev, features, count);
    model.addScores(features, count, scores);
    const best = pickTag(facts, forms, i, scores, tagCount, sym, other);
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

function addRow(rows: Int32Array, base: number, scores: Int32Array, tagCount: number): void {
  for (let c = 0; c < tagCount; c++) scores[c]! += rows[base + c]!;
}

function pickTag(facts: WordFacts, forms: readonly string[], i: number, scores: Int32Array, tagCount: number, sym: number, other: number): number {
  let best = 0;
  for (let c = 1; c < tagCount; c++) if (scores[c]! > scores[best]!) best = c;
  // Words with no letter, digit or punctuation (emoji, symbols, empty strings) never occur in the
  // treebanks, so the model has no evidence for them: UD tags emoji SYM, and an empty word is X.
  if ((facts.shape[i]! & TEXTUAL) === 0 && sym >= 0 && other >= 0) best = forms[i]!.length === 0 ? other : sym;
  return best;
}

/** Every feature of every word looked up in the weight table (extractFeatures, as in training). */
function decodePlain(model: TaggerModel, forms: readonly string[], scheme: number): Uint8Array {
  const n = forms.length;
  const tags = new Uint8Array(n);
  const facts = computeWordFacts(forms, model.lexicon);
  const features = new Int32Array(MAX_FEATURES);
  const tagCount = model.tags.length;
  const scores = new Int32Array(tagCount);
  const sym = model.tags.indexOf('SYM');
  const other = model.tags.indexOf('X');
  let prev = -1;
  let prev2 = -2;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    const count = extractContextFeatures(facts, n, i, prev, prev2, scheme, features, extractLocalFeatures(facts, i, scheme, features, 0));
    model.addScores(features, count, scores);
    const best = pickTag(facts, forms, i, scores, tagCount, sym, other);
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}
