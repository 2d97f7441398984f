/**
 * Feature extraction for the POS tagger: every feature is a 32-bit hash built from integer parts
 * (template id, word hashes, affix hashes, previous tags), never a concatenated string, so the hot
 * loop allocates nothing. Training (tag.train.ts) and tagging call exactly this code.
 */
import { CLUSTER_SUB_BITS } from './word-clusters.js';

/** Everything about one word that does not depend on its neighbours or on predicted tags. */
export interface WordFacts {
  /** Hash of the canonical form without ZWNJ («می‌روند» and «میروند» alike). */
  readonly word: Int32Array;
  readonly suffix1: Int32Array;
  readonly suffix2: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix4: Int32Array;
  readonly prefix1: Int32Array;
  readonly prefix2: Int32Array;
  readonly prefix3: Int32Array;
  /** Hash of the part after the last ZWNJ («‌ها», «‌ترین»), 0 without ZWNJ. */
  readonly lastPiece: Int32Array;
  /** Hash of the part before the first ZWNJ («می», «نمی»), 0 without ZWNJ. */
  readonly firstPiece: Int32Array;
  /** Word shape bits (see SHAPE_*) and a length bucket. */
  readonly shape: Int32Array;
  /** Lexicon ambiguity class id (Hazm word list), 0 when the word is not listed. */
  readonly lexClass: Int32Array;
  /** Frequency bucket in the Hazm word list. */
  readonly lexFreq: Int32Array;
  /** Gazetteer bits (GAZ_*): first name, Iranian city or province, country. */
  readonly gazetteer: Int32Array;
  /** How often the word is (part of) a named entity in NER data: rate bucket and majority type, 0 unseen. */
  readonly entityRate: Int32Array;
  /** In raw text: the frequent word that typically precedes (bits 0-4) and follows (bits 5-9) it, 0 none. */
  readonly rawContext: Int32Array;
  /** Verb analysis id: which prefix/ending/stem pattern matches, 0 for none. */
  readonly verb: Int32Array;
  /** Suffix tag dictionary guess (suffixGuess), 0 when no ending is listed. */
  readonly suffixGuess: Int32Array;
  /** Distributional word cluster (word-clusters.ts): fine id + 1, 0 when the word was not clustered. */
  readonly cluster: Int32Array;
  /** Row of the word in the model's vocabulary (precomputed local scores), -1 when absent or unused. */
  readonly vocabRow: Int32Array;
}

/**
 * The model's table of frequent word forms: for each exact form, the facts its neighbours need and
 * the summed weights of its local features, so the tagger skips canonicalization and ~25 lookups.
 */
export interface TagVocabulary {
  /** Row of an exact form's hash (hashString(form)), or -1. */
  find(formHash: number): number;
  /** Per row (VOCABULARY_FACTS ints): bare-form hash, suffix3 hash, shape, lexicon value (-1 when absent), check hash, cluster. */
  readonly facts: Int32Array;
}

/** Ints per vocabulary row in TagVocabulary.facts. */
export const VOCABULARY_FACTS = 6;
/** Seed of the check hash of a vocabulary form (vocabularyCheckHash). */
const CHECK_SEED = 0x2545f491;

/** The second hash of a form stored with each vocabulary row. */
export function vocabularyCheckHash(form: string): number {
  return hashRange(form, 0, form.length, CHECK_SEED);
}

/** What the extractor needs from the lexicon. */
export interface TagLexicon {
  /**
   * Lexicon entry of a bare-form hash, or -1 when absent: (raw-context ids << 20) | (class << 12) |
   * (entity rate << 8) | (gazetteer bits << 4) | frequency bucket.
   */
  lookup(wordHash: number): number;
  /** Word cluster of a bare-form hash: fine id + 1, or 0 when the word was not clustered. */
  cluster(wordHash: number): number;
  readonly pastStems: ReadonlySet<string>;
  readonly presentStems: ReadonlySet<string>;
}

