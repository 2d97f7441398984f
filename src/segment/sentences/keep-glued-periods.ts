/**
 * A period with a letter or digit glued on both sides is not a sentence end: «بی.ام.دبلیو»,
 * «اچ.آی.وی», «DirectX.11». (Normalized text always has a space after a real full stop.)
 */
import { CHAR_CLASS, isWordClass } from '../char-class.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const keepGluedPeriods: SentenceRule = {
  id: 'keep-glued-periods',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (breakAfter[i] !== 1) continue;
      const s = tokens.start[i]!;
      const e = tokens.end[i]!;
      if (e - s !== 1 || text.charCodeAt(s) !== 0x2e) continue;
      if (tokens.end[i - 1] !== s || tokens.start[i + 1] !== e) continue;
      if (isWordClass(CHAR_CLASS[text.charCodeAt(s - 1)]!) && isWordClass(CHAR_CLASS[text.charCodeAt(e)]!)) breakAfter[i] = 0;
    }
  },
};
