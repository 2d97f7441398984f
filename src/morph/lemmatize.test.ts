import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { UPOS_TAGS, uposId } from '../doc/labels.js';
import { DabirError } from '../errors.js';
import { createDoc } from '../doc/doc.js';
import { OffsetMap } from '../doc/offset-map.js';
import { createTokenTable } from '../doc/token-table.js';
import { validateDoc } from '../doc/validate-doc.js';
import { lemmatize, lemmatizeAll, lemmatizeStage, lemmatizeWord, loadMorphModel, type MorphModel } from './index.js';
import { BoundedCache } from '../memo/bounded-cache.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('lemmatize: verbs → past stem (UD PerDT)', () => {
  it.each([
    ['می‌روند', 'VERB', 'رفت', 'present progressive'],
    ['رفتیم', 'VERB', 'رفت', 'simple past'],
    ['رفت', 'VERB', 'رفت', 'past stem itself'],
    ['می‌نویسند', 'VERB', 'نوشت', 'present stem mapped to the past stem'],
    ['بنویسید', 'VERB', 'نوشت', 'subjunctive/imperative «ب»'],
    ['برود', 'VERB', 'رفت', 'subjunctive «ب» on «رو»'],
    ['نمی‌رود', 'VERB', 'رفت', 'negated progressive'],
    ['نمی‌نویسیم', 'VERB', 'نوشت', 'negated progressive, 1pl'],
    ['رفته‌است', 'VERB', 'رفت', 'present perfect with «‌است»'],
    ['نوشته‌اند', 'VERB', 'نوشت', 'present perfect, 3pl'],
    ['خوانده‌ایم', 'VERB', 'خواند', 'present perfect, 1pl'],
    ['داده', 'VERB', 'داد', 'passive participle'],
    ['بیاورید', 'VERB', 'آورد', '«بیا» after a prefix is «آ»'],
    ['نیامدند', 'VERB', 'آمد', 'negated «آمد»'],
    ['می‌آیند', 'VERB', 'آمد', 'vowel-final present stem with glide'],
    ['می‌گوید', 'VERB', 'گفت', 'irregular present stem «گو»'],
    ['برگشتند', 'VERB', 'گشت', 'UD drops the preverb «بر»'],
    ['درمی‌آورند', 'VERB', 'آورد', 'preverb + «می‌»'],
    ['نمی‌توانند', 'VERB', 'توانست', 'modal'],
    ['شد', 'VERB', 'شد', '«شد» stays «شد» in PerDT'],
  ])('%s (%s) → %s: %s', (form, upos, lemma) => {
    expect(lemmatize(form, upos)).toBe(lemma);
  });
});

describe('lemmatize: auxiliaries as UD lemmatizes them', () => {
  it.each([
    ['است', 'است'],
    ['ست', 'است'],
    ['خواهد', 'خواست'],
    ['نخواهند', 'خواست'],
    ['بود', 'بود'],
    ['باشد', 'بود'],
    ['باید', 'بایست'],
  ])('%s (AUX) → %s', (form, lemma) => {
    expect(lemmatize(form, 'AUX')).toBe(lemma);
  });
});

describe('lemmatize: a word with a copula clitic that the tagger calls a verb', () => {
  it.each([
    ['گرسنه‌اند', 'AUX', 'گرسنه'],
    ['زنده‌اند', 'VERB', 'زنده'],
    ['رفته‌اند', 'VERB', 'رفت'],
    ['گفته‌ام', 'AUX', 'گفت'],
  ])('%s (%s) → %s: the word when no verb table knows its stem, else the past stem', (form, upos, lemma) => {
    expect(lemmatize(form, upos)).toBe(lemma);
  });
});