const ZWNJ = 0x200c;

export const SHAPE_DIGIT = 1;
export const SHAPE_LATIN = 2;
export const SHAPE_PUNCT = 4;
export const SHAPE_PERSIAN = 8;
export const SHAPE_ZWNJ = 16;
export const SHAPE_OTHER = 32;

export const GAZ_FIRST_NAME = 1;
export const GAZ_PLACE = 2;
export const GAZ_COUNTRY = 4;

/** Treebank annotation schemes the tagger can follow (they disagree on «را», PROPN, ...). */
export const SCHEMES = ['perdt', 'seraji', 'iperudt'] as const;
export type TagScheme = (typeof SCHEMES)[number];
// Per-scheme salts that turn a general feature into its scheme-specific copy.
const SCHEME_SALT = [0x3c6ef372, 0x5be0cd19, 0x1f83d9ab];

/**
 * Canonical spelling used for features: Arabic ي ى ك → Persian ی ک, every digit → Persian,
 * diacritics, tatweel and hamza-above dropped («نقطهٔ» → «نقطه»), ۀ ة → ه, Latin lower-cased.
 * ZWNJ is kept; `bareForm` drops it.
 */
export function canonicalForm(form: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    const m = mapChar(c);
    if (m !== c) changed = true;
    if (m >= 0) out += String.fromCharCode(m);
  }
  return changed ? out : form;
}

/** -1 drops the character. */
function mapChar(c: number): number {
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30 + 0x6f0;
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    return c;
  }
  if (c >= 0x64b && c <= 0x65f) return -1;
  if (c >= 0x660 && c <= 0x669) return c - 0x660 + 0x6f0;
  switch (c) {
    case 0x64a:
    case 0x649:
      return 0x6cc;
    case 0x643:
      return 0x6a9;
    case 0x6c0:
    case 0x629:
      return 0x647;
    case 0x640:
    case 0x670:
    case 0x200d:
    case 0xfeff:
      return -1;
    default:
      return c;
  }
}

/** The canonical form without ZWNJ: the key of word identity and of the lexicon. */
export function bareForm(form: string): string {
  const canon = canonicalForm(form);
  if (canon.indexOf('\u200c') < 0) return canon;
  return canon.split('\u200c').join('');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashRange(s: string, from: number, to: number, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Hash of a whole string (the bare form for words). */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Feature id of a template with one integer value; never 0 (0 marks an empty table slot). */
export function feature1(template: number, a: number): number {
  const h = fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
  return h === 0 ? 1 : h;
}

/** Feature id of a template with two integer values. */
export function feature2(template: number, a: number, b: number): number {
  const h = fmix(Math.imul(template + 1, 0x9e3779b1) ^ fmix(a ^ Math.imul(b, 0x27d4eb2f)));
  return h === 0 ? 1 : h;
}

// Sentinel word hashes for the padding around a sentence.
const BOS = 0x5b0f;
const EOS = 0xe0f5;
const EOS2 = 0xe1f5;

const PERSON_ENDINGS = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند', 'ه', 'ن', 'ین', 'ست', 'ش'];
const PREFIXES = ['', 'می', 'نمی', 'ب', 'ن', 'همی'];

function hasPersianLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0xfb50 && c <= 0xfeff);
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669);
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

function isPunctCode(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0x60c ||
    c === 0x61b ||
    c === 0x61f ||
    c === 0x6d4 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x66a ||
    c === 0x66b ||
    c === 0x66c ||
    (c >= 0x2010 && c <= 0x2027)
  );
}

