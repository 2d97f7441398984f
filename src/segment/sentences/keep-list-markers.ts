/**
 * A number or a single letter with a period at the start of a sentence is a list marker, not a
 * sentence: «۱. افزایش قیمت‌ها» and «الف. کلیات» stay one sentence.
 */
import { TokenKind } from '../words/raw-tokens.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const keepListMarkers: SentenceRule = {
  id: 'keep-list-markers',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (breakAfter[i] !== 1 || tokens.breakBefore[i + 1] !== 0) continue;
      const s = tokens.start[i]!;
      if (tokens.end[i]! - s !== 1 || text.charCodeAt(s) !== 0x2e) continue;
      const marker = i - 1;
      const startsSentence = marker === 0 || tokens.breakBefore[marker] !== 0 || breakAfter[marker - 1] === 1;
      if (!startsSentence) continue;
      const kind = tokens.kind[marker];
      const length = tokens.end[marker]! - tokens.start[marker]!;
      if ((kind === TokenKind.Number && length <= 3) || (kind === TokenKind.Word && length <= 3 && isLetterName(text, tokens.start[marker]!, length))) {
        breakAfter[i] = 0;
      }
    }
  },
};

/** «الف», «ب», «ج», «د» and single Latin letters name list items. */
function isLetterName(text: string, start: number, length: number): boolean {
  const word = text.slice(start, start + length);
  return word === 'الف' || word === 'ب' || word === 'ج' || word === 'د' || word === 'ه' || /^[a-zA-Z]$/u.test(word);
}
