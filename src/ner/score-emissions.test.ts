// The cached scorer against the feature-by-feature reference: identical emission scores, cache evictions included.
import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from './bio-tags.js';
import { viewSentence } from './extract-features.js';
import { loadNerModel, NER_STYLE_IDS, scoringIndex } from './ner-model.js';
import { scoreSentence } from './recognize-entities.js';
import { findRuleSpans } from './rules/index.js';
import { EmissionScorer, hashUpos } from './score-emissions.js';
import { wordKey } from './word-key.js';

const T = TAG_COUNT;

const SENTENCES = [
  'ولادیمیر پوتین ، رئیس‌جمهوری روسیه ، روز دوشنبه ۱۵ خرداد ۱۴۰۲ در مسکو گفت .',
  'به گزارش خبرگزاری مهر ، وزیر امور خارجه ایران امروز وارد ژنو شد .',
  'سازمان ملل متحد اعلام کرد که ۳ میلیون دلار به یمن کمک می‌کند .',
  'نرخ تورم در تهران به ۳۵ درصد رسید',
  'ساعت ۱۰:۳۰ صبح',
  'پوتین',
  'Apple و Google',
  'رئيس جمهوري',
  // A headline (template 50) and gazetteer names two words away (templates 52-55).
  'ابتکار : شرکت ملی پالایش و پخش فراورده‌های نفتی و سازمان حمایت مصرف‌کنندگان در تهران',
  'جوان :',
].map((s) => s.split(' '));

function reference(style: string, forms: string[], upos?: string[]): Float64Array {
  const model = loadNerModel();
  const keys = forms.map(wordKey);
  const out = new Float64Array(forms.length * T);
  scoreSentence(scoringIndex(model, style), viewSentence(forms, keys, model.gazetteer, findRuleSpans(keys), upos, model.classes), forms.length, out);
  return out;
}

function cached(scorer: EmissionScorer, forms: string[], upos?: string[]): Float64Array {
  const words = scorer.wordsOf(forms)!;
  const keys = words.map((w) => w.key);
  const out = new Float64Array(forms.length * T);
  scorer.score(words, keys, findRuleSpans(keys), upos === undefined ? undefined : hashUpos(upos, forms.length), out);
  return out;
}

describe('EmissionScorer', () => {
  it.each(NER_STYLE_IDS.map((s) => [s]))('gives exactly the reference scores in style %s', (style) => {
    const scorer = scoringIndex(loadNerModel(), style).scorer;
    for (let pass = 0; pass < 2; pass++) {
      for (const forms of SENTENCES) expect(cached(scorer, forms)).toEqual(reference(style, forms));
    }
  });

  it.each([[3], [7]])('stays exact while a cache of %i words per generation evicts and promotes words', (size) => {
    const model = loadNerModel();
    const scorer = new EmissionScorer(scoringIndex(model, 'peyma'), model.gazetteer, model.classes, size);
    for (let pass = 0; pass < 3; pass++) {
      for (const sentence of SENTENCES) {
        for (let at = 0; at < sentence.length; at += size) {
          const forms = sentence.slice(at, at + size);
          expect(cached(scorer, forms)).toEqual(reference('peyma', forms));
        }
      }
    }
  });

  it.each([['NOUN ADP PROPN PUNCT'.split(' ')]])('scores UPOS features as the reference does (%j)', (upos) => {
    const forms = ['نشست', 'در', 'ژنو', '.'];
    expect(cached(scoringIndex(loadNerModel(), 'peyma').scorer, forms, upos)).toEqual(reference('peyma', forms, upos));
  });

  it.each([[5]])('declines a sentence longer than a generation (%i words)', (size) => {
    const model = loadNerModel();
    const scorer = new EmissionScorer(scoringIndex(model, 'peyma'), model.gazetteer, model.classes, size);
    expect(scorer.wordsOf(SENTENCES[0]!)).toBeUndefined();
    expect(scorer.wordsOf(SENTENCES[0]!.slice(0, size))).toHaveLength(size);
  });
});
