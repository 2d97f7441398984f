/** What each sentence rule reads and writes: the surface tokens and one break flag after each. */
import type { RawTokens } from '../words/raw-tokens.js';

export interface SentenceContext {
  readonly text: string;
  readonly tokens: RawTokens;
  /** 1 where a sentence ends after token i; rules set and clear these in order. */
  readonly breakAfter: Uint8Array;
}

/** A sentence rule: one pass over the tokens that sets or clears breaks. */
export interface SentenceRule {
  /** Stable id, kebab-case, as in the file name. */
  readonly id: string;
  apply(ctx: SentenceContext): void;
}

/** Closing marks that stay with the sentence they close: » ” ’ ) ] } › 〉 ، and a quote glued to the end. */
export function isClosingMark(ctx: SentenceContext, i: number): boolean {
  const { text, tokens } = ctx;
  const s = tokens.start[i]!;
  if (tokens.end[i]! - s !== 1) return false;
  const c = text.charCodeAt(s);
  if (c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x203a || c === 0x232a) return true;
  // A straight quote closes only when glued to what precedes it («…است."»).
  return (c === 0x22 || c === 0x27) && i > 0 && tokens.end[i - 1] === s;
}
