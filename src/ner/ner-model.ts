/**
 * The NER model: feature hashes (each with its style: 0 shared, 1 peyma, 2 arman, 3 parstwiner),
 * sparse int16 weights per feature (only the tags a feature speaks for), BIO transition scores, the
 * gazetteer and word classes. Loaded lazily once from models/ner/; the format version is checked so an
 * old or newer file fails with a clear error instead of wrong tags.
 */
import { DabirError } from '../errors.js';
import { lazyModel, loadModelBytes, loadModelJson, loadModelText } from '../model-loader/load-model.js';
import { BIO_TAGS, TAG_COUNT } from './bio-tags.js';
import { transitionGaps } from './decode-viterbi.js';
import { HashIndex } from './feature-hash.js';
import { Gazetteer, GAZ_KINDS, type GazKind } from './gazetteer.js';
import { curatedEntries } from './gazetteers/index.js';
import { EmissionScorer } from './score-emissions.js';

// 3: gazetteer kinds T* (training-corpus names), gazetteer marks at ±2, headline template 50.
export const NER_FORMAT_VERSION = 3;

/** Styles in the order of their ids in weights.bin (0 = shared by all corpora). */
export const NER_STYLE_IDS = ['none', 'peyma', 'arman', 'parstwiner'] as const;

export interface NerSource {
  readonly name: string;
  readonly license: string;
  readonly use: string;
}

/** models/ner/model.json. */
export interface NerModelMeta {
  readonly name: 'ner';
  readonly version: string;
  readonly formatVersion: number;
  readonly tags: readonly string[];
  readonly featureCount: number;
  readonly entryCount: number;
  readonly weightScale: number;
  readonly sources: readonly NerSource[];
  readonly dev: Record<string, unknown>;
  readonly training: Record<string, unknown>;
  readonly sha256: Record<string, string>;
}

/** The weights one style reads: shared and style rows summed, so tagging looks each feature up once. */
export interface ScoringIndex {
  readonly index: HashIndex;
  /** Entry e has tag entryTag[e] and weight entryWeight[e]. */
  readonly entryTag: Uint8Array;
  readonly entryWeight: Float32Array;
  /** Tagging's scorer over this index, with its bounded per-word cache. */
  readonly scorer: EmissionScorer;
  /** transitionGaps(model.transitions), for decodeViterbi. */
  readonly gaps: Float64Array;
}

export interface NerModel {
  readonly meta: NerModelMeta;
  readonly hashes: Uint32Array;
  readonly styleOf: Uint8Array;
  readonly rowStart: Uint32Array;
  readonly entryTag: Uint8Array;
  readonly entryWeight: Float32Array;
  /** (T+1)×T, row 0 = sentence start. */
  readonly transitions: Float32Array;
  readonly gazetteer: Gazetteer;
  /** Word key → word class, when the model was trained with classes. */
  readonly classes?: ReadonlyMap<string, number>;
  /** Merged weights per style (built on first use of a style, then shared read-only). */
  readonly styles: Map<string, ScoringIndex>;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Byte layout of weights.bin: hashes u32[F], counts u8[F], styles u8[F], tags u8[E], weights i16[E],
 * transitions f32[(T+1)T], each 4-aligned.
 */
export function weightsLayout(featureCount: number, entryCount: number): {
  counts: number; styles: number; tags: number; weights: number; transitions: number; total: number;
} {
  const counts = featureCount * 4;
  const styles = counts + align4(featureCount);
  const tags = styles + align4(featureCount);
  const weights = tags + align4(entryCount);
  const transitions = weights + align4(entryCount * 2);
  const total = transitions + (TAG_COUNT + 1) * TAG_COUNT * 4;
  return { counts, styles, tags, weights, transitions, total };
}

/** Reads the gazetteer file (`KIND<TAB>phrase` per line) and adds the curated lists. */
export function buildGazetteer(tsv: string): Gazetteer {
  const entries: Array<readonly [GazKind, string]> = curatedEntries();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const kind = line.slice(0, tab);
    if ((GAZ_KINDS as readonly string[]).includes(kind)) entries.push([kind as GazKind, line.slice(tab + 1)]);
  }
  return new Gazetteer(entries);
}

/**
 * Reads clusters.tsv (`key<TAB>class` per line). The empty key (a word of ZWNJ or diacritics only) has
 * a class too: training saw it, so tagging must.
 */
export function parseClasses(tsv: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return out;
}

