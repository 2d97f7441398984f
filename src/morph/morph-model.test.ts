import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uposId } from '../doc/labels.js';
import { lemmatizeWord } from './lemmatize-word.js';
import { MORPH_FORMAT_VERSION, MORPH_MODEL_FILES, buildMorphModel, checkMorphMeta, loadMorphModel, parseMorphTables } from './morph-model.js';

// A tiny hand-made model: the rules must work from these tables alone, independent of the shipped model.
const fixture = buildMorphModel(
  parseMorphTables({
    verbs: 'رفت\tرو\nکرد\tکن\nکند\tکن\nآمد\tآ\n',
    lexicon: 'کتاب\nدرخت\nبزرگ\nخبر\nصدا\n',
    plurals: 'اخبار\n',
    forms: 'NOUN\tکسی\tکس\n',
  }),
);

describe('buildMorphModel: rules over hand-made tables', () => {
  it.each([
    ['می‌روند', 'VERB', 'رفت'],
    ['میروند', 'VERB', 'رفت'],
    ['نکنید', 'VERB', 'کرد'],
    ['بیایند', 'VERB', 'آمد'],
    ['کتاب‌ها', 'NOUN', 'کتاب'],
    ['درختان', 'NOUN', 'درخت'],
    ['بزرگ‌ترین', 'ADJ', 'بزرگ'],
    ['اخبار', 'NOUN', 'خبر'],
    ['صدای', 'NOUN', 'صدا'],
    ['کسی', 'NOUN', 'کس'],
  ])('%s (%s) → %s', (form, upos, lemma) => {
    expect(lemmatizeWord(form, uposId(upos), fixture)).toBe(lemma);
  });

  it('keeps the first past stem listed for a shared present stem: «کن» → «کرد», not «کند»', () => {
    expect(lemmatizeWord('می‌کنند', uposId('VERB'), fixture)).toBe('کرد');
  });

  it('leaves an unknown «ان» word alone: «باران» (stem «بار» unknown) → «باران»', () => {
    expect(lemmatizeWord('باران', uposId('NOUN'), fixture)).toBe('باران');
  });
});

describe('checkMorphMeta', () => {
  it('accepts the current format: {name: "morph", formatVersion: current}', () => {
    expect(() => checkMorphMeta({ name: 'morph', formatVersion: MORPH_FORMAT_VERSION, files: {} })).not.toThrow();
  });

  it.each([
    [{ name: 'morph', formatVersion: MORPH_FORMAT_VERSION + 1 }, 'format version'],
    [{ name: 'tagger', formatVersion: MORPH_FORMAT_VERSION }, 'expected a "morph" model'],
    [null, 'expected a "morph" model'],
  ])('throws model-incompatible for %j', (meta, message) => {
    expect(() => checkMorphMeta(meta)).toThrow(expect.objectContaining({ code: 'model-incompatible', message: expect.stringContaining(message) }));
  });
});

describe('models/morph (the shipped model)', () => {
  it('lists every file of MORPH_MODEL_FILES with its sha256 in model.json', () => {
    const meta = JSON.parse(readFileSync(new URL('../../models/morph/model.json', import.meta.url), 'utf8')) as {
      files: Record<string, { sha256: string }>;
    };
    checkMorphMeta({ ...meta, name: 'morph', formatVersion: MORPH_FORMAT_VERSION });
    for (const path of MORPH_MODEL_FILES.filter((p) => p !== 'morph/model.json')) {
      const bytes = readFileSync(new URL(`../../models/${path}`, import.meta.url));
      const name = path.slice('morph/'.length);
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(meta.files[name]?.sha256);
    }
  });

  it('loads and lemmatizes «می‌روند» (VERB) → «رفت»', () => {
    expect(lemmatizeWord('می‌روند', uposId('VERB'), loadMorphModel())).toBe('رفت');
  });
});