describe('lemmatize: nouns lose plural, ezafe, indefinite and clitic suffixes', () => {
  it.each([
    ['کتاب‌ها', 'کتاب', 'plural «‌ها»'],
    ['کتابها', 'کتاب', 'plural «ها» without ZWNJ, stem validated'],
    ['کتاب‌هایشان', 'کتاب', 'plural + possessive'],
    ['درختان', 'درخت', 'plural «ان» when the lexicon knows «درخت»'],
    ['دانشجویان', 'دانشجو', 'plural «یان» after a vowel'],
    ['نمایندگان', 'نماینده', 'plural «گان» → «ه»'],
    ['اقدامات', 'اقدام', 'Arabic plural «ات»'],
    ['مطالعات', 'مطالعه', 'Arabic plural «ات» on a «ه» noun'],
    ['مسئولین', 'مسئول', 'Arabic plural «ین»'],
    ['خانه‌ای', 'خانه', 'indefinite «‌ای»'],
    ['همهٔ', 'همه', 'ezafe hamza'],
    ['صدای', 'صدا', 'ezafe «ی» after a vowel'],
    ['اخبار', 'خبر', 'broken plural afʿāl'],
    ['افراد', 'فرد', 'broken plural afʿāl'],
    ['مراکز', 'مرکز', 'broken plural mafāʿil'],
    ['عوامل', 'عامل', 'broken plural fawāʿil'],
  ])('%s (NOUN) → %s: %s', (form, lemma) => {
    expect(lemmatize(form, 'NOUN')).toBe(lemma);
  });

  it.each([
    ['ترکمن‌ها', 'ترکمن'],
    ['تهران', 'تهران'],
  ])('proper noun %s → %s', (form, lemma) => {
    expect(lemmatize(form, 'PROPN')).toBe(lemma);
  });
});

describe('lemmatize: adjectives lose «تر/ترین» but keep derivational «ی»', () => {
  it.each([
    ['بزرگ‌ترین', 'بزرگ'],
    ['بزرگترین', 'بزرگ'],
    ['سخت‌تر', 'سخت'],
    ['زیباترین', 'زیبا'],
    ['قدیمی‌ترین', 'قدیمی'],
    ['ایرانی', 'ایرانی'],
    ['گلخانه‌ای', 'گلخانه‌ای'],
  ])('%s (ADJ) → %s', (form, lemma) => {
    expect(lemmatize(form, 'ADJ')).toBe(lemma);
  });
});

describe('lemmatize: pronoun clitics of multiword tokens', () => {
  it.each([
    ['ش', 'او'],
    ['اش', 'او'],
    ['م', 'من'],
    ['ت', 'تو'],
    ['مان', 'ما'],
    ['تان', 'شما'],
    ['شان', 'آنها'],
  ])('%s (PRON) → %s', (form, lemma) => {
    expect(lemmatize(form, 'PRON')).toBe(lemma);
  });
});

describe('lemmatize: closed classes, numbers and punctuation stay as written', () => {
  it.each([
    ['۱۴۰۲', 'NUM'],
    ['.', 'PUNCT'],
    ['و', 'CCONJ'],
    ['به', 'ADP'],
    ['Hello', 'X'],
  ])('%s (%s) is its own lemma', (form, upos) => {
    expect(lemmatize(form, upos)).toBe(form);
  });
});

describe('lemmatize: unseen words go through the rules, not the table of known forms', () => {
  const model = loadMorphModel();
  it.each([
    ['دندانپزشک‌ها', 'NOUN', 'دندانپزشک'],
    ['فیزیوتراپیست‌ها', 'NOUN', 'فیزیوتراپیست'],
    ['پادکست‌ها', 'NOUN', 'پادکست'],
    ['شلوغ‌ترین', 'ADJ', 'شلوغ'],
    ['می‌چرخانند', 'VERB', 'چرخاند'],
    ['نمی‌چرخیدند', 'VERB', 'چرخید'],
    ['کارخانه‌هایشان', 'NOUN', 'کارخانه'],
  ])('%s (%s) → %s', (form, upos, lemma) => {
    expect(model.forms[uposId(upos)]!.has(form)).toBe(false);
    expect(lemmatize(form, upos)).toBe(lemma);
  });
});

