/**
 * Punctuation: one token per mark, as UD Persian does («!؟» → «!» «؟»), except that a run of periods
 * («...», «..») and «…» stay one ellipsis token.
 */
import type { ScanContext } from './scan-context.js';

/** Matches punctuation at `start`; returns its end. */
export function matchPunctuation(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  if (text.charCodeAt(start) === 0x2e) {
    let i = start + 1;
    while (i < text.length && text.charCodeAt(i) === 0x2e) i++;
    return i;
  }
  return start + 1;
}
