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

/**
 * Lexicon words whose key differs from their spelling («هم‌تیمی» → «همتیمی», «مسئول» → «مسول»); with
 * the lexicon itself this answers "is this key a known word". Built once, from the words that contain a
 * character `foldKey` changes (a quick scan), so it stays small.
 */
const foldedAliases = lazyModel((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const word of loadMorphModel().lexicon) {
    const key = foldKey(word);
    if (key !== word) out.add(key);
  }
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
  if (lemma !== letters || !NOMINAL.has(upos) || model.lexicon.has(lemma) || key.length > 40) return key;
  const aliases = foldedAliases();
  if (model.lexicon.has(key) || aliases.has(key)) return key;
  for (const suffix of KEY_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
      const stem = key.slice(0, key.length - suffix.length);
      if (model.lexicon.has(stem) || aliases.has(stem)) return stem;
    }
  }
  return key;
}
