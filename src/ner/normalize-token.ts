/** One token through dabir's normalize(), kept as one token: what `--input conll` and training do to corpus words. */
import { normalize } from '../normalize/index.js';

/** «رئيس‌جمهوري» → «رئیس‌جمهوری»; never empty, never split (inner spaces become ZWNJ). */
export function normalizeToken(token: string): string {
  const out = normalize(token).text.trim();
  if (out.length === 0) return token;
  return out.replace(/\s+/g, '\u200c');
}
