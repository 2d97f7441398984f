/**
 * Lemma-annotated words out of CoNLL-U text, one list per sentence, for the lemmatizer's train, eval
 * and bench scripts. Pure string code; the scripts read the files. iPerUDT's «past#present» lemmas
 * are cut to the past stem, as PerDT writes them.
 */
import { FORM, LEMMA, MISC, UPOS, readConllu } from '../formats/conllu/index.js';

export interface LemmaWord {
  readonly form: string;
  readonly upos: string;
  readonly lemma: string;
  /** `[past, present]` from MISC «OrigLemma=داد#ده» or an iPerUDT «بود#باش» lemma; undefined otherwise. */
  readonly stems?: readonly [string, string];
}

function stemsOf(lemma: string, misc: string): [string, string] | undefined {
  const orig = /(?:^|\|)OrigLemma=([^|#]+)#([^|]+)/.exec(misc);
  if (orig) return [orig[1]!, orig[2]!];
  const hash = lemma.indexOf('#');
  if (hash > 0 && hash < lemma.length - 1) return [lemma.slice(0, hash), lemma.slice(hash + 1)];
  return undefined;
}

/** Syntactic words (no multiword ranges, no empty nodes) of every sentence: «1	رفتیم	رفت	VERB...». */
export function readLemmaSentences(conllu: string): LemmaWord[][] {
  return readConllu(conllu).map((sentence) => {
    const words: LemmaWord[] = [];
    for (const line of sentence.lines) {
      if (line.kind !== 'word') continue;
      const c = line.columns;
      const raw = c[LEMMA]!;
      const hash = raw.indexOf('#');
      const lemma = hash > 0 ? raw.slice(0, hash) : raw;
      const stems = stemsOf(raw, c[MISC]!);
      words.push(stems ? { form: c[FORM]!, upos: c[UPOS]!, lemma, stems } : { form: c[FORM]!, upos: c[UPOS]!, lemma });
    }
    return words;
  });
}

/** The annotated corpora the lemmatizer learns from and is scored on, with their priority order. */
export const LEMMA_CORPORA = [
  { name: 'perdt', path: ['ud-persian-perdt', 'fa_perdt-ud-dev.conllu'], evaluate: true },
  { name: 'seraji', path: ['ud-persian-seraji', 'fa_seraji-ud-dev.conllu'], evaluate: true },
  { name: 'iperudt-train', path: ['ud-persian-iperudt', 'iPerUDT_train.conllu'], evaluate: false },
  { name: 'iperudt-dev', path: ['ud-persian-iperudt', 'iPerUDT_dev.conllu'], evaluate: false },
] as const;
