/** A mark in brackets is a comment, not a sentence end: «او گفت (!) که…», «در سال ۱۳۰۰ (؟) …». */
import { TokenKind } from '../words/raw-tokens.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

function charAt(ctx: SentenceContext, i: number): number {
  return ctx.text.charCodeAt(ctx.tokens.start[i]!);
}

export const keepBracketedMarks: SentenceRule = {
  id: 'keep-bracketed-marks',
  apply(ctx: SentenceContext) {
    const { tokens, breakAfter } = ctx;
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (breakAfter[i] !== 1 || charAt(ctx, i + 1) !== 0x29) continue;
      let r = i;
      while (r > 0 && (tokens.kind[r - 1] === TokenKind.Terminal || tokens.kind[r - 1] === TokenKind.Ellipsis)) r--;
      if (r > 0 && charAt(ctx, r - 1) === 0x28) breakAfter[i] = 0;
    }
  },
};
