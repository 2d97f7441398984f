// Entity-level scoring (exact span and type), as conlleval counts it.
import { describe, expect, it } from 'vitest';
import { countEntities, entityKeys, scoreOf, type EntityCounts } from './score-entities.js';

describe('entityKeys', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['0:2:PER', '3:4:LOC']],
    [['B_ORG', 'I_ORG', 'I_ORG'], ['0:3:ORG']],
    [['I-LOC', 'I-LOC', 'B-LOC'], ['0:2:LOC', '2:3:LOC']],
    [['B-PER', 'I-LOC'], ['0:1:PER', '1:2:LOC']],
  ])('reads the spans of %j (a stray I opens a span)', (tags, keys) => {
    expect(entityKeys(tags)).toEqual(keys);
  });
});

describe('countEntities', () => {
  it.each([
    // «خبرگزاری مهر» gold ORG; predicted only «مهر»: one false positive, one miss.
    [['B-ORG', 'I-ORG'], ['O', 'B-ORG'], { tp: 0, fp: 1, fn: 1 }],
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'O', 'B-ORG'], { tp: 1, fp: 1, fn: 1 }],
  ])('counts exact span and type only: gold %j, predicted %j', (gold, predicted, all) => {
    const counts = new Map<string, EntityCounts>();
    countEntities(gold, predicted, counts);
    expect(counts.get('ALL')).toEqual(all);
  });

  it.each([[{ tp: 8, fp: 2, fn: 2 }, 0.8]])('gives precision, recall and F1 from %j', (c, f1) => {
    expect(scoreOf(c).f1).toBeCloseTo(f1);
  });
});
