/**
 * The sentence splitter, as the ordered list of its rules over surface tokens. Abbreviations
 * («ق.م.»), decimals («۳٫۵»), dates, URLs and e-mails need no rule here: the tokenizer already keeps
 * their periods inside one token, so only a standalone terminal mark can end a sentence.
 */
import type { RawTokens } from '../words/raw-tokens.js';
import { breakAfterDateline } from './break-after-dateline.js';
import { breakAfterEllipsisBeforeCapital } from './break-after-ellipsis-before-capital.js';
import { breakAfterTerminalPunctuation } from './break-after-terminal-punctuation.js';
import { breakAtNewlines } from './break-at-newlines.js';
import { extendOverClosingMarks } from './extend-over-closing-marks.js';
import { keepBeforeContinuation } from './keep-before-continuation.js';
import { keepBracketedMarks } from './keep-bracketed-marks.js';
import { keepGluedPeriods } from './keep-glued-periods.js';
import { keepInsideGuillemets } from './keep-inside-guillemets.js';
import { keepListMarkers } from './keep-list-markers.js';
import type { SentenceRule } from './sentence-context.js';

export type { SentenceContext, SentenceRule } from './sentence-context.js';

export const SENTENCE_RULES: readonly SentenceRule[] = [
  breakAfterTerminalPunctuation,
  breakAfterEllipsisBeforeCapital,
  // Reads the breaks set so far to find where the current sentence starts.
  breakAfterDateline,
  // Clearing rules come after the rules that set breaks, and before the extension moves them.
  keepBracketedMarks,
  keepGluedPeriods,
  keepListMarkers,
  keepInsideGuillemets,
  extendOverClosingMarks,
  // After the extension, so «چرا؟»، او پرسید» sees the comma after «»».
  keepBeforeContinuation,
  // Last: a newline is a hard boundary that nothing may undo.
  breakAtNewlines,
];

/** Marks where sentences end: 1 after token i when a sentence ends there (the last token always ends one). */
export function findSentenceBreaks(text: string, tokens: RawTokens, rules: readonly SentenceRule[] = SENTENCE_RULES): Uint8Array {
  const breakAfter = new Uint8Array(tokens.length);
  const ctx = { text, tokens, breakAfter };
  for (const rule of rules) rule.apply(ctx);
  if (tokens.length > 0) breakAfter[tokens.length - 1] = 1;
  return breakAfter;
}
