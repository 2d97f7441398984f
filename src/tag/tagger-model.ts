/**
 * The tagger model in memory and on disk: sparse averaged-perceptron weights (int16, only the
 * non-zero classes of each feature) keyed by 32-bit feature hashes, plus the lexicon of ambiguity
 * classes. One binary file (tagger.bin) holds the typed arrays; model.json holds their sizes and tags.
 */
import { DabirError } from '../errors.js';
import {
  MAX_FEATURES,
  VOCABULARY_FACTS,
  hashString,
  next2NeighbourFeatures,
  nextNeighbourFeatures,
  prevNeighbourFeatures,
  tagHistoryFeatures,
  vocabularyWordFacts,
  type TagLexicon,
  type TagVocabulary,
} from './tag-features.js';
import { forEachClusterWord } from './word-clusters.js';

/** Bumped whenever the binary layout or the feature templates change; the loader refuses others. */
export const TAGGER_FORMAT_VERSION = 3;

/** What model.json must carry for the loader (the rest is documentation). */
export interface TaggerMeta {
  readonly name: string;
  readonly formatVersion: number;
  /** Class labels, index = class id. UPOS tags. */
  readonly tags: readonly string[];
  /** Weights were multiplied by this before rounding to int16. */
  readonly scale: number;
  readonly featureCount: number;
  readonly entryCount: number;
  readonly lexiconCount: number;
  /** Forms with precomputed local scores (scheme "perdt"). */
  readonly vocabularyCount: number;
}

/** The arrays a trained model consists of. */
export interface TaggerArrays {
  /** Feature hashes, one per row. */
  readonly featureKeys: Int32Array;
  /** Row r's entries are [rowStart[r], rowStart[r + 1]). */
  readonly rowStart: Int32Array;
  readonly entryClass: Uint8Array;
  readonly entryWeight: Int16Array;
  /** Hashes of lexicon words (bare forms). */
  readonly lexiconKeys: Int32Array;
  /** See TagLexicon.lookup. */
  readonly lexiconValues: Int32Array;
  /** Hashes of exact word forms. */
  readonly vocabularyKeys: Int32Array;
  /** VOCABULARY_FACTS ints per form: see TagVocabulary.facts. */
  readonly vocabularyFacts: Int32Array;
  /** One score per tag per form: the summed weights of the form's local features (scheme "perdt"). */
  readonly vocabularyScores: Int32Array;
}

/**
 * Summed weights (one score per tag per row) of the context features that look at one neighbour,
 * for each vocabulary form in that role; row `boundary` (= vocabulary count) is the sentence start
 * (prev) or end (next, next2). Built on first use: int16 weights sum exactly in any order.
 */
export interface NeighbourScores {
  /** prevWord, prevLexClass, prevSuffix3, prevShape, prevCluster of a form as word i - 1. */
  readonly prev: Int32Array;
  /** nextWord, nextLexClass, nextSuffix3, nextShape, nextCluster of a form as word i + 1. */
  readonly next: Int32Array;
  /** next2Word of a form as word i + 2. */
  readonly next2: Int32Array;
  readonly boundary: number;
}

export interface TaggerModel {
  readonly meta: TaggerMeta;
  readonly tags: readonly string[];
  readonly lexicon: TagLexicon;
  readonly vocabulary: TagVocabulary;
  /** Copies a vocabulary row's local scores into `scores`. */
  setLocalScores(row: number, scores: Int32Array): void;
  /** Adds the weights of `count` features to `scores` (one slot per tag). */
  addScores(features: Int32Array, count: number, scores: Int32Array): void;
  /** Neighbour scores of the vocabulary forms (computed once, on first call). */
  neighbourScores(): NeighbourScores;
  /**
   * Summed weights of tagHistoryFeatures for a scheme (computed once per scheme): the row of
   * (prevTag, prev2Tag) starts at ((prevTag + 1) * (tags + 2) + prev2Tag + 2) * tags.
   */
  tagHistoryScores(scheme: number): Int32Array;
}

/** Open-addressing table from int32 keys (never 0) to row indexes. */
class HashIndex {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Int32Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let slot = (key ^ (key >>> 15)) & this.mask;
      while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = r;
    }
  }

  /** Row of `key`, or -1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }
}

/** Parses "past#present" lines of verb stems (bare forms). */
export function parseVerbStems(text: string): { pastStems: Set<string>; presentStems: Set<string> } {
  const pastStems = new Set<string>();
  const presentStems = new Set<string>();
  for (const line of text.split('\n')) {
    const [past, present] = line.trim().split('#');
    if (past) pastStems.add(past);
    if (present) presentStems.add(present);
  }
  return { pastStems, presentStems };
}

/**
 * Weights laid out for the hot loop: one open-addressing table whose slot holds the feature key (as two
 * int16 halves) followed by the feature's dense weights for every tag, so a lookup touches one cache
 * line instead of several arrays (measured faster than a separate key table plus dense rows).
 */
