// Gazetteer matching over word keys: every entry starting at each word, across token boundaries and ZWNJ.
import { describe, expect, it } from 'vitest';
import { Gazetteer, kindBit, type GazKind } from './gazetteer.js';
import { wordKey } from './word-key.js';

const gazetteer = new Gazetteer([
  ['ORG', 'سازمان ملل'],
  ['ORG', 'سازمان ملل متحد'],
  ['ROLE', 'رئیس‌جمهوری'],
  ['CTRY', 'روسیه'],
  ['LOC', 'روسیه'],
  ['ORGT', 'سازمان'],
]);

function marksOf(words: string[]): Array<[GazKind[], GazKind[]]> {
  const kinds: GazKind[] = ['ORG', 'ROLE', 'CTRY', 'LOC', 'ORGT'];
  const { begin, inside } = gazetteer.mark(words.map(wordKey));
  return words.map((_, i) => [kinds.filter((k) => begin[i]! & kindBit(k)), kinds.filter((k) => inside[i]! & kindBit(k))]);
}

describe('Gazetteer.mark', () => {
  it.each([
    [['سازمان', 'ملل', 'متحد', 'گفت'], [[['ORG', 'ORGT'], []], [[], ['ORG']], [[], ['ORG']], [[], []]]],
    [['رئیس', 'جمهوری', 'روسیه'], [[['ROLE'], []], [[], ['ROLE']], [['CTRY', 'LOC'], []]]],
    [['رئیس‌جمهوری', 'روسيه'], [[['ROLE'], []], [['CTRY', 'LOC'], []]]],
    [['سازمانملل'], [[['ORG'], []]]],
    [['ملل', 'متحد'], [[[], []], [[], []]]],
  ])('marks the entries starting and continuing at each word of %j', (words, expected) => {
    expect(marksOf(words)).toEqual(expected);
  });

  it.each([
    [['\u200c', 'روسیه'], [[[], []], [['CTRY', 'LOC'], []]]],
    [['', ''], [[[], []], [[], []]]],
    [[], []],
  ])('matches nothing at an empty word key in %j', (words, expected) => {
    expect(marksOf(words)).toEqual(expected);
  });

  it.each([[['سازمان', 'ملل']], [['روسیه']]])('kindsOf %j names the kinds of the whole phrase', (words) => {
    expect(gazetteer.kindsOf(words.map(wordKey))).not.toBe(0);
  });

  it.each([[['سازمان', 'ملل', 'متحد', 'و', 'روسیه']], [['رئیس', 'جمهوری', '', 'روسیه']]])(
    'gives the same marks with each word\'s cached start node (%j)',
    (words) => {
      const keys = words.map(wordKey);
      expect(gazetteer.mark(keys, keys.map((k) => gazetteer.nodeOf(k)))).toEqual(gazetteer.mark(keys));
    },
  );
});

describe('Gazetteer kinds', () => {
  it('keeps a training-corpus name (TORG) apart from the curated ORG kind, with its own bit', () => {
    const names = new Gazetteer([['TORG', 'شرکت ملی پالایش و پخش']]);
    const { begin, inside } = names.mark(['شرکت', 'ملی', 'پالایش', 'و', 'پخش'].map(wordKey));
    expect(begin[0]).toBe(kindBit('TORG'));
    expect(begin[0]! & kindBit('ORG')).toBe(0);
    expect([...inside]).toEqual([0, kindBit('TORG'), kindBit('TORG'), kindBit('TORG'), kindBit('TORG')]);
  });
});
