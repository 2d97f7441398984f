/**
 * Doc → tokenized plain text: one sentence per line, surface tokens separated by single spaces (a
 * multiword token such as «کتابش» is printed once, as written), for tools that read whitespace tokens.
 */
import type { Doc } from '../doc/doc.js';

/** «کتابها را خواندم. رفتم.» → "کتاب‌ها را خواندم .\nرفتم .\n" (every sentence ends with "\n"). */
export function docToTokensText(doc: Doc): string {
  const t = doc.tokens;
  let out = '';
  for (const s of doc.sentences) {
    let line = '';
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const first = t.surface[i]!;
      if (first !== i && first >= s.tokenStart) continue; // later word of a multiword token
      let end = t.end[i]!;
      for (let k = i + 1; k < s.tokenEnd && t.surface[k] === i; k++) end = Math.max(end, t.end[k]!);
      // A token never contains a line break; other whitespace inside one stays as it is.
      const form = doc.text.slice(t.start[i]!, end).replace(/[\r\n]+/g, ' ');
      line = line.length === 0 ? form : `${line} ${form}`;
    }
    if (line.length > 0) out += `${line}\n`;
  }
  return out;
}