function buildWeightTable(arrays: TaggerArrays, tagCount: number): { table: Int16Array; mask: number; stride: number } {
  const { featureKeys, rowStart, entryClass, entryWeight } = arrays;
  const stride = (tagCount + 2 + 1) & ~1;
  let capacity = 16;
  while (capacity < featureKeys.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int16Array(capacity * stride);
  for (let r = 0; r < featureKeys.length; r++) {
    const key = featureKeys[r]!;
    let slot = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const base = slot * stride;
      const k = (table[base]! & 0xffff) | (table[base + 1]! << 16);
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
    const base = slot * stride;
    table[base] = key & 0xffff;
    table[base + 1] = key >> 16;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) table[base + 2 + entryClass[e]!] = entryWeight[e]!;
  }
  return { table, mask, stride };
}

/** Bare-form hash → fine cluster id + 1, from the text of clusters.txt (see word-clusters.ts). */
function clusterIndex(clusters: string): { index: HashIndex; ids: Int32Array } {
  const keys: number[] = [];
  const ids: number[] = [];
  const seen = new Set<number>();
  forEachClusterWord(clusters, (word, id) => {
    const h = hashString(word);
    // A hash shared by two words (or 0, the empty-slot marker) would give one the other's cluster.
    if (h === 0 || seen.has(h)) return;
    seen.add(h);
    keys.push(h);
    ids.push(id + 1);
  });
  return { index: new HashIndex(Int32Array.from(keys)), ids: Int32Array.from(ids) };
}

