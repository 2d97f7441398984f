/**
 * A sentence ends after terminal punctuation: «.», «!», «؟», «?» and runs of them («!؟», «؟!»,
 * «…؟»), once, after the last mark of the run.
 */
import { TokenKind } from '../words/raw-tokens.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const breakAfterTerminalPunctuation: SentenceRule = {
  id: 'break-after-terminal-punctuation',
  apply({ tokens, breakAfter }: SentenceContext) {
    const { kind, breakBefore, length: n } = tokens;
    let runHasTerminal = false;
    for (let i = 0; i < n; i++) {
      const k = kind[i];
      if (k !== TokenKind.Terminal && k !== TokenKind.Ellipsis) {
        runHasTerminal = false;
        continue;
      }
      if (k === TokenKind.Terminal) runHasTerminal = true;
      const next = i + 1 < n ? kind[i + 1] : 0;
      const runEnds = i + 1 >= n || breakBefore[i + 1] !== 0 || (next !== TokenKind.Terminal && next !== TokenKind.Ellipsis);
      if (runEnds) {
        if (runHasTerminal) breakAfter[i] = 1;
        runHasTerminal = false;
      }
    }
  },
};