/** Shape bits of the original form plus a length bucket in bits 8+. */
export function wordShape(form: string): number {
  let bits = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (isDigitCode(c)) bits |= SHAPE_DIGIT;
    else if (isLatin(c)) bits |= SHAPE_LATIN;
    else if (isPunctCode(c)) bits |= SHAPE_PUNCT;
    else if (c === ZWNJ) bits |= SHAPE_ZWNJ;
    else if (hasPersianLetter(c)) bits |= SHAPE_PERSIAN;
    else bits |= SHAPE_OTHER;
  }
  const len = form.length;
  const bucket = len <= 1 ? len : len <= 3 ? 2 : len <= 5 ? 3 : len <= 8 ? 4 : 5;
  return bits | (bucket << 8);
}

/**
 * Verb analysis of a bare form: prefix (می/نمی/ب/ن) + past or present stem + person ending.
 * Returns 0 when nothing matches, else an id mixing which prefix, which ending and which stem kind.
 */
export function verbPattern(bare: string, lexicon: TagLexicon): number {
  let bestLength = 0;
  let bestId = 0;
  for (let p = 0; p < PREFIXES.length; p++) {
    const pre = PREFIXES[p]!;
    if (pre.length > 0 && !bare.startsWith(pre)) continue;
    for (let e = 0; e < PERSON_ENDINGS.length; e++) {
      const end = PERSON_ENDINGS[e]!;
      const stemLength = bare.length - pre.length - end.length;
      if (stemLength < 1 || (end.length > 0 && !bare.endsWith(end))) continue;
      const stem = bare.slice(pre.length, pre.length + stemLength);
      const kind = (lexicon.pastStems.has(stem) ? 1 : 0) | (lexicon.presentStems.has(stem) ? 2 : 0);
      // Longer stems are stronger evidence («نمی‌روند»: «رو», not «ر»); ties keep the first (unprefixed) reading.
      if (kind === 0 || stemLength <= bestLength) continue;
      bestLength = stemLength;
      bestId = kind + 4 * (e + PERSON_ENDINGS.length * p);
    }
  }
  return bestLength === 0 ? 0 : (bestId << 3) | Math.min(bestLength, 7);
}

const FACT_COUNT = 20;

function setLexiconFacts(
  facts: { lexClass: Int32Array; entityRate: Int32Array; lexFreq: Int32Array; gazetteer: Int32Array; rawContext: Int32Array },
  i: number,
  lex: number,
): void {
  if (lex < 0) return;
  facts.rawContext[i] = (lex >>> 20) & 0x3ff;
  facts.lexClass[i] = ((lex >>> 12) & 0xff) + 1;
  facts.entityRate[i] = ((lex >>> 8) & 0xf) + 1;
  facts.lexFreq[i] = (lex & 0xf) + 1;
  facts.gazetteer[i] = (lex >>> 4) & 0xf;
}

type FactColumns = { -readonly [K in keyof WordFacts]: Int32Array };

/** The facts a vocabulary row carries (what neighbours look at), copied into position i. */
function setVocabularyFacts(facts: FactColumns, i: number, v: Int32Array, row: number): void {
  facts.word[i] = v[row * VOCABULARY_FACTS]!;
  facts.suffix3[i] = v[row * VOCABULARY_FACTS + 1]!;
  facts.shape[i] = v[row * VOCABULARY_FACTS + 2]!;
  setLexiconFacts(facts, i, v[row * VOCABULARY_FACTS + 3]!);
  facts.cluster[i] = v[row * VOCABULARY_FACTS + 5]!;
}

function allocateFacts(n: number): FactColumns {
  // One allocation; each fact is a view of its own slice.
  const buffer = new Int32Array(n * FACT_COUNT);
  const view = (k: number): Int32Array => buffer.subarray(k * n, (k + 1) * n);
  return {
    word: view(0),
    suffix1: view(1),
    suffix2: view(2),
    suffix3: view(3),
    suffix4: view(4),
    prefix1: view(5),
    prefix2: view(6),
    prefix3: view(7),
    lastPiece: view(8),
    firstPiece: view(9),
    shape: view(10),
    lexClass: view(11),
    lexFreq: view(12),
    gazetteer: view(13),
    entityRate: view(14),
    rawContext: view(15),
    verb: view(16),
    cluster: view(17),
    vocabRow: view(18).fill(-1),
    suffixGuess: view(19),
  };
}

