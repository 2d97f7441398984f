/**
 * The lemmatizer: UD Persian lemmas from a word and its UPOS (verbs → past stem, plurals, clitics and
 * comparatives removed), from rules validated by Hazm's verb stems and lexicon plus a table learned from UD.
 */
import { uposId } from '../doc/labels.js';
import { DabirError, assertKnownOptions, assertOneOf } from '../errors.js';
import type { Stage } from '../pipeline/stage.js';
import { lemmatizeWord, type Treebank } from './lemmatize-word.js';
import { loadMorphModel } from './morph-model.js';

export {
  MORPH_FORMAT_VERSION,
  MORPH_MODEL_FILES,
  buildMorphModel,
  checkMorphMeta,
  loadMorphModel,
  parseMorphTables,
  type MorphModel,
  type MorphTables,
} from './morph-model.js';
export { lemmatizeWord, type Treebank } from './lemmatize-word.js';
export { lemmatizeVerb } from './lemmatize-verb.js';
export { lemmatizeNominal } from './lemmatize-nominal.js';

export interface LemmatizeOptions {
  /** Lemma conventions to follow: 'perdt' (default, the UD PerDT reference) or 'seraji' («شد» → «کرد»). */
  readonly treebank?: Treebank;
}

const TREEBANKS = ['perdt', 'seraji'] as const;

/**
 * Lemma of a word given its UPOS, following UD Persian conventions: «می‌روند», VERB → «رفت»;
 * «کتاب‌ها», NOUN → «کتاب»; «ش», PRON → «او». An empty or unknown `upos` lets the form decide.
 */
export function lemmatize(form: string, upos: string, options?: LemmatizeOptions): string {
  if (typeof form !== 'string') {
    throw new DabirError('invalid-argument', `lemmatize: form must be a string, got ${form === null ? 'null' : typeof form}`);
  }
  const treebank = options === undefined ? 'perdt' : treebankOf(options);
  return lemmatizeWord(form, typeof upos === 'string' ? uposId(upos) : 0, loadMorphModel(), treebank);
}

function treebankOf(options: LemmatizeOptions): Treebank {
  assertKnownOptions(options, ['treebank'], 'lemmatize');
  return options.treebank === undefined ? 'perdt' : assertOneOf(options.treebank, TREEBANKS, 'treebank', 'lemmatize');
}

/** Lemmas of many words at once (UPOS as tags such as "NOUN"): [«می‌روند», «کتاب‌ها»] → [«رفت», «کتاب»]. */
export function lemmatizeAll(forms: readonly string[], upos: readonly string[], options?: LemmatizeOptions): string[] {
  const model = loadMorphModel();
  const treebank = options === undefined ? 'perdt' : treebankOf(options);
  const out = new Array<string>(forms.length);
  for (let i = 0; i < forms.length; i++) out[i] = lemmatizeWord(forms[i]!, uposId(upos[i] ?? ''), model, treebank);
  return out;
}

/** The pipeline stage: fills `lemma` for every word from its text and UPOS column. */
export function lemmatizeStage(): Stage {
  return {
    name: 'lemmatize',
    requires: ['tokens', 'upos'],
    assigns: ['lemma'],
    run(doc) {
      const model = loadMorphModel();
      const t = doc.tokens;
      const lemmas = new Array<string>(t.length);
      for (let i = 0; i < t.length; i++) {
        lemmas[i] = lemmatizeWord(doc.text.slice(t.start[i], t.end[i]), t.upos[i]!, model);
      }
      for (let i = 0; i < t.length; i++) t.lemma[i] = lemmas[i]!;
    },
  };
}
