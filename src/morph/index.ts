/** STUB (scaffold): lemmatizer with its final signature; the morph work replaces the body. */
import type { Stage } from '../pipeline/stage.js';

/** Lemma of a word given its UPOS, following UD Persian conventions («می‌روند», VERB → «رفت»). */
export function lemmatize(form: string, _upos: string): string {
  return form;
}

export function lemmatizeStage(): Stage {
  return {
    name: 'lemmatize',
    requires: ['tokens', 'upos'],
    assigns: ['lemma'],
    run(doc) {
      const t = doc.tokens;
      for (let i = 0; i < t.length; i++) t.lemma[i] = doc.text.slice(t.start[i], t.end[i]);
    },
  };
}