/**
 * The facts of the first `count` vocabulary rows, one position per row (vocabRow[r] = r), exactly as
 * computeWordFacts sets them for a known form: what the model needs to precompute neighbour scores.
 */
export function vocabularyWordFacts(vocabulary: TagVocabulary, count: number): WordFacts {
  const facts = allocateFacts(count);
  for (let r = 0; r < count; r++) {
    facts.vocabRow[r] = r;
    setVocabularyFacts(facts, r, vocabulary.facts, r);
  }
  return facts;
}

/**
 * Computes the per-word facts of a sentence once, before decoding. With a vocabulary, known forms
 * take their facts from it (vocabRow ≥ 0) and their local features are not computed.
 */
export function computeWordFacts(forms: readonly string[], lexicon: TagLexicon, vocabulary?: TagVocabulary): WordFacts {
  const n = forms.length;
  const facts = allocateFacts(n);
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    if (vocabulary) {
      // Known form: its local features are summed in the model; keep what the neighbours look at.
      const row = vocabulary.find(hashString(form));
      const v = vocabulary.facts;
      // A second, independent hash guards against a 32-bit collision with an unknown form.
      if (row >= 0 && v[row * VOCABULARY_FACTS + 4] === vocabularyCheckHash(form)) {
        facts.vocabRow[i] = row;
        setVocabularyFacts(facts, i, v, row);
        continue;
      }
    }
    const canon = canonicalForm(form);
    const bare = canon.indexOf('\u200c') < 0 ? canon : canon.split('\u200c').join('');
    const len = bare.length;
    facts.word[i] = hashString(bare);
    facts.suffix1[i] = hashRange(bare, Math.max(0, len - 1), len);
    facts.suffix2[i] = len >= 2 ? hashRange(bare, len - 2, len) : 0;
    facts.suffix3[i] = len >= 3 ? hashRange(bare, len - 3, len) : 0;
    facts.suffix4[i] = len >= 4 ? hashRange(bare, len - 4, len) : 0;
    facts.prefix1[i] = hashRange(bare, 0, Math.min(1, len));
    facts.prefix2[i] = len >= 2 ? hashRange(bare, 0, 2) : 0;
    facts.prefix3[i] = len >= 3 ? hashRange(bare, 0, 3) : 0;
    const first = canon.indexOf('\u200c');
    if (first >= 0) {
      const last = canon.lastIndexOf('\u200c');
      facts.lastPiece[i] = hashRange(canon, last + 1, canon.length) ^ 0x1f;
      facts.firstPiece[i] = hashRange(canon, 0, first) ^ 0x2f;
    }
    facts.shape[i] = wordShape(form);
    setLexiconFacts(facts, i, lexicon.lookup(facts.word[i]!));
    facts.cluster[i] = lexicon.cluster(facts.word[i]!);
    facts.suffixGuess[i] = len >= 4 ? suffixGuess(bare, lexicon) : 0;
    facts.verb[i] = len >= 2 && len <= 24 ? verbPattern(bare, lexicon) : 0;
  }
  return facts;
}

