/**
 * Reads annotated sentences (forms with UPOS, lemma, XPOS, FEATS) out of CoNLL-U text, keeping only
 * syntactic word lines (no multiword ranges, no empty nodes). Used by the tagger's train, eval and
 * bench scripts; pure string code, the scripts do the file reading.
 */
import { FEATS, FORM, LEMMA, UPOS, XPOS, readConllu, sentenceText } from '../formats/conllu/index.js';

export interface TaggedSentence {
  /** The sentence's raw text («# text =» or rebuilt from the tokens). */
  readonly text: string;
  /** Surface tokens with the indexes of their syntactic words, for aligning raw-text output. */
  readonly surface: readonly { readonly form: string; readonly firstWord: number; readonly lastWord: number }[];
  readonly forms: string[];
  readonly upos: string[];
  readonly lemmas: string[];
  readonly xpos: string[];
  readonly feats: string[];
}

/** Every sentence of a CoNLL-U file: «1	او	او	PRON ...» → { forms: ['او', ...], upos: ['PRON', ...] }. */
export function readTaggedSentences(conllu: string): TaggedSentence[] {
  return readConllu(conllu).map((sentence) => {
    const forms: string[] = [];
    const upos: string[] = [];
    const lemmas: string[] = [];
    const xpos: string[] = [];
    const feats: string[] = [];
    const surface: { form: string; firstWord: number; lastWord: number }[] = [];
    let rangeEnd = 0;
    for (const line of sentence.lines) {
      const c = line.columns;
      if (line.kind === 'range') {
        const [a, b] = c[0]!.split('-').map(Number) as [number, number];
        surface.push({ form: c[FORM]!, firstWord: a - 1, lastWord: b - 1 });
        rangeEnd = b;
        continue;
      }
      if (line.kind !== 'word') continue;
      const id = Number(c[0]);
      if (id > rangeEnd) surface.push({ form: c[FORM]!, firstWord: id - 1, lastWord: id - 1 });
      forms.push(c[FORM]!);
      upos.push(c[UPOS]!);
      lemmas.push(c[LEMMA]!);
      xpos.push(c[XPOS]!);
      feats.push(c[FEATS]!);
    }
    return { text: sentenceText(sentence), surface, forms, upos, lemmas, xpos, feats };
  });
}
