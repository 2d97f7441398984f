/**
 * The NER model: interned feature strings, sparse int16 weights per feature (only the tags a feature
 * speaks for), BIO transition scores and the gazetteer. Loaded lazily once from models/ner/; the
 * format version is checked so an old or newer file fails with a clear error instead of bad tags.
 */
import { DabirError } from '../errors.js';
import { lazyModel, loadModelBytes, loadModelJson, loadModelText } from '../model-loader/load-model.js';
import { BIO_TAGS, TAG_COUNT } from './bio-tags.js';
import { Gazetteer, GAZ_KINDS, type GazKind } from './gazetteer.js';
import { curatedEntries } from './gazetteers/index.js';

export const NER_FORMAT_VERSION = 1;

export interface NerSource {
  readonly name: string;
  readonly licence: string;
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

export interface NerModel {
  readonly meta: NerModelMeta;
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Entries of feature f are rowStart[f] .. rowStart[f + 1]. */
  readonly rowStart: Uint32Array;
  readonly entryTag: Uint8Array;
  readonly entryWeight: Float32Array;
  /** (T+1)×T, row 0 = sentence start. */
  readonly transitions: Float32Array;
  readonly gazetteer: Gazetteer;
  /** Word key → word class, when the model was trained with classes. */
  readonly classes?: ReadonlyMap<string, number>;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Byte layout of weights.bin: counts u8[F], tags u8[E], weights i16[E], transitions f32[(T+1)T], each 4-aligned. */
export function weightsLayout(featureCount: number, entryCount: number): { tags: number; weights: number; transitions: number; total: number } {
  const tags = align4(featureCount);
  const weights = tags + align4(entryCount);
  const transitions = weights + align4(entryCount * 2);
  const total = transitions + (TAG_COUNT + 1) * TAG_COUNT * 4;
  return { tags, weights, transitions, total };
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

/** Builds a model from its files; throws `model-incompatible` on a format it cannot read. */
/** Reads clusters.tsv (`key<TAB>class` per line). */
export function parseClasses(tsv: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return out;
}

export function parseNerModel(
  metaJson: unknown,
  featuresText: string,
  weightBytes: Uint8Array,
  gazetteerTsv: string,
  classesTsv?: string,
): NerModel {
  const meta = metaJson as NerModelMeta;
  if (typeof meta !== 'object' || meta === null || meta.formatVersion !== NER_FORMAT_VERSION) {
    throw new DabirError(
      'model-incompatible',
      `models/ner/model.json: expected formatVersion ${NER_FORMAT_VERSION}, found ${JSON.stringify((meta as { formatVersion?: unknown } | null)?.formatVersion)}`,
    );
  }
  if (meta.tags.length !== TAG_COUNT || meta.tags.some((t, i) => t !== BIO_TAGS[i])) {
    throw new DabirError('model-incompatible', `models/ner/model.json: tag set ${meta.tags.join(',')} differs from ${BIO_TAGS.join(',')}`);
  }
  const F = meta.featureCount;
  const E = meta.entryCount;
  const layout = weightsLayout(F, E);
  if (weightBytes.byteLength !== layout.total) {
    throw new DabirError('model-incompatible', `models/ner/weights.bin: expected ${layout.total} bytes, found ${weightBytes.byteLength}`);
  }
  const bytes = weightBytes.byteOffset % 4 === 0 ? weightBytes : weightBytes.slice();
  const base = bytes.byteOffset;
  const counts = new Uint8Array(bytes.buffer, base, F);
  const rowStart = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) rowStart[f + 1] = rowStart[f]! + counts[f]!;
  const entryTag = new Uint8Array(bytes.buffer, base + layout.tags, E);
  const raw = new Int16Array(bytes.buffer, base + layout.weights, E);
  const entryWeight = new Float32Array(E);
  for (let e = 0; e < E; e++) entryWeight[e] = raw[e]! * meta.weightScale;
  const transitions = new Float32Array(bytes.buffer.slice(base + layout.transitions, base + layout.total));
  const names = featuresText.split('\n');
  if (names.length !== F) {
    throw new DabirError('model-incompatible', `models/ner/features.txt: expected ${F} features, found ${names.length}`);
  }
  const featureIndex = new Map<string, number>();
  for (let f = 0; f < F; f++) featureIndex.set(names[f]!, f);
  const model: NerModel = { meta, featureIndex, rowStart, entryTag, entryWeight, transitions, gazetteer: buildGazetteer(gazetteerTsv) };
  return classesTsv === undefined ? model : { ...model, classes: parseClasses(classesTsv) };
}

/** The shipped model, read from models/ner/ on first use. */
export const loadNerModel = lazyModel(() => {
  const meta = loadModelJson<NerModelMeta>('ner/model.json');
  return parseNerModel(
    meta,
    loadModelText('ner/features.txt'),
    loadModelBytes('ner/weights.bin'),
    loadModelText('ner/gazetteer.tsv'),
    meta?.training?.classes ? loadModelText('ner/clusters.tsv') : undefined,
  );
});