/** Feature templates, numbered; changing them requires retraining (and a model version bump). */
export const T = {
  bias: 0,
  word: 1,
  prevWord: 2,
  nextWord: 3,
  prev2Word: 4,
  next2Word: 5,
  suffix1: 6,
  suffix2: 7,
  suffix3: 8,
  suffix4: 9,
  prefix1: 10,
  prefix2: 11,
  prefix3: 12,
  shape: 13,
  lexClass: 14,
  prevLexClass: 15,
  nextLexClass: 16,
  verb: 17,
  lastPiece: 18,
  firstPiece: 19,
  lexFreq: 20,
  prevTag: 21,
  prev2Tag: 22,
  prevTwoTags: 23,
  prevTagWord: 24,
  prevTagLexClass: 25,
  prevSuffix3: 26,
  nextSuffix3: 27,
  wordNextWord: 28,
  prevWordWord: 29,
  position: 30,
  nextShape: 31,
  lexClassNextLexClass: 32,
  prevShape: 33,
  gazetteer: 34,
  prevGazetteer: 35,
  nextGazetteer: 36,
  entityRate: 37,
  rawPrev: 40,
  rawNext: 41,
  rawPrevNext: 42,
  prevEntityRate: 38,
  nextEntityRate: 39,
  cluster: 43,
  coarseCluster: 44,
  prevCluster: 45,
  nextCluster: 46,
  suffixGuess: 49,
  suffixGuessTag: 50,
} as const;

/** Coarse cluster (the fine id's prefix) of a WordFacts cluster value; 0 stays 0. */
function coarseOf(cluster: number): number {
  return cluster === 0 ? 0 : ((cluster - 1) >> CLUSTER_SUB_BITS) + 1;
}

/** Tags a suffix guess can name (Hazm word-list tags mapped to UPOS, see tag.train.ts). */
export const SUFFIX_GUESS_TAGS = ['NOUN', 'ADJ', 'ADV', 'VERB', 'PROPN', 'NUM', 'ADP', 'CONJ', 'DET', 'PRON', 'INTJ'] as const;
/** Longest ending with a guess. */
export const SUFFIX_GUESS_MAX = 5;
const SUFFIX_SEED = 0x6a09e667;
// Bit 30 marks a suffix-guess value in the lexicon table (word entries stay below it).
const SUFFIX_MARK = 1 << 30;

/** Lexicon key of the ending s[from, to) in the suffix tag dictionary. */
export function suffixGuessKey(s: string, from: number, to: number): number {
  return hashRange(s, from, to, SUFFIX_SEED);
}

/** Lexicon value of a suffix guess: tag index and a share bucket (0 below half … 3 above 90%). */
export function suffixGuessValue(tag: number, bucket: number): number {
  return SUFFIX_MARK | (bucket << 5) | tag;
}

/** The guess of the longest listed ending of a bare form: (length << 8) | (bucket << 5) | tag, 0 none. */
function suffixGuess(bare: string, lexicon: TagLexicon): number {
  const len = bare.length;
  for (let k = Math.min(SUFFIX_GUESS_MAX, len - 2); k >= 2; k--) {
    const v = lexicon.lookup(suffixGuessKey(bare, len - k, len));
    if (v >= 0 && (v & SUFFIX_MARK) !== 0) return (k << 8) | (v & 0xff);
  }
  return 0;
}

/** Upper bound on the number of features per word (local + context). */
export const MAX_FEATURES = 80;

/**
 * Writes the ids of the features of word `i` that depend only on the word itself (and the scheme)
 * into `out` from index `k`; returns the new count. For frequent words the model stores the sum of
 * their weights (scheme "perdt"), so the tagger looks them up once instead of feature by feature.
 */
