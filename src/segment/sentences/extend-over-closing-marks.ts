/**
 * A closing guillemet, quote or bracket after the final mark belongs to the sentence it closes:
 * «…شکست خورده‌ایم.» سپس» ends after «»», and so do «…است.)» and «…بود."».
 */
import { TokenKind } from '../words/raw-tokens.js';
import { isClosingMark, type SentenceContext, type SentenceRule } from './sentence-context.js';

export const extendOverClosingMarks: SentenceRule = {
  id: 'extend-over-closing-marks',
  apply(ctx: SentenceContext) {
    const { tokens, breakAfter } = ctx;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      if (breakAfter[i] !== 1) continue;
      let j = i + 1;
      // Also swallow a period typed after the closing mark («…است».) so it does not make an empty sentence.
      while (
        j < n &&
        tokens.breakBefore[j] === 0 &&
        (isClosingMark(ctx, j) || tokens.kind[j] === TokenKind.Terminal || tokens.kind[j] === TokenKind.Ellipsis)
      ) {
        j++;
      }
      if (j > i + 1) {
        breakAfter[i] = 0;
        breakAfter[j - 1] = 1;
        i = j - 1;
      }
    }
  },
};
