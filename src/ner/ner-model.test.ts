// The shipped NER model: its format version is checked on load and its files match the recorded hashes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadModelBytes, loadModelJson, loadModelText } from '../model-loader/load-model.js';
import { BIO_TAGS } from './bio-tags.js';
import { NER_FORMAT_VERSION, parseClasses, parseNerModel, type NerModelMeta } from './ner-model.js';

const meta = loadModelJson<NerModelMeta>('ner/model.json');
const files = (): [Uint8Array, string] => [loadModelBytes('ner/weights.bin'), loadModelText('ner/gazetteer.tsv')];

describe('parseNerModel', () => {
  it.each([[NER_FORMAT_VERSION + 1], [0], ['1']])('rejects formatVersion %j with model-incompatible', (version) => {
    const [weights, gazetteer] = files();
    expect(() => parseNerModel({ ...meta, formatVersion: version }, weights, gazetteer)).toThrow(
      expect.objectContaining({ code: 'model-incompatible' }),
    );
  });

  it.each([['weights.bin cut short']])('rejects a weights file of the wrong size (%s)', () => {
    const [weights, gazetteer] = files();
    expect(() => parseNerModel(meta, weights.subarray(0, weights.length - 4), gazetteer)).toThrow(/expected \d+ bytes/);
  });

  it.each([['weights.bin'], ['gazetteer.tsv'], ['clusters.tsv']])('ships %s with the sha256 recorded in model.json', (file) => {
    expect(createHash('sha256').update(loadModelBytes(`ner/${file}`)).digest('hex')).toBe(meta.sha256[file]);
  });

  it.each([['ner/model.json']])('records name, formatVersion, the BIO tag set and sources with licences in %s', () => {
    expect(meta.name).toBe('ner');
    expect(meta.formatVersion).toBe(NER_FORMAT_VERSION);
    expect(meta.tags).toEqual(BIO_TAGS);
    expect(meta.sources.every((s) => s.license.length > 0)).toBe(true);
  });
});

describe('parseClasses', () => {
  it('reads every `key<TAB>class` line, the empty key (a ZWNJ-only word) included, as training saw them', () => {
    expect([...parseClasses('\t185\nتهران\t7\nمهر\t12\n')]).toEqual([['', 185], ['تهران', 7], ['مهر', 12]]);
  });
});