export function extractLocalFeatures(f: WordFacts, i: number, scheme: number, out: Int32Array, k: number): number {
  const salt = SCHEME_SALT[scheme] ?? SCHEME_SALT[0]!;
  const bias = feature1(T.bias, 0);
  const word = feature1(T.word, f.word[i]!);
  const suffix1 = feature1(T.suffix1, f.suffix1[i]!);
  const lexClass = feature1(T.lexClass, f.lexClass[i]!);
  const gazetteer = feature1(T.gazetteer, f.gazetteer[i]!);
  const entityRate = feature1(T.entityRate, f.entityRate[i]!);
  out[k++] = bias;
  out[k++] = word;
  out[k++] = suffix1;
  out[k++] = lexClass;
  out[k++] = gazetteer;
  out[k++] = entityRate;
  // Scheme-specific copies where the treebanks disagree (Daumé's "frustratingly easy" domain adaptation).
  out[k++] = fmix(bias ^ salt) || 1;
  out[k++] = fmix(word ^ salt) || 1;
  out[k++] = fmix(suffix1 ^ salt) || 1;
  out[k++] = fmix(lexClass ^ salt) || 1;
  out[k++] = fmix(gazetteer ^ salt) || 1;
  out[k++] = fmix(entityRate ^ salt) || 1;
  if (f.suffix2[i] !== 0) {
    const suffix2 = feature1(T.suffix2, f.suffix2[i]!);
    out[k++] = suffix2;
    out[k++] = fmix(suffix2 ^ salt) || 1;
  }
  if (f.suffix3[i] !== 0) {
    const suffix3 = feature1(T.suffix3, f.suffix3[i]!);
    out[k++] = suffix3;
    out[k++] = fmix(suffix3 ^ salt) || 1;
  }
  if (f.suffix4[i] !== 0) out[k++] = feature1(T.suffix4, f.suffix4[i]!);
  out[k++] = feature1(T.prefix1, f.prefix1[i]!);
  if (f.prefix2[i] !== 0) out[k++] = feature1(T.prefix2, f.prefix2[i]!);
  if (f.prefix3[i] !== 0) out[k++] = feature1(T.prefix3, f.prefix3[i]!);
  const shape = feature1(T.shape, f.shape[i]!);
  out[k++] = shape;
  out[k++] = fmix(shape ^ salt) || 1;
  if (f.verb[i] !== 0) out[k++] = feature1(T.verb, f.verb[i]!);
  if (f.lastPiece[i] !== 0) out[k++] = feature1(T.lastPiece, f.lastPiece[i]!);
  if (f.firstPiece[i] !== 0) out[k++] = feature1(T.firstPiece, f.firstPiece[i]!);
  out[k++] = feature1(T.lexFreq, f.lexFreq[i]!);
  const cluster = feature1(T.cluster, f.cluster[i]!);
  out[k++] = cluster;
  out[k++] = fmix(cluster ^ salt) || 1;
  out[k++] = feature1(T.coarseCluster, coarseOf(f.cluster[i]!));
  const guess = f.suffixGuess[i]!;
  if (guess !== 0) {
    out[k++] = feature1(T.suffixGuess, guess);
    out[k++] = feature2(T.suffixGuessTag, guess & 31, f.lexClass[i]! === 0 ? 0 : 1);
  }
  const raw = f.rawContext[i]!;
  if (raw !== 0) {
    out[k++] = feature1(T.rawPrev, raw & 31);
    out[k++] = feature1(T.rawNext, raw >>> 5);
    out[k++] = feature1(T.rawPrevNext, raw);
  }
  return k;
}

/**
 * Writes the ids of the features of word `i` that look at its neighbours and at the tags already
 * chosen (`prevTag`/`prev2Tag`, -1/-2 before the sentence) into `out` from index `k`.
 */
export function extractContextFeatures(
  f: WordFacts,
  n: number,
  i: number,
  prevTag: number,
  prev2Tag: number,
  scheme: number,
  out: Int32Array,
  k: number,
): number {
  k = prevNeighbourFeatures(f, i - 1, out, k);
  k = nextNeighbourFeatures(f, n, i + 1, out, k);
  k = next2NeighbourFeatures(f, n, i + 2, out, k);
  k = tagHistoryFeatures(prevTag, prev2Tag, scheme, out, k);
  return pairContextFeatures(f, n, i, prevTag, out, k);
}

// The context features split by what they depend on, so that the decoder can add precomputed sums for
// known neighbours (decode-tags.ts); extractContextFeatures is the five of them in a row.

