/** What every token matcher receives: the text, the class table and the abbreviation set. */
import type { SegmentLexicon } from '../segment-lexicon.js';

export interface ScanContext {
  readonly text: string;
  readonly lexicon: SegmentLexicon;
}

/**
 * A token matcher: given the start of a token, returns its end (exclusive) when the rule applies,
 * or -1 so the next rule is tried.
 */
export type TokenMatcher = (ctx: ScanContext, start: number) => number;
