/**
 * findCues: every reporting-verb phrase in a scanned text, matched over up to five words joined
 * without their spaces, longest first («تاکید کرده است» over «تاکید کرد»), so spacing variants match.
 */
import { lazyModel } from '../../model-loader/load-model.js';
import { isBlank, type NewsText } from '../scan/scan-news-text.js';
import { buildCueLexicon, type CueForm } from './reporting-verbs.js';

/** A reporting verb found in the text: words [wordStart, wordEnd), chars [start, end). */
export interface Cue extends CueForm {
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly start: number;
  readonly end: number;
}

const MAX_WORDS = 5;

/** The shared, read-only lexicon (built on first use). */
export const cueLexicon = lazyModel(buildCueLexicon);

/** Cues in text order: «وی افزود: ...» → [{lemma: «افزود», tense: past, ...}]. */
export function findCues(nt: NewsText): Cue[] {
  const { forms, prefixes } = cueLexicon();
  const cues: Cue[] = [];
  const { wordKey, wordStart, wordEnd, text } = nt;
  for (let i = 0; i < nt.wordCount; i++) {
    let acc = wordKey[i]!;
    if (!prefixes.has(acc)) continue;
    let best: CueForm | undefined;
    let bestEnd = -1;
    for (let k = i; ; ) {
      const form = forms.get(acc);
      if (form) {
        best = form;
        bestEnd = k + 1;
      }
      k++;
      if (k >= nt.wordCount || k - i >= MAX_WORDS || nt.wordSentence[k] !== nt.wordSentence[i]) break;
      if (!isBlank(text, wordEnd[k - 1]!, wordStart[k]!)) break;
      acc += wordKey[k]!;
      if (!prefixes.has(acc)) break;
    }
    if (best) {
      cues.push({ ...best, wordStart: i, wordEnd: bestEnd, start: wordStart[i]!, end: wordEnd[bestEnd - 1]! });
      i = bestEnd - 1;
    }
  }
  return cues;
}