/** Features of word `j` as the previous word (j = i - 1; j < 0 is the sentence start). */
export function prevNeighbourFeatures(f: WordFacts, j: number, out: Int32Array, k: number): number {
  const inside = j >= 0;
  out[k++] = feature1(T.prevWord, inside ? f.word[j]! : BOS);
  out[k++] = feature1(T.prevLexClass, inside ? f.lexClass[j]! : -1);
  out[k++] = feature1(T.prevSuffix3, inside ? f.suffix3[j]! : BOS);
  out[k++] = feature1(T.prevShape, inside ? f.shape[j]! : -1);
  out[k++] = feature1(T.prevCluster, inside ? f.cluster[j]! : -1);
  return k;
}

/** Features of word `j` as the next word (j = i + 1; j ≥ n is the sentence end). */
export function nextNeighbourFeatures(f: WordFacts, n: number, j: number, out: Int32Array, k: number): number {
  const inside = j < n;
  out[k++] = feature1(T.nextWord, inside ? f.word[j]! : EOS);
  out[k++] = feature1(T.nextLexClass, inside ? f.lexClass[j]! : -2);
  out[k++] = feature1(T.nextSuffix3, inside ? f.suffix3[j]! : EOS);
  out[k++] = feature1(T.nextShape, inside ? f.shape[j]! : -1);
  out[k++] = feature1(T.nextCluster, inside ? f.cluster[j]! : -2);
  return k;
}

/** The feature of word `j` as the word after next (j = i + 2; j ≥ n is past the sentence end). */
export function next2NeighbourFeatures(f: WordFacts, n: number, j: number, out: Int32Array, k: number): number {
  out[k++] = feature1(T.next2Word, j < n ? f.word[j]! : EOS2);
  return k;
}

/** Features of the two previous tags alone (-1/-2 before the sentence); the scheme salts one. */
export function tagHistoryFeatures(prevTag: number, prev2Tag: number, scheme: number, out: Int32Array, k: number): number {
  const salt = SCHEME_SALT[scheme] ?? SCHEME_SALT[0]!;
  const prevTagFeature = feature1(T.prevTag, prevTag);
  out[k++] = prevTagFeature;
  out[k++] = fmix(prevTagFeature ^ salt) || 1;
  out[k++] = feature1(T.prev2Tag, prev2Tag);
  out[k++] = feature2(T.prevTwoTags, prevTag, prev2Tag);
  return k;
}

/** The remaining context features of word `i`: pairs of words, tag with word, position. */
export function pairContextFeatures(f: WordFacts, n: number, i: number, prevTag: number, out: Int32Array, k: number): number {
  const w = f.word[i]!;
  const pw = i > 0 ? f.word[i - 1]! : BOS;
  const nw = i + 1 < n ? f.word[i + 1]! : EOS;
  const lc = f.lexClass[i]!;
  const nlc = i + 1 < n ? f.lexClass[i + 1]! : -2;
  out[k++] = feature2(T.lexClassNextLexClass, lc, nlc);
  out[k++] = feature2(T.prevTagWord, prevTag, w);
  out[k++] = feature2(T.prevTagLexClass, prevTag, lc);
  out[k++] = feature2(T.wordNextWord, w, nw);
  out[k++] = feature2(T.prevWordWord, pw, w);
  out[k++] = feature1(T.position, i === 0 ? (n === 1 ? 3 : 1) : i === n - 1 ? 2 : 0);
  out[k++] = feature2(T.prevEntityRate, i > 0 ? f.entityRate[i - 1]! : -1, f.entityRate[i]!);
  return k;
}

/** All features of word `i` (what training uses): local then context; returns the count. */
export function extractFeatures(
  f: WordFacts,
  n: number,
  i: number,
  prevTag: number,
  prev2Tag: number,
  scheme: number,
  out: Int32Array,
): number {
  return extractContextFeatures(f, n, i, prevTag, prev2Tag, scheme, out, extractLocalFeatures(f, i, scheme, out, 0));
}
