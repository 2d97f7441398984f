/**
 * A news dateline is a sentence of its own: «تهران - ایرنا:», «دهلی نو - واحد مرکزی خبر:» (UD
 * Seraji splits there). Only a short opening (at most 6 tokens) with a dash and no other
 * punctuation counts, so «او گفت: …» stays one sentence.
 */
import { TokenKind } from '../words/raw-tokens.js';
import type { SentenceContext, SentenceRule } from './sentence-context.js';

const MAX_TOKENS = 6;

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

export const breakAfterDateline: SentenceRule = {
  id: 'break-after-dateline',
  apply({ text, tokens, breakAfter }: SentenceContext) {
    let sentenceStart = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && (breakAfter[i - 1] === 1 || tokens.breakBefore[i] !== 0)) sentenceStart = i;
      if (text.charCodeAt(tokens.start[i]!) !== 0x3a || i - sentenceStart > MAX_TOKENS || i - sentenceStart < 2) continue;
      let dashes = 0;
      let other = 0;
      for (let j = sentenceStart; j < i; j++) {
        const k = tokens.kind[j];
        if (k === TokenKind.Word) continue;
        if (k === TokenKind.Punct && isDash(text.charCodeAt(tokens.start[j]!))) dashes++;
        else other++;
      }
      if (dashes === 1 && other === 0 && !isDash(text.charCodeAt(tokens.start[sentenceStart]!))) breakAfter[i] = 1;
    }
  },
};
