/**
 * Greedy left-to-right decoding: each word gets the best-scoring tag given its features and the two
 * tags already chosen before it. Linear in the sentence length, no allocation per word.
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
} from './tag-features.js';
import type { TaggerModel } from './tagger-model.js';

/** Tag ids (indexes into model.tags) for the words of one sentence: «او به تهران رفت .» → PRON ADP PROPN VERB PUNCT. */
export function decodeTags(model: TaggerModel, forms: readonly string[], scheme = 0, useVocabulary = true): Uint8Array {
  const n = forms.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // The vocabulary's summed local scores are those of scheme 0 (perdt); other schemes compute them.
  const facts = computeWordFacts(forms, model.lexicon, useVocabulary && scheme === 0 ? model.vocabulary : undefined);
  const features = new Int32Array(MAX_FEATURES);
  const tagCount = model.tags.length;
  const scores = new Int32Array(tagCount);
  // Words with no letter, digit or punctuation (emoji, symbols, empty strings) never occur in the
  // treebanks, so the model has no evidence for them: UD tags emoji SYM, and an empty word is X.
  const sym = model.tags.indexOf('SYM');
  const other = model.tags.indexOf('X');
  const textual = SHAPE_DIGIT | SHAPE_LATIN | SHAPE_PERSIAN | SHAPE_PUNCT | SHAPE_ZWNJ;
  let prev = -1;
  let prev2 = -2;
  for (let i = 0; i < n; i++) {
    let count = 0;
    const row = facts.vocabRow[i]!;
    if (row >= 0) model.setLocalScores(row, scores);
    else {
      scores.fill(0);
      count = extractLocalFeatures(facts, i, scheme, features, 0);
    }
    count = extractContextFeatures(facts, n, i, prev, prev2, scheme, features, count);
    model.addScores(features, count, scores);
    let best = 0;
    for (let c = 1; c < tagCount; c++) if (scores[c]! > scores[best]!) best = c;
    if ((facts.shape[i]! & textual) === 0 && sym >= 0 && other >= 0) best = forms[i]!.length === 0 ? other : sym;
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}
