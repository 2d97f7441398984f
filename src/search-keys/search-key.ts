/**
 * The search key of one word: letters folded, lemmatized with the word's UPOS (guessed from the form
 * when absent), then folded again, so every spelling and inflection of a lemma indexes alike. When the
 * lemmatizer cannot place a nominal because of its spelling («مسؤولان», «همتیمیها» without ZWNJ), the
 * folded key itself is checked against a folded copy of the lexicon.
 */
import { uposId } from '../doc/labels.js';
import { lazyModel } from '../model-loader/load-model.js';
import { lemmatizeWord, loadMorphModel, type MorphModel } from '../morph/index.js';
import { foldKey, foldLetters } from './fold-key.js';

/** Plural and comparative suffixes tried on a folded key, longest first. */
const KEY_SUFFIXES = ['هایشان', 'هایمان', 'هایتان', 'هایی', 'های', 'ها', 'ترین', 'تر', 'ان', 'ات', 'ین', 'ی'] as const;

/** The lexicon folded like keys («هم‌تیمی» → «همتیمی», «مسئول» → «مسول»); built once from the morph model. */
const foldedLexicon = lazyModel((): ReadonlySet<string> => {
  const model = loadMorphModel();
  const out = new Set<string>();
  for (const word of model.lexicon) out.add(foldKey(word));
  return out;
});

const NOMINAL = new Set([0, uposId('NOUN'), uposId('ADJ'), uposId('PROPN')]);

/**
 * The ZWNJ-, spacing- and spelling-insensitive, lemma-based key of a word: «می‌روند», «میروند» → «رفت»;
 * «كتاب‌ها», «کتابها» → «کتاب»; «مسئولان», «مسؤولان» → «مسول». `upos` (a UD tag such as "VERB")
 * sharpens the lemma; without it the form decides.
 */
export function searchKey(form: string, upos?: string): string {
  return searchKeyWith(form, upos === undefined ? 0 : uposId(upos), loadMorphModel());
}

/** `searchKey` with a UPOS id (labels.ts) and an explicit model: the hot-path form. */
export function searchKeyWith(form: string, upos: number, model: MorphModel): string {
  if (typeof form !== 'string' || form.length === 0) return '';
  const letters = foldLetters(form);
  const lemma = lemmatizeWord(letters, upos, model);
  const key = foldKey(lemma);
  if (lemma !== letters || !NOMINAL.has(upos)) return key;
  const lexicon = model === loadMorphModel() ? foldedLexicon() : undefined;
  if (!lexicon || lexicon.has(key)) return key;
  for (const suffix of KEY_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
      const stem = key.slice(0, key.length - suffix.length);
      if (lexicon.has(stem)) return stem;
    }
  }
  return key;
}
