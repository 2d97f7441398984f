import { describe, expect, it } from 'vitest';
import { CLUSTER_SUBS, buildWordClusters, forEachClusterWord, serializeWordClusters } from './word-clusters.js';
import { createEmptyTaggerModel } from './tagger-model.js';
import { hashString } from './tag-features.js';

// Cities and verbs in interchangeable frames: «به تهران رفت», «از شیراز آمد», ...
function corpus(): string[][] {
  const cities = ['تهران', 'شیراز', 'تبریز', 'مشهد', 'اصفهان', 'یزد'];
  const verbs = ['رفت', 'آمد', 'رسید', 'برگشت', 'گریخت', 'شتافت'];
  const out: string[][] = [];
  for (const c of cities) for (const v of verbs) for (const p of ['به', 'از']) out.push(['او', p, c, v, '.']);
  return out;
}

describe('buildWordClusters', () => {
  const options = { minCount: 3, contexts: 20, coarse: 5, iterations: 10, seed: 7 };

  it('puts words seen in the same frames in the same coarse cluster: «تهران» with «شیراز», apart from «رفت»', () => {
    const clusters = buildWordClusters(corpus(), options);
    const coarse = (w: string): number => Math.floor(clusters.get(w)! / CLUSTER_SUBS);
    expect(coarse('تهران')).toBe(coarse('شیراز'));
    expect(coarse('رفت')).toBe(coarse('آمد'));
    expect(coarse('تهران')).not.toBe(coarse('رفت'));
  });

  it('gives the same clusters on every run (seeded)', () => {
    expect(serializeWordClusters(buildWordClusters(corpus(), options))).toBe(serializeWordClusters(buildWordClusters(corpus(), options)));
  });

  it('leaves out words seen fewer than minCount times', () => {
    const clusters = buildWordClusters([...corpus(), ['او', 'به', 'کرمان', 'رفت']], options);
    expect(clusters.has('کرمان')).toBe(false);
    expect(clusters.has('تهران')).toBe(true);
  });
});

describe('serializeWordClusters / forEachClusterWord', () => {
  it('round-trips: line k lists the words of cluster k («تهران شیراز» on line 1)', () => {
    const clusters = new Map([
      ['رفت', 0],
      ['شیراز', 1],
      ['تهران', 1],
    ]);
    const text = serializeWordClusters(clusters);
    expect(text).toBe('رفت\nتهران شیراز\n');
    const back = new Map<string, number>();
    forEachClusterWord(text, (w, id) => back.set(w, id));
    expect(back).toEqual(clusters);
  });
});

describe('createTaggerModel cluster lookup', () => {
  it('returns fine id + 1 for a clustered bare form («شیراز» → 2) and 0 for others', () => {
    const model = createEmptyTaggerModel('t', ['NOUN'], 'رفت\nتهران شیراز\n');
    expect(model.lexicon.cluster(hashString('شیراز'))).toBe(2);
    expect(model.lexicon.cluster(hashString('رفت'))).toBe(1);
    expect(model.lexicon.cluster(hashString('کرمان'))).toBe(0);
  });
});
