import { describe, expect, it } from 'vitest';
import { DabirError } from '../errors.js';
import { decodeTags } from './decode-tags.js';
import { TAGGER_FORMAT_VERSION, createEmptyTaggerModel, parseTaggerModel, serializeTaggerArrays, type TaggerArrays, type TaggerMeta } from './tagger-model.js';
import { MAX_FEATURES, computeWordFacts, extractFeatures } from './tag-features.js';

// A tiny fixture model: two tags, and one feature set (all features of «رفت» as a one-word sentence)
// that votes VERB; every other word falls back to NOUN through the bias.
function fixture(): { meta: TaggerMeta; arrays: TaggerArrays } {
  const probe = createEmptyTaggerModel('fixture', ['NOUN', 'VERB']);
  const features = new Int32Array(MAX_FEATURES);
  const word = extractFeatures(computeWordFacts(['رفت'], probe.lexicon), 1, 0, -1, -2, 0, features);
  const keys = [...new Set(Array.from(features.subarray(0, word)))].filter((k) => k !== 0).sort((a, b) => a - b);
  // The features of «رفت» that «کتاب» lacks (word, affixes) vote VERB.
  const other = new Int32Array(MAX_FEATURES);
  const otherCount = extractFeatures(computeWordFacts(['کتاب'], probe.lexicon), 1, 0, -1, -2, 0, other);
  const shared = new Set(Array.from(other.subarray(0, otherCount)));
  const verbKeys = keys.filter((k) => !shared.has(k));
  const meta: TaggerMeta = {
    name: 'fixture',
    formatVersion: TAGGER_FORMAT_VERSION,
    tags: ['NOUN', 'VERB'],
    scale: 1,
    featureCount: verbKeys.length,
    entryCount: verbKeys.length,
    lexiconCount: 0,
    vocabularyCount: 0,
  };
  const arrays: TaggerArrays = {
    featureKeys: Int32Array.from(verbKeys),
    rowStart: Int32Array.from({ length: verbKeys.length + 1 }, (_, i) => i),
    entryClass: new Uint8Array(verbKeys.length).fill(1),
    entryWeight: new Int16Array(verbKeys.length).fill(10),
    lexiconKeys: new Int32Array(0),
    lexiconValues: new Int32Array(0),
    vocabularyKeys: new Int32Array(0),
    vocabularyFacts: new Int32Array(0),
    vocabularyScores: new Int32Array(0),
  };
  return { meta, arrays };
}

describe('parseTaggerModel', () => {
  it.each([[['رفت'], ['VERB']], [['کتاب'], ['NOUN']]])('reads back what serializeTaggerArrays wrote: %j → %j', (forms, expected) => {
    const { meta, arrays } = fixture();
    const model = parseTaggerModel(meta, serializeTaggerArrays(meta, arrays), 'رفت#رو\n');
    expect(Array.from(decodeTags(model, forms), (t) => model.tags[t])).toEqual(expected);
  });

  it.each([[0], [TAGGER_FORMAT_VERSION + 1]])('refuses formatVersion %i with model-incompatible', (formatVersion) => {
    const { meta, arrays } = fixture();
    const bytes = serializeTaggerArrays(meta, arrays);
    expect(() => parseTaggerModel({ ...meta, formatVersion }, bytes, '')).toThrow(DabirError);
    try {
      parseTaggerModel({ ...meta, formatVersion }, bytes, '');
    } catch (error) {
      expect((error as DabirError).code).toBe('model-incompatible');
      expect((error as DabirError).message).toContain(`formatVersion ${formatVersion}`);
    }
  });

  it.each([[1], [7]])('refuses a binary truncated by %i bytes', (cut) => {
    const { meta, arrays } = fixture();
    const bytes = serializeTaggerArrays(meta, arrays);
    expect(() => parseTaggerModel(meta, bytes.subarray(0, bytes.length - cut), '')).toThrow(/bytes, model.json describes/);
  });

  it.each([[3]])('reads a binary that does not start on a 4-byte boundary (offset %i)', (offset) => {
    const { meta, arrays } = fixture();
    const bytes = serializeTaggerArrays(meta, arrays);
    const shifted = new Uint8Array(bytes.length + offset);
    shifted.set(bytes, offset);
    const model = parseTaggerModel(meta, shifted.subarray(offset), '');
    expect(model.tags[decodeTags(model, ['رفت'])[0]!]).toBe('VERB');
  });
});
