/**
 * No sentence ends inside a quotation in guillemets that closes on the same line: «کیست؟ شما چه
 * کسی هستید؟» stays one sentence, as in UD PerDT. The closing «»» then ends the sentence through
 * extend-over-closing-marks. Very long quotations (over 120 tokens) are split as usual.
 */
import type { SentenceContext, SentenceRule } from './sentence-context.js';

const MAX_QUOTE_TOKENS = 120;

export const keepInsideGuillemets: SentenceRule = {
  id: 'keep-inside-guillemets',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    let open = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.breakBefore[i] !== 0) open = -1;
      const s = tokens.start[i]!;
      if (tokens.end[i]! - s !== 1) continue;
      const c = text.charCodeAt(s);
      if (c === 0xab) {
        open = i;
      } else if (c === 0xbb && open >= 0) {
        if (i - open <= MAX_QUOTE_TOKENS) {
          // The mark just before «»» keeps its break: extend-over-closing-marks moves it past «»».
          for (let k = open; k < i - 1; k++) breakAfter[k] = 0;
        }
        open = -1;
      }
    }
  },
};
