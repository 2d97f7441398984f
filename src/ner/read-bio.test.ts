// Token-per-line readers: the corpora's `token<sep>tag` files and the CLI's `--input conll`.
import { describe, expect, it } from 'vitest';
import { mapCorpusTag, readCorpus } from './corpus-tags.js';
import { firstColumn, readBioColumns, readTokenLines } from './read-bio.js';

describe('readBioColumns', () => {
  it.each([
    ['خبرگزاری|B_ORG\nمهر|I_ORG\n\nپوتین|B_PER\n', '|', [['خبرگزاری', 'مهر'], ['پوتین']]],
    ['می شود|O\n', '|', [['می شود']]],
    ['رئيس O\r\nجمهور O\r\n', ' ', [['رئيس', 'جمهور']]],
  ])('reads sentences from %j', (text, sep, tokens) => {
    expect(readBioColumns(text, sep).map((s) => s.tokens)).toEqual(tokens);
  });
});

describe('readCorpus', () => {
  it.each([
    ['peyma', 'می شود|O\n', ['می\u200cشود']],
  ] as const)('puts PEYMA\'s lost ZWNJ back: %s %j', (corpus, text, tokens) => {
    expect(readCorpus(corpus, text)[0]!.tokens).toEqual(tokens);
  });
});

describe('mapCorpusTag', () => {
  it.each([
    ['peyma', 'B_DAT', 'B-DATE'],
    ['peyma', 'I_PCT', 'I-PERCENT'],
    ['arman', 'B-pers', 'B-PER'],
    ['arman', 'I-pro', 'I-PRODUCT'],
    ['parstwiner', 'B-POG', 'B-ORG'],
    ['parstwiner', 'B-NAT', 'O'],
    ['parstwiner', 'I-EVE', 'I-EVENT'],
  ] as const)('maps %s %s to %s', (corpus, tag, mapped) => {
    expect(mapCorpusTag(corpus, tag)).toBe(mapped);
  });
});

describe('readTokenLines', () => {
  it.each([
    [['خبرگزاری\tB-ORG', 'مهر\tI-ORG', '', 'پوتین B-PER', ''], [['خبرگزاری', 'مهر'], ['پوتین']]],
    [['  ', 'a', 'b'], [['a', 'b']]],
  ])('groups %j into sentences of first-column tokens', (lines, sentences) => {
    expect([...readTokenLines(lines)]).toEqual(sentences);
  });

  it.each([['token\textra\tmore', 'token'], ['token extra', 'token'], ['تک', 'تک']])('takes %j → %j', (line, token) => {
    expect(firstColumn(line)).toBe(token);
  });
});