/** Builds a usable model from its arrays (training evaluates through this same path). */
export function createTaggerModel(meta: TaggerMeta, arrays: TaggerArrays, verbStems: string, clusters = ''): TaggerModel {
  const clusterTable = clusterIndex(clusters);
  const { table, mask, stride } = buildWeightTable(arrays, meta.tags.length);
  const tagCount = meta.tags.length;
  const lexIndex = new HashIndex(arrays.lexiconKeys);
  const { lexiconValues, vocabularyScores } = arrays;
  const vocabIndex = new HashIndex(arrays.vocabularyKeys);
  const stems = parseVerbStems(verbStems);
  const vocabulary: TagVocabulary = {
    find: (formHash: number): number => (formHash === 0 ? -1 : vocabIndex.get(formHash)),
    facts: arrays.vocabularyFacts,
  };
  const addScores = (features: Int32Array, count: number, scores: Int32Array): void => {
    for (let j = 0; j < count; j++) {
      const key = features[j]!;
      let slot = (key ^ (key >>> 15)) & mask;
      for (;;) {
        const base = slot * stride;
        const k = (table[base]! & 0xffff) | (table[base + 1]! << 16);
        if (k === key) {
          for (let c = 0; c < tagCount; c++) scores[c]! += table[base + 2 + c]!;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  };
  // Lazy caches of this read-only model (see NeighbourScores).
  let neighbours: NeighbourScores | undefined;
  const tagHistory: (Int32Array | undefined)[] = [];
  return {
    meta,
    tags: meta.tags,
    lexicon: {
      lookup(wordHash: number): number {
        if (wordHash === 0) return -1;
        const r = lexIndex.get(wordHash);
        return r < 0 ? -1 : lexiconValues[r]!;
      },
      cluster(wordHash: number): number {
        if (wordHash === 0) return 0;
        const r = clusterTable.index.get(wordHash);
        return r < 0 ? 0 : clusterTable.ids[r]!;
      },
      pastStems: stems.pastStems,
      presentStems: stems.presentStems,
    },
    vocabulary,
    setLocalScores(row: number, scores: Int32Array): void {
      const base = row * tagCount;
      for (let c = 0; c < tagCount; c++) scores[c] = vocabularyScores[base + c]!;
    },
    addScores,
    neighbourScores(): NeighbourScores {
      neighbours ??= buildNeighbourScores(vocabulary, meta.vocabularyCount, tagCount, addScores);
      return neighbours;
    },
    tagHistoryScores(scheme: number): Int32Array {
      let rows = tagHistory[scheme];
      if (!rows) {
        rows = buildTagHistoryScores(scheme, tagCount, addScores);
        tagHistory[scheme] = rows;
      }
      return rows;
    },
  };
}

type AddScores = (features: Int32Array, count: number, scores: Int32Array) => void;

function buildNeighbourScores(vocabulary: TagVocabulary, count: number, tagCount: number, addScores: AddScores): NeighbourScores {
  const facts = vocabularyWordFacts(vocabulary, count);
  const prev = new Int32Array((count + 1) * tagCount);
  const next = new Int32Array((count + 1) * tagCount);
  const next2 = new Int32Array((count + 1) * tagCount);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(tagCount);
  // Sums into one small array copied out per row (a subarray per row made the build slower).
  const put = (rows: Int32Array, r: number, k: number): void => {
    scores.fill(0);
    addScores(features, k, scores);
    rows.set(scores, r * tagCount);
  };
  // Row `count` is the boundary: index -1 (before the start) or `count` (past the end) of these facts.
  for (let r = 0; r <= count; r++) {
    put(prev, r, prevNeighbourFeatures(facts, r === count ? -1 : r, features, 0));
    put(next, r, nextNeighbourFeatures(facts, count, r, features, 0));
    put(next2, r, next2NeighbourFeatures(facts, count, r, features, 0));
  }
  return { prev, next, next2, boundary: count };
}

function buildTagHistoryScores(scheme: number, tagCount: number, addScores: AddScores): Int32Array {
  const rows = new Int32Array((tagCount + 1) * (tagCount + 2) * tagCount);
  const features = new Int32Array(MAX_FEATURES);
  for (let p = -1; p < tagCount; p++) {
    for (let p2 = -2; p2 < tagCount; p2++) {
      const base = ((p + 1) * (tagCount + 2) + p2 + 2) * tagCount;
      addScores(features, tagHistoryFeatures(p, p2, scheme, features, 0), rows.subarray(base, base + tagCount));
    }
  }
  return rows;
}

function byteLength(meta: TaggerMeta): number {
  const vocabulary = 4 * meta.vocabularyCount * (1 + VOCABULARY_FACTS + meta.tags.length);
  return 4 * meta.featureCount + 4 * (meta.featureCount + 1) + 4 * 2 * meta.lexiconCount + vocabulary + 2 * meta.entryCount + meta.entryCount;
}

/** Lays the arrays out in one buffer: 4-byte arrays first so every view stays aligned. */
export function serializeTaggerArrays(meta: TaggerMeta, arrays: TaggerArrays): Uint8Array {
  const out = new Uint8Array(byteLength(meta));
  let offset = 0;
  const put = (view: ArrayBufferView): void => {
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
    offset += view.byteLength;
  };
  put(arrays.featureKeys);
  put(arrays.rowStart);
  put(arrays.lexiconKeys);
  put(arrays.lexiconValues);
  put(arrays.vocabularyKeys);
  put(arrays.vocabularyFacts);
  put(arrays.vocabularyScores);
  put(arrays.entryWeight);
  put(arrays.entryClass);
  return out;
}

/** Reads tagger.bin as described by model.json; refuses other format versions and truncated files. */
export function parseTaggerModel(meta: TaggerMeta, bytes: Uint8Array, verbStems: string, clusters = ''): TaggerModel {
  if (meta.formatVersion !== TAGGER_FORMAT_VERSION) {
    throw new DabirError(
      'model-incompatible',
      `tagger model has formatVersion ${String(meta.formatVersion)}, this code reads formatVersion ${TAGGER_FORMAT_VERSION}; rebuild it with "npm run train -- tag"`,
    );
  }
  const expected = byteLength(meta);
  if (bytes.byteLength !== expected) {
    throw new DabirError(
      'model-incompatible',
      `tagger model binary has ${bytes.byteLength} bytes, model.json describes ${expected}`,
    );
  }
  // Typed-array views need aligned offsets; a pooled Buffer may not start on a multiple of 4.
  const buffer = bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.slice().buffer;
  let offset = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
  const take = <A>(make: (b: ArrayBufferLike, o: number, n: number) => A, n: number, size: number): A => {
    const view = make(buffer, offset, n);
    offset += n * size;
    return view;
  };
  const arrays: TaggerArrays = {
    featureKeys: take((b, o, n) => new Int32Array(b, o, n), meta.featureCount, 4),
    rowStart: take((b, o, n) => new Int32Array(b, o, n), meta.featureCount + 1, 4),
    lexiconKeys: take((b, o, n) => new Int32Array(b, o, n), meta.lexiconCount, 4),
    lexiconValues: take((b, o, n) => new Int32Array(b, o, n), meta.lexiconCount, 4),
    vocabularyKeys: take((b, o, n) => new Int32Array(b, o, n), meta.vocabularyCount, 4),
    vocabularyFacts: take((b, o, n) => new Int32Array(b, o, n), meta.vocabularyCount * VOCABULARY_FACTS, 4),
    vocabularyScores: take((b, o, n) => new Int32Array(b, o, n), meta.vocabularyCount * meta.tags.length, 4),
    entryWeight: take((b, o, n) => new Int16Array(b, o, n), meta.entryCount, 2),
    entryClass: take((b, o, n) => new Uint8Array(b, o, n), meta.entryCount, 1),
  };
  return createTaggerModel(meta, arrays, verbStems, clusters);
}

/** A model with no weights (every tag scores 0): for tests and for probing features while training. */
export function createEmptyTaggerModel(name: string, tags: readonly string[], clusters = ''): TaggerModel {
  return createTaggerModel(
    { name, formatVersion: TAGGER_FORMAT_VERSION, tags: [...tags], scale: 1, featureCount: 0, entryCount: 0, lexiconCount: 0, vocabularyCount: 0 },
    {
      featureKeys: new Int32Array(0),
      rowStart: new Int32Array(1),
      entryClass: new Uint8Array(0),
      entryWeight: new Int16Array(0),
      lexiconKeys: new Int32Array(0),
      lexiconValues: new Int32Array(0),
      vocabularyKeys: new Int32Array(0),
      vocabularyFacts: new Int32Array(0),
      vocabularyScores: new Int32Array(0),
    },
    '',
    clusters,
  );
}
