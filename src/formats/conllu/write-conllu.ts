/** CoNLL-U writer: the exact inverse of the reader (comments, ranges, empty nodes and MISC kept). */
import type { ConlluSentence } from './conllu-types.js';

export function writeConlluSentence(sentence: ConlluSentence): string {
  const out: string[] = [...sentence.comments];
  for (const l of sentence.lines) out.push(l.columns.join('\t'));
  return `${out.join('\n')}\n\n`;
}

export function writeConllu(sentences: Iterable<ConlluSentence>): string {
  let out = '';
  for (const s of sentences) out += writeConlluSentence(s);
  return out;
}
