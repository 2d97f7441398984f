/** STUB (scaffold): whitespace segmentation with the final signature; the segment work replaces the body. */
import { createTokenTable, type WordBoundary } from '../doc/token-table.js';
import type { TextSpan } from '../doc/layers.js';
import type { Stage } from '../pipeline/stage.js';

export interface Segmentation {
  /** Sentence spans in the text. */
  readonly sentences: TextSpan[];
  /** Syntactic words (UD), with `surface` linking the words of one multiword token. */
  readonly words: WordBoundary[];
  /** Sentence index of each word. */
  readonly wordSentence: Int32Array;
}

export function segment(text: string): Segmentation {
  const words: WordBoundary[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ start: m.index, end: m.index + m[0].length });
  const sentences = text.length > 0 ? [{ start: 0, end: text.length }] : [];
  return { sentences, words, wordSentence: new Int32Array(words.length) };
}

export function segmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc) {
      const s = segment(doc.text);
      doc.tokens = createTokenTable(s.words, (i) => s.wordSentence[i]!);
      doc.sentences = s.sentences.map((span, k) => {
        let tokenStart = 0;
        while (tokenStart < s.words.length && s.wordSentence[tokenStart]! < k) tokenStart++;
        let tokenEnd = tokenStart;
        while (tokenEnd < s.words.length && s.wordSentence[tokenEnd] === k) tokenEnd++;
        return { ...span, tokenStart, tokenEnd };
      });
    },
  };
}
