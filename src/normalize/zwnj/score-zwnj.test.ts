/** Tests of the ZWNJ scoring used by the trainer and normalize.eval.ts. */
import { describe, expect, it } from 'vitest';
import { ZwnjScore, degrade } from './score-zwnj.js';

const Z = '\u200C';

function score(gold: string, pred: string): ZwnjScore {
  const s = new ZwnjScore();
  s.add(gold, pred);
  return s;
}

describe('ZwnjScore', () => {
  it.each([
    [`او می${Z}گوید کتاب${Z}ها را`, `او می${Z}گوید کتاب${Z}ها را`, 1, 0],
    [`او می${Z}گوید کتاب${Z}ها را`, 'او میگوید کتابها را', 0, 0],
    [`او می${Z}گوید کتاب${Z}ها را`, `او می${Z}گوید کتاب${Z}ها${Z}را`, 0.5, 0.5],
  ])('scores %s against %s: recall %d, damage %d', (gold, pred, recall, damage) => {
    const s = score(gold, pred);
    expect(s.recall).toBe(recall);
    expect(s.damage).toBe(damage);
  });

  it.each([[`کشور${Z}ها`, 'کشورها']])('treats an invisible ZWNJ after a non-joining letter as none: %s = %s', (gold, pred) => {
    const s = score(gold, pred);
    expect(s.plainChanged).toBe(0);
    expect(s.zwnjWords).toBe(0);
  });

  it.each([[`رئیس${Z}جمهور گفت`, 'رئیس جمهور گفت']])('gives boundary macro-F1 below 1 for a missed ZWNJ: %s', (gold, pred) => {
    const s = score(gold, pred);
    expect(s.boundaryMacroF1).toBeLessThan(1);
    expect(s.topErrors(5)).toEqual([[`رئیس${Z}جمهور → رئیس جمهور`, 1]]);
  });

  it.each([['کتاب', 'کتابها']])('counts a sentence whose letters differ as misaligned: %s vs %s', (gold, pred) => {
    expect(score(gold, pred).misaligned).toBe(1);
  });

  it.each([[`می${Z}روم`, 'میروم', 'می روم']])('degrades %s to %s (deleted) and %s (spaced)', (gold, deleted, spaced) => {
    expect(degrade(gold)).toEqual({ deleted, spaced });
  });
});
