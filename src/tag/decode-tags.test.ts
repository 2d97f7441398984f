// The decoder's fast path (precomputed sums for known words, their neighbours and the tag history)
// must choose exactly the tags of the plain path that looks up every feature, in every scheme.
import { describe, expect, it } from 'vitest';
import { decodeTags } from './decode-tags.js';
import { loadTagger } from './index.js';
import { SCHEMES, computeWordFacts, next2NeighbourFeatures, nextNeighbourFeatures, prevNeighbourFeatures, tagHistoryFeatures, MAX_FEATURES } from './tag-features.js';

// Real news sentences mixing frequent forms (in the model's vocabulary) with rare ones (names,
// technical words, unusual spellings), numbers, Latin, punctuation, and one- and two-word sentences.
const SENTENCES = [
  'او به تهران رفت .',
  'رئیس‌جمهوری روز دوشنبه در نشست خبری گفت که دولت برنامه‌ای برای افزایش قیمت بنزین ندارد .',
  'امانوئل ماکرون ، رئیس‌جمهور فرانسه ، با ولادیمیر پوتین در کاخ کرملین دیدار کرد .',
  'فتوسنتز گیاهان در دمای ۳۵ درجه کاهش می‌یابد و پژوهشگران دانشگاه شیراز آن را اندازه‌گیری کردند .',
  'شرکت NASA اعلام کرد که کاوشگر Perseverance نمونه‌های تازه‌ای از خاک مریخ برداشته است .',
  'زیرساخت‌های فرسوده‌ی آبرسانی در شهرستانهای جنوبی ، تابستان امسال بارها از کار افتادند !',
  'كتاب‌هاي جديد در نمايشگاه ۱۴۰۲ عرضه شد',
  'بورس تهران امروز با رشد ۲٫۵ درصدی شاخص کل به ۲ میلیون و ۱۰۰ هزار واحد رسید .',
  '« ما تسلیم نمی‌شویم » ، این را سخنگوی وزارت امور خارجه گفت 😀',
  'سلام',
  'خداحافظ دوستان',
].map((s) => s.split(' '));

describe('decodeTags', () => {
  it.each(SCHEMES.flatMap((scheme, id) => SENTENCES.map((forms) => [scheme, id, forms] as const)))(
    'fast path equals the plain feature path (%s): %j',
    (_name, scheme, forms) => {
      const model = loadTagger();
      expect(Array.from(decodeTags(model, forms, scheme, true))).toEqual(Array.from(decodeTags(model, forms, scheme, false)));
    },
  );

  it('tags «او به تهران رفت .» as PRON ADP PROPN VERB PUNCT on the fast path', () => {
    const model = loadTagger();
    expect(Array.from(decodeTags(model, ['او', 'به', 'تهران', 'رفت', '.']), (t) => model.tags[t])).toEqual(['PRON', 'ADP', 'PROPN', 'VERB', 'PUNCT']);
  });
});

describe('TaggerModel.neighbourScores', () => {
  it('holds, for known forms of «دولت برنامه‌ای ندارد» and the boundaries, the summed weights of their neighbour features', () => {
    const model = loadTagger();
    const forms = ['دولت', 'برنامه‌ای', 'ندارد'];
    const facts = computeWordFacts(forms, model.lexicon, model.vocabulary);
    const { prev, next, next2, boundary } = model.neighbourScores();
    const tagCount = model.tags.length;
    const features = new Int32Array(MAX_FEATURES);
    const probe = (count: number): number[] => {
      const scores = new Int32Array(tagCount);
      model.addScores(features, count, scores);
      return Array.from(scores);
    };
    const row = (rows: Int32Array, r: number): number[] => Array.from(rows.subarray(r * tagCount, (r + 1) * tagCount));
    for (let j = 0; j < forms.length; j++) {
      const r = facts.vocabRow[j]!;
      expect(r).toBeGreaterThanOrEqual(0);
      expect(row(prev, r)).toEqual(probe(prevNeighbourFeatures(facts, j, features, 0)));
      expect(row(next, r)).toEqual(probe(nextNeighbourFeatures(facts, forms.length, j, features, 0)));
      expect(row(next2, r)).toEqual(probe(next2NeighbourFeatures(facts, forms.length, j, features, 0)));
    }
    expect(row(prev, boundary)).toEqual(probe(prevNeighbourFeatures(facts, -1, features, 0)));
    expect(row(next, boundary)).toEqual(probe(nextNeighbourFeatures(facts, forms.length, forms.length, features, 0)));
    expect(row(next2, boundary)).toEqual(probe(next2NeighbourFeatures(facts, forms.length, forms.length, features, 0)));
    expect(row(prev, boundary).some((x) => x !== 0)).toBe(true);
  });

  it('holds the tag-history sums of each scheme for (prevTag, prev2Tag) pairs', () => {
    const model = loadTagger();
    const tagCount = model.tags.length;
    const features = new Int32Array(MAX_FEATURES);
    for (const scheme of [0, 1, 2]) {
      const rows = model.tagHistoryScores(scheme);
      for (const [p, p2] of [[-1, -2], [1, -1], [7, 1], [15, 3]] as const) {
        const scores = new Int32Array(tagCount);
        model.addScores(features, tagHistoryFeatures(p, p2, scheme, features, 0), scores);
        const base = ((p + 1) * (tagCount + 2) + p2 + 2) * tagCount;
        expect(Array.from(rows.subarray(base, base + tagCount))).toEqual(Array.from(scores));
      }
    }
  });
});
