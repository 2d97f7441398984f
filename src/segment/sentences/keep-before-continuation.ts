/**
 * No sentence ends where the text plainly goes on: before a lower-case Latin word («etc. and»),
 * before a comma or semicolon («ق.م.، سپس» typed as «…م. ،»), or before a colon.
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const keepBeforeContinuation: SentenceRule = {
  id: 'keep-before-continuation',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (breakAfter[i] !== 1 || tokens.breakBefore[i + 1] !== 0) continue;
      const c = text.charCodeAt(tokens.start[i + 1]!);
      if (CHAR_CLASS[c] === CharClass.LatinLower || c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a) {
        breakAfter[i] = 0;
      }
    }
  },
};
