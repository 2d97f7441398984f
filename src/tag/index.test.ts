import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { createDoc, markAssigned } from '../doc/doc.js';
import { UPOS_TAGS } from '../doc/labels.js';
import { OffsetMap } from '../doc/offset-map.js';
import { createTokenTable } from '../doc/token-table.js';
import { validateDoc } from '../doc/validate-doc.js';
import { DabirError } from '../errors.js';
import { decodeTags } from './decode-tags.js';
import { loadTagger, tagStage, tagWords } from './index.js';
import { propertyRuns } from '../../test/property-runs.js';

const words = (s: string): string[] => s.split(' ');

describe('tagWords', () => {
  it.each([
    ['او به تهران رفت .', 'PRON ADP PROPN VERB PUNCT'],
    ['کتاب‌ها را خواندم .', 'NOUN ADP VERB PUNCT'],
    ['این کتاب بسیار خوب است .', 'DET NOUN ADV ADJ AUX PUNCT'],
    ['ما به مدرسه می‌رویم .', 'PRON ADP NOUN VERB PUNCT'],
    ['علی و مریم دو کتاب خریدند .', 'PROPN CCONJ PROPN NUM NOUN VERB PUNCT'],
    ['من او را دیدم و با او صحبت کردم .', 'PRON PRON ADP VERB CCONJ ADP PRON NOUN VERB PUNCT'],
  ])('tags a plain sentence: %s', (sentence, expected) => {
    expect(tagWords(words(sentence)).upos.join(' ')).toBe(expected);
  });

  it.each([['کتابها را خواندم .', 'NOUN ADP VERB PUNCT']])('does not depend on ZWNJ in the plural: %s', (sentence, expected) => {
    expect(tagWords(words(sentence)).upos.join(' ')).toBe(expected);
  });

  it.each([
    ['perdt', 'ADP', 'PROPN'],
    ['seraji', 'PART', 'NOUN'],
  ] as const)('follows the %s scheme for «را» and place names', (scheme, ra, place) => {
    const { upos } = tagWords(words('او کتاب را در تهران خرید .'), { scheme });
    expect([upos[2], upos[4]]).toEqual([ra, place]);
  });

  it.each([
    [['', '😀', '\uD800', 'می‌روند', '\u0000'], ['X', 'SYM', 'SYM', 'VERB', 'SYM']],
    [[], []],
  ])('never throws on odd tokens and tags symbols SYM: %j', (forms, expected) => {
    expect(tagWords(forms).upos).toEqual(expected);
  });

  it('never throws on random messy tokens and returns one UPOS per word', () => {
    fc.assert(
      fc.property(fc.array(messyText, { maxLength: 30 }), (forms) => {
        let upos: string[];
        try {
          upos = tagWords(forms).upos;
        } catch (error) {
          throw new Error(`tagWords threw on ${escapeForReport(JSON.stringify(forms))}: ${String(error)}`);
        }
        expect(upos).toHaveLength(forms.length);
        for (const u of upos) expect(UPOS_TAGS).toContain(u);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it.each([[words('رئیس‌جمهور روسیه در مسکو سخنرانی کرد .')]])('gives the same tags on every call: %j', (forms) => {
    expect(tagWords(forms)).toEqual(tagWords(forms));
  });

  it.each([[words('وزیر امور خارجه گفت که ایران آماده است و کتابها را خواند .')]])(
    'gets the same tags with and without the vocabulary shortcut: %j',
    (forms) => {
      const model = loadTagger();
      expect(Array.from(decodeTags(model, forms, 0, true))).toEqual(Array.from(decodeTags(model, forms, 0, false)));
    },
  );

  it.each([
    [{ schema: 'perdt' }, 'unknown-option'],
    [{ scheme: 'bijankhan' }, 'invalid-option'],
  ])('rejects misuse %j with a coded DabirError', (options, code) => {
    expect(() => tagWords(['کتاب'], options as never)).toThrow(DabirError);
    try {
      tagWords(['کتاب'], options as never);
    } catch (error) {
      expect((error as DabirError).code).toBe(code);
    }
  });

  it.each([['کتاب']])('rejects a string where an array of words is expected: %s', (text) => {
    expect(() => tagWords(text as never)).toThrow(/forms must be an array/);
  });
});

describe('tagStage', () => {
  it.each([['او به تهران رفت. کتاب‌ها را خواندم.']])('tags every sentence of a hand-built Doc: %s', (text) => {
    const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
    const spans: [number, number, number][] = [];
    const re = /[^\s.]+|\./g;
    let sentence = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push([m.index, m.index + m[0].length, sentence]);
      if (m[0] === '.') sentence++;
    }
    doc.tokens = createTokenTable(
      spans.map(([start, end]) => ({ start, end })),
      (i) => spans[i]![2],
    );
    doc.sentences = [
      { start: 0, end: 16, tokenStart: 0, tokenEnd: 5 },
      { start: 17, end: text.length, tokenStart: 5, tokenEnd: 9 },
    ];
    markAssigned(doc, ['sentences', 'tokens']);
    tagStage().run(doc);
    markAssigned(doc, ['upos']);
    expect(Array.from(doc.tokens.upos, (id) => UPOS_TAGS[id]).join(' ')).toBe('PRON ADP PROPN VERB PUNCT NOUN ADP VERB PUNCT');
    expect(validateDoc(doc)).toEqual([]);
  });
});

// Tricky cases kept beside the stage (STYLE: every fix adds a row).
const CASES = readFileSync(new URL('./tag.cases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t') as [string, string, string]);

describe('tagWords on tag.cases.tsv', () => {
  it.each(CASES)('%s → %s (%s)', (input, expected) => {
    expect(tagWords(input.split(' ')).upos.join(' ')).toBe(expected);
  });
});