/** Builds a model from its files; throws `model-incompatible` on a format it cannot read. */
export function parseNerModel(metaJson: unknown, weightBytes: Uint8Array, gazetteerTsv: string, classesTsv?: string): NerModel {
  const meta = metaJson as NerModelMeta;
  if (typeof meta !== 'object' || meta === null || meta.formatVersion !== NER_FORMAT_VERSION) {
    throw new DabirError(
      'model-incompatible',
      `models/ner/model.json: expected formatVersion ${NER_FORMAT_VERSION}, found ${JSON.stringify((meta as { formatVersion?: unknown } | null)?.formatVersion)}`,
    );
  }
  if (!Array.isArray(meta.tags) || meta.tags.length !== TAG_COUNT || meta.tags.some((t, i) => t !== BIO_TAGS[i])) {
    throw new DabirError('model-incompatible', `models/ner/model.json: tag set ${String(meta.tags)} differs from ${BIO_TAGS.join(',')}`);
  }
  const F = meta.featureCount;
  const E = meta.entryCount;
  const layout = weightsLayout(F, E);
  if (weightBytes.byteLength !== layout.total) {
    throw new DabirError('model-incompatible', `models/ner/weights.bin: expected ${layout.total} bytes, found ${weightBytes.byteLength}`);
  }
  const bytes = weightBytes.byteOffset % 4 === 0 ? weightBytes : weightBytes.slice();
  const base = bytes.byteOffset;
  const hashes = new Uint32Array(bytes.buffer, base, F);
  const counts = new Uint8Array(bytes.buffer, base + layout.counts, F);
  const styleOf = new Uint8Array(bytes.buffer, base + layout.styles, F);
  const rowStart = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) rowStart[f + 1] = rowStart[f]! + counts[f]!;
  const entryTag = new Uint8Array(bytes.buffer, base + layout.tags, E);
  const raw = new Int16Array(bytes.buffer, base + layout.weights, E);
  const entryWeight = new Float32Array(E);
  for (let e = 0; e < E; e++) entryWeight[e] = raw[e]! * meta.weightScale;
  const transitions = new Float32Array(bytes.buffer.slice(base + layout.transitions, base + layout.total));
  const model: NerModel = {
    meta, hashes, styleOf, rowStart, entryTag, entryWeight, transitions, gazetteer: buildGazetteer(gazetteerTsv), styles: new Map(),
  };
  return classesTsv === undefined ? model : { ...model, classes: parseClasses(classesTsv) };
}

/**
 * The scoring index of a style: each feature hash with its shared row and its style row summed.
 * Style «none» reads the shared rows alone. weights.bin is sorted by hash, so one pass merges.
 */
export function scoringIndex(model: NerModel, style: string): ScoringIndex {
  const hit = model.styles.get(style);
  if (hit) return hit;
  const styleId = Math.max(0, (NER_STYLE_IDS as readonly string[]).indexOf(style));
  const { hashes, styleOf, rowStart, entryTag, entryWeight } = model;
  const F = hashes.length;
  const rowHashes = new Uint32Array(F);
  const starts = new Int32Array(F);
  const ends = new Int32Array(F);
  const tagsOut = new Uint8Array(entryTag.length);
  const weightsOut = new Float32Array(entryTag.length);
  const dense = new Float32Array(TAG_COUNT);
  let rows = 0;
  let e = 0;
  let f = 0;
  while (f < F) {
    const h = hashes[f]!;
    let g = f;
    let used = false;
    dense.fill(0);
    for (; g < F && hashes[g] === h; g++) {
      const s = styleOf[g]!;
      if (s !== 0 && s !== styleId) continue;
      used = true;
      for (let x = rowStart[g]!; x < rowStart[g + 1]!; x++) dense[entryTag[x]!]! += entryWeight[x]!;
    }
    f = g;
    if (!used) continue;
    rowHashes[rows] = h;
    starts[rows] = e;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (dense[t] === 0) continue;
      tagsOut[e] = t;
      weightsOut[e++] = dense[t]!;
    }
    ends[rows] = e;
    rows++;
  }
  const source = {
    index: new HashIndex(rowHashes.subarray(0, rows), starts, ends),
    entryTag: tagsOut.slice(0, e),
    entryWeight: weightsOut.slice(0, e),
  };
  const index: ScoringIndex = { ...source, scorer: new EmissionScorer(source, model.gazetteer, model.classes), gaps: transitionGaps(model.transitions) };
  model.styles.set(style, index);
  return index;
}

/** The shipped model, read from models/ner/ on first use. */
export const loadNerModel = lazyModel(() => {
  const meta = loadModelJson<NerModelMeta>('ner/model.json');
  return parseNerModel(
    meta,
    loadModelBytes('ner/weights.bin'),
    loadModelText('ner/gazetteer.tsv'),
    meta?.training?.classes ? loadModelText('ner/clusters.tsv') : undefined,
  );
});
