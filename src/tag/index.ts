/**
 * POS tagger stage: UD UPOS for every word, from the averaged-perceptron model in models/tagger/
 * (see tag.train.ts). `tagWords` is the pure function over strings; `tagStage` writes the Doc.
 */
import { uposId } from '../doc/labels.js';
import { DabirError, assertKnownOptions, assertOneOf } from '../errors.js';
import { lazyModel, loadModelBytes, loadModelJson, loadModelText } from '../model-loader/load-model.js';
import type { Stage } from '../pipeline/stage.js';
import { decodeTags } from './decode-tags.js';
import { SCHEMES, type TagScheme } from './tag-features.js';
import { parseTaggerModel, type TaggerMeta, type TaggerModel } from './tagger-model.js';

export { SCHEMES, type TagScheme } from './tag-features.js';
export { TAGGER_FORMAT_VERSION, parseTaggerModel, type TaggerMeta, type TaggerModel } from './tagger-model.js';

export interface TagResult {
  readonly upos: string[];
  /** Not predicted yet (the treebanks' XPOS sets differ): '' for every word. */
  readonly xpos: string[];
  /** Not predicted yet: '' for every word. */
  readonly feats: string[];
}

export interface TagOptions {
  /**
   * Annotation scheme to follow where the treebanks disagree (default 'perdt', the news treebank):
   * PerDT tags persons and places PROPN and «را» ADP; Seraji has no PROPN and tags «را» PART.
   */
  readonly scheme?: TagScheme;
  /** A model to use instead of the shipped one (tests, custom models). */
  readonly model?: TaggerModel;
}

const TAG_OPTION_KEYS = ['scheme', 'model'] as const;

/** Files of the shipped model under models/. */
export const TAGGER_MODEL_FILES = ['tagger/model.json', 'tagger/tagger.bin', 'tagger/verb-stems.txt', 'tagger/clusters.txt'] as const;

/** The shipped tagger model, read and indexed on first use; throws `model-missing` / `model-incompatible`. */
export const loadTagger = lazyModel((): TaggerModel => {
  const meta = loadModelJson<TaggerMeta>('tagger/model.json');
  return parseTaggerModel(
    meta,
    loadModelBytes('tagger/tagger.bin'),
    loadModelText('tagger/verb-stems.txt'),
    loadModelText('tagger/clusters.txt'),
  );
});

function resolveOptions(options: TagOptions, where: string): { model: TaggerModel; scheme: number } {
  assertKnownOptions(options, TAG_OPTION_KEYS, where);
  const scheme = options.scheme === undefined ? 0 : SCHEMES.indexOf(assertOneOf(options.scheme, SCHEMES, 'scheme', where));
  return { model: options.model ?? loadTagger(), scheme };
}

/** UPOS for the words of one sentence: ['او', 'به', 'تهران', 'رفت', '.'] → PRON ADP PROPN VERB PUNCT. */
export function tagWords(forms: readonly string[], options: TagOptions = {}): TagResult {
  if (!Array.isArray(forms)) {
    throw new DabirError('invalid-argument', `tagWords: forms must be an array of strings, got ${forms === null ? 'null' : typeof forms}`);
  }
  const { model, scheme } = resolveOptions(options, 'tagWords');
  const safe = forms.every((f) => typeof f === 'string') ? forms : forms.map((f) => String(f));
  const ids = decodeTags(model, safe, scheme);
  const upos = Array.from(ids, (id) => model.tags[id]!);
  return { upos, xpos: new Array<string>(upos.length).fill(''), feats: new Array<string>(upos.length).fill('') };
}

/** The pipeline stage: tags each sentence of the Doc (its words as segmented) and writes the upos column. */
export function tagStage(options: TagOptions = {}): Stage {
  assertKnownOptions(options, TAG_OPTION_KEYS, 'tagStage');
  return {
    name: 'tag',
    requires: ['tokens'],
    assigns: ['upos'],
    run(doc) {
      const { model, scheme } = resolveOptions(options, 'tagStage');
      const t = doc.tokens;
      const tagIds = model.tags.map((tag) => uposId(tag));
      // Compute every sentence first, then write the column in one place.
      const column = new Uint8Array(t.length);
      let from = 0;
      while (from < t.length) {
        let to = from + 1;
        while (to < t.length && t.sentence[to] === t.sentence[from]) to++;
        const forms: string[] = new Array<string>(to - from);
        for (let i = from; i < to; i++) forms[i - from] = doc.text.slice(t.start[i], t.end[i]);
        const ids = decodeTags(model, forms, scheme);
        for (let i = from; i < to; i++) column[i] = tagIds[ids[i - from]!]!;
        from = to;
      }
      t.upos.set(column);
    },
  };
}
