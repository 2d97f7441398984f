/** Tests of the gold-fitted oracles that `npm run eval -- normalize` prints as the gold's own ceiling. */
import { describe, expect, it } from 'vitest';
import { ZwnjScore, degrade } from './score-zwnj.js';
import { goldOracles, unseenShare } from './zwnj-ceiling.js';

const Z = '\u200C';

describe('goldOracles', () => {
  const gold = [`آن${Z}ها رفتند.`, `آن${Z}ها آمدند`, 'آنها گفتند', `رئیس${Z}جمهور گفت`, `رئیس${Z}جمهور آمد`, 'رئیس جمهور رفت'];
  const oracle = goldOracles(gold);

  it('writes a stripped word in the form its gold uses most: «آنها» → «آن‌ها»', () => {
    expect(oracle.deleted('آنها گفتند')).toBe(`آن${Z}ها گفتند`);
    expect(oracle.deleted(`آن${Z}ها رفتند.`)).toBe(`آن${Z}ها رفتند.`);
  });

  it('joins a spaced pair as its gold does most: «رئیس جمهور» → «رئیس‌جمهور», «جمهور رفت» stays', () => {
    expect(oracle.spaced('رئیس جمهور رفت')).toBe(`رئیس${Z}جمهور رفت`);
  });

  it('leaves a word or pair it was not fitted on as it is', () => {
    expect(oracle.deleted('میدهد')).toBe('میدهد');
    expect(oracle.spaced('می دهد')).toBe('می دهد');
  });

  it('scored on its own gold, misses exactly the minority spellings', () => {
    const deleted = new ZwnjScore();
    const spaced = new ZwnjScore();
    for (const line of gold) {
      deleted.add(line, oracle.deleted(degrade(line).deleted));
      spaced.add(line, oracle.spaced(degrade(line).spaced));
    }
    // Gold words: 4 with a ZWNJ; of the plain ones, only «آنها» (deleted) and «رئیس جمهور» (spaced) are minority forms.
    expect([deleted.zwnjWords, deleted.zwnjRight, deleted.plainChanged]).toEqual([4, 4, 1]);
    expect([spaced.zwnjWords, spaced.zwnjRight, spaced.plainChanged]).toEqual([4, 4, 2]);
  });
});

describe('unseenShare', () => {
  it('counts the ZWNJ words whose ZWNJ-free form the train text never has', () => {
    expect(unseenShare([`می${Z}رود و کتاب${Z}ها`], ['میرود'])).toEqual({ unseen: 1, total: 2 });
  });
});
