/**
 * An ellipsis alone does not end a sentence: Persian uses it inside sentences for "and so on"
 * («و بلبل… باضافهٔ», UD Seraji). It does before a capital Latin letter («…and then… The»).
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import { TokenKind } from '../words/raw-tokens.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const breakAfterEllipsisBeforeCapital: SentenceRule = {
  id: 'break-after-ellipsis-before-capital',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens.kind[i] === TokenKind.Ellipsis && CHAR_CLASS[text.charCodeAt(tokens.start[i + 1]!)] === CharClass.LatinUpper) {
        breakAfter[i] = 1;
      }
    }
  },
};
