/**
 * Doc → CoNLL-U (https://universaldependencies.org/format.html): `# sent_id` and `# text` per sentence,
 * a range line for each multiword token, SpaceAfter=No from the offsets, LEMMA/UPOS/XPOS/FEATS when the
 * Doc has them and `_` otherwise; HEAD/DEPREL/DEPS stay `_` (no parser).
 */
import type { Doc } from '../doc/doc.js';
import { UPOS_TAGS } from '../doc/labels.js';

export interface ConlluWriteOptions {
  /** Number of the first `# sent_id` (default 1). */
  readonly firstSentenceId?: number;
  /** Put `# newpar` before the first sentence (for documents written paragraph by paragraph). */
  readonly isNewParagraph?: boolean;
}

// CoNLL-U forbids tabs and line breaks inside a field and an empty field.
function field(value: string): string {
  if (value.length === 0) return '_';
  return value.replace(/[\t\r\n]+/g, ' ');
}

function isSpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x200c || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/** «کتابش را خواندم.» → "# sent_id = 1\n# text = کتابش را خواندم.\n1-2\tکتابش\t...\n1\tکتاب\t...\n\n". */
export function docToConllu(doc: Doc, options: ConlluWriteOptions = {}): string {
  const t = doc.tokens;
  const text = doc.text;
  let sentId = options.firstSentenceId ?? 1;
  let out = '';
  let first = true;
  for (const s of doc.sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    const lines: string[] = [];
    if (first && options.isNewParagraph) lines.push('# newpar');
    first = false;
    lines.push(`# sent_id = ${sentId++}`);
    lines.push(`# text = ${text.slice(s.start, s.end).replace(/[\r\n\t]+/g, ' ').trim()}`);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const id = i - s.tokenStart + 1;
      let last = i;
      if (t.surface[i] === i) {
        while (last + 1 < s.tokenEnd && t.surface[last + 1] === i) last++;
      }
      const surfaceEnd = last > i ? Math.max(t.end[i]!, t.end[last]!) : t.end[i]!;
      const misc = isSpaceAt(text, surfaceEnd) ? '_' : 'SpaceAfter=No';
      if (last > i) {
        lines.push(`${id}-${last - s.tokenStart + 1}\t${field(text.slice(t.start[i]!, surfaceEnd))}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
      }
      for (let k = i; k <= last; k++) {
        const upos = UPOS_TAGS[t.upos[k]!] ?? '_';
        const wordMisc = last > i ? '_' : misc;
        lines.push(
          [
            String(k - s.tokenStart + 1),
            field(text.slice(t.start[k]!, t.end[k]!)),
            field(t.lemma[k]!),
            upos,
            field(t.xpos[k]!),
            field(t.feats[k]!),
            '_',
            '_',
            '_',
            wordMisc,
          ].join('\t'),
        );
      }
      i = last;
    }
    out += `${lines.join('\n')}\n\n`;
  }
  return out;
}

/** How many sentences docToConllu writes for a Doc (those with at least one word). */
export function countConlluSentences(doc: Doc): number {
  let n = 0;
  for (const s of doc.sentences) if (s.tokenEnd > s.tokenStart) n++;
  return n;
}
