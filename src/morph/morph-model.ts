/**
 * The lemmatizer's model: verb stems (past ↔ present), a lexicon of base forms that validates affix
 * stripping, and a per-UPOS form → lemma table of the forms seen in UD (their lemmas as UD gives them,
 * so frequent words are one Map lookup and UD's irregular choices win). Parsed once from models/morph/.
 */
import { DabirError } from '../errors.js';
import { UPOS_TAGS, uposId } from '../doc/labels.js';
import { lazyModel, loadModelJson, loadModelText } from '../model-loader/load-model.js';
import { BoundedCache } from '../memo/bounded-cache.js';

/** The format of the files in models/morph/; bump when the files change shape. */
export const MORPH_FORMAT_VERSION = 2;

/** The raw tables, as stored in models/morph/ (one entry per line) or built by hand in tests. */
export interface MorphTables {
  /** `[past, present]` stem pairs («رفت», «رو»). */
  readonly verbs: readonly (readonly [string, string])[];
  /** Base forms (nouns, adjectives, adverbs...) that affix stripping may land on («کتاب», «درخت»). */
  readonly lexicon: readonly string[];
  /** The subset of `lexicon` that is only ever an adjective («مشهور», «برجسته»), never a noun. */
  readonly adjectives?: readonly string[];
  /** Forms known to be plurals (Arabic broken plurals such as «اخبار»), never a lemma by themselves. */
  readonly plurals: readonly string[];
  /** `[upos, form, lemma]` of forms seen in UD, irregular ones included («کسی», NOUN → «کس»); upos "_" = any. */
  readonly forms: readonly (readonly [string, string, string])[];
  /** `[upos, form, lemma]` where UD Seraji's conventions differ from PerDT's («آنان», PRON → «آن»). */
  readonly seraji?: readonly (readonly [string, string, string])[];
}

/** The parsed, read-only model the rules consult. */
export interface MorphModel {
  readonly pastStems: ReadonlySet<string>;
  /** Present stem → the past stem UD uses as lemma («رو» → «رفت»). */
  readonly presentToPast: ReadonlyMap<string, string>;
  /** Position of each past stem in the verb table (which lists frequent verbs first). */
  readonly pastRank: ReadonlyMap<string, number>;
  readonly lexicon: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly plurals: ReadonlySet<string>;
  /** Known forms, indexed by UPOS id (labels.ts; 0 = untagged): form → lemma. */
  readonly forms: readonly ReadonlyMap<string, string>[];
  /** Seraji-convention overrides, indexed like `forms`. */
  readonly seraji: readonly ReadonlyMap<string, string>[];
  /**
   * Lemmas the rules gave for forms outside `forms`, keyed by UPOS id (as a char) + form. The rules are
   * pure over (form, UPOS, model), so this only saves time: a word seen again skips the stem search.
   */
  readonly ruleMemo: BoundedCache<string>;
}

/** Rule results kept per generation of the memo: enough for the open vocabulary of a day of news. */
const RULE_MEMO_CAPACITY = 30_000;

/** Builds the model from tables; the first present → past pair wins, so tables list the usual reading first. */
export function buildMorphModel(tables: MorphTables): MorphModel {
  const pastStems = new Set<string>();
  const presentToPast = new Map<string, string>();
  const pastRank = new Map<string, number>();
  for (const [past, present] of tables.verbs) {
    if (past && !pastRank.has(past)) pastRank.set(past, pastRank.size);
    if (past) pastStems.add(past);
    if (present && past && !presentToPast.has(present)) presentToPast.set(present, past);
  }
  const forms: Map<string, string>[] = UPOS_TAGS.map(() => new Map<string, string>());
  for (const [upos, form, lemma] of tables.forms) forms[uposId(upos)]!.set(form, lemma);
  const seraji: Map<string, string>[] = UPOS_TAGS.map(() => new Map<string, string>());
  for (const [upos, form, lemma] of tables.seraji ?? []) seraji[uposId(upos)]!.set(form, lemma);
  return {
    pastStems,
    presentToPast,
    pastRank,
    lexicon: new Set(tables.lexicon),
    adjectives: new Set(tables.adjectives ?? []),
    plurals: new Set(tables.plurals),
    forms,
    seraji,
    ruleMemo: new BoundedCache<string>(RULE_MEMO_CAPACITY),
  };
}

/** model.json of models/morph/ (the fields the loader reads; the rest is documentation). */
export interface MorphModelMeta {
  readonly name: string;
  readonly version: string;
  readonly formatVersion: number;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}

/** Throws `model-incompatible` unless `meta` is a morph model of the format this code reads. */
export function checkMorphMeta(meta: unknown): asserts meta is MorphModelMeta {
  const m = meta as Partial<MorphModelMeta> | null;
  if (!m || typeof m !== 'object' || m.name !== 'morph') {
    throw new DabirError('model-incompatible', `models/morph/model.json: expected a "morph" model, found ${JSON.stringify(m?.name)}`);
  }
  if (m.formatVersion !== MORPH_FORMAT_VERSION) {
    throw new DabirError(
      'model-incompatible',
      `models/morph/model.json: format version ${String(m.formatVersion)}, but this code reads version ${MORPH_FORMAT_VERSION}; rebuild it with \`npx tsx src/morph/morph.train.ts\``,
    );
  }
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}

function pairs(text: string): [string, string][] {
  return lines(text).map((l) => {
    const tab = l.indexOf('\t');
    return [l.slice(0, tab), l.slice(tab + 1)];
  });
}

function triples(text: string): [string, string, string][] {
  return lines(text).map((l) => {
    const [a = '', b = '', c = ''] = l.split('\t');
    return [a, b, c];
  });
}

/** lexicon.txt: one base form per line, «word<TAB>A» for an adjective-only word. */
function lexiconOf(text: string): { lexicon: string[]; adjectives: string[] } {
  const lexicon: string[] = [];
  const adjectives: string[] = [];
  for (const line of lines(text)) {
    const tab = line.indexOf('\t');
    if (tab < 0) lexicon.push(line);
    else {
      const word = line.slice(0, tab);
      lexicon.push(word);
      if (line.slice(tab + 1) === 'A') adjectives.push(word);
    }
  }
  return { lexicon, adjectives };
}

/** Parses the text of the model files (what the trainer writes). */
export function parseMorphTables(files: {
  verbs: string;
  lexicon: string;
  plurals: string;
  forms: string;
  seraji?: string;
}): MorphTables {
  return {
    verbs: pairs(files.verbs),
    ...lexiconOf(files.lexicon),
    plurals: lines(files.plurals),
    forms: triples(files.forms),
    seraji: triples(files.seraji ?? ''),
  };
}

/** The files of models/morph/, for `preloadModels(baseUrl, MORPH_MODEL_FILES)` in a browser. */
export const MORPH_MODEL_FILES = [
  'morph/model.json',
  'morph/verbs.tsv',
  'morph/lexicon.txt',
  'morph/plurals.txt',
  'morph/forms.tsv',
  'morph/seraji.tsv',
] as const;

/** The shipped model, loaded and checked on first use, then shared read-only. */
export const loadMorphModel = lazyModel((): MorphModel => {
  checkMorphMeta(loadModelJson<unknown>('morph/model.json'));
  return buildMorphModel(
    parseMorphTables({
      verbs: loadModelText('morph/verbs.tsv'),
      lexicon: loadModelText('morph/lexicon.txt'),
      plurals: loadModelText('morph/plurals.txt'),
      forms: loadModelText('morph/forms.tsv'),
      seraji: loadModelText('morph/seraji.tsv'),
    }),
  );
});