describe('lemmatize: the memo of rule results', () => {
  /** The shipped tables with a memo of its own of `capacity` entries per generation. */
  const withMemo = (capacity: number): MorphModel => ({ ...loadMorphModel(), ruleMemo: new BoundedCache<string>(capacity) });

  it('gives a form seen before under another UPOS that UPOS\'s own lemma: «کارخانه‌هایشان» NOUN, then PRON', () => {
    const model = withMemo(100);
    expect(lemmatizeWord('کارخانه‌هایشان', uposId('NOUN'), model)).toBe('کارخانه');
    expect(lemmatizeWord('کارخانه‌هایشان', uposId('PRON'), model)).toBe('کارخانه‌هایشان');
    expect(lemmatizeWord('کارخانه‌هایشان', uposId('NOUN'), model)).toBe('کارخانه');
  });

  it('returns what a fresh model returns, for any form and UPOS, however often it was asked', () => {
    // Four entries per generation: the shared memo is filled, evicted and refilled many times over.
    const shared = withMemo(4);
    const forms = fc.constantFrom('کارخانه‌هایشان', 'می‌چرخانند', 'شلوغ‌ترین', 'کتاب‌ها', 'رفته‌است', 'دندانپزشک‌ها');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(forms, messyText), fc.integer({ min: 0, max: UPOS_TAGS.length - 1 })), { maxLength: 20 }), (calls) => {
        for (const [form, upos] of calls) {
          expect(lemmatizeWord(form, upos, shared)).toBe(lemmatizeWord(form, upos, withMemo(1)));
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});

describe('lemmatize: options', () => {
  it.each([
    ['شد', 'VERB', 'کرد'],
    ['می‌شود', 'VERB', 'کرد'],
  ])('treebank "seraji" files «شدن» under «کرد»: %s → %s', (form, upos, lemma) => {
    expect(lemmatize(form, upos, { treebank: 'seraji' })).toBe(lemma);
    expect(lemmatize(form, upos)).toBe('شد');
  });

  it('rejects an unknown option with unknown-option: {tree: "x"}', () => {
    expect(() => lemmatize('رفت', 'VERB', { tree: 'x' } as never)).toThrow(expect.objectContaining({ code: 'unknown-option' }));
  });

  it('rejects an unknown treebank with invalid-option: «udt»', () => {
    expect(() => lemmatize('رفت', 'VERB', { treebank: 'udt' as never })).toThrow(DabirError);
  });

  it('rejects a non-string form with invalid-argument', () => {
    expect(() => lemmatize(42 as never, 'NOUN')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('lemmatizes lists: [«می‌روند», «کتاب‌ها»] → [«رفت», «کتاب»]', () => {
    expect(lemmatizeAll(['می‌روند', 'کتاب‌ها'], ['VERB', 'NOUN'])).toEqual(['رفت', 'کتاب']);
  });
});

describe('lemmatize: never throws', () => {
  it('returns a string for messy text under every UPOS, untagged included', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(...UPOS_TAGS, '', 'BOGUS'), (text, upos) => {
        let result: unknown;
        try {
          result = lemmatize(text, upos);
        } catch (error) {
          throw new Error(`lemmatize threw on ${escapeForReport(text)} / ${upos}: ${String(error)}`);
        }
        expect(typeof result).toBe('string');
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it.each([['کتابها'.repeat(20_000)], ['می‌روند'.repeat(10_000)]])('returns a huge glued token as it is, quickly (%#)', (form) => {
    for (const upos of ['NOUN', 'VERB', '']) expect(lemmatize(form, upos)).toBe(form);
  });

  it.each([[''], ['\u200c\u200c\u200c'], ['\uD83D'], ['ـــ'], ['می'], ['نمی‌'], ['ب'], ['‌ها']])(
    'odd input %j gives a string',
    (form) => {
      for (const upos of ['VERB', 'AUX', 'NOUN', 'ADJ', 'PROPN', 'PRON', '']) expect(typeof lemmatize(form, upos)).toBe('string');
    },
  );
});

describe('lemmatizeStage', () => {
  it('fills the lemma column from text and UPOS: «کتاب‌ها را می‌خوانند» → کتاب را خواند', () => {
    const text = 'کتاب‌ها را می‌خوانند';
    const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
    doc.tokens = createTokenTable(
      [
        { start: 0, end: 7 },
        { start: 8, end: 10 },
        { start: 11, end: 20 },
      ],
      () => 0,
    );
    ['NOUN', 'ADP', 'VERB'].forEach((tag, i) => (doc.tokens.upos[i] = uposId(tag)));
    lemmatizeStage().run(doc);
    expect(doc.tokens.lemma).toEqual(['کتاب', 'را', 'خواند']);
    expect(validateDoc(doc)).toEqual([]);
  });
});
