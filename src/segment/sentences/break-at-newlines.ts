/**
 * A line break always ends a sentence, a blank line (paragraph) as well as a single newline: news
 * text puts headlines, leads and datelines on lines of their own without final punctuation, and the
 * CLI reads one line at a time. Runs last, so no other rule can join two lines.
 */
import type { SentenceContext, SentenceRule } from './sentence-context.js';

export const breakAtNewlines: SentenceRule = {
  id: 'break-at-newlines',
  apply({ tokens, breakAfter }: SentenceContext) {
    for (let i = 1; i < tokens.length; i++) if (tokens.breakBefore[i] !== 0) breakAfter[i - 1] = 1;
  },
};
