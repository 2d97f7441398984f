/**
 * The `--input conll` path as a function: a corpus's own tokens, each normalized alone, then tagged;
 * the evaluation goes through exactly this, so the CLI and the dev scores agree.
 */
import { normalizeToken } from './normalize-token.js';
import { recognizeBio, type RecognizeOptions } from './recognize-entities.js';

/** BIO tags for given tokens: [«خبرگزاري», «مهر»] → [«B-ORG», «I-ORG»]. */
export function tagConllSentence(tokens: readonly string[], options: RecognizeOptions = {}): string[] {
  return recognizeBio(tokens.map(normalizeToken), options);
}
