/** Tests of BoundedCache: a two-generation memo that keeps frequent keys and never holds more than twice its capacity. */
import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('returns what was stored: «می دهد» → «می‌دهد»', () => {
    const cache = new BoundedCache<string>(4);
    cache.set('می دهد', 'می\u200Cدهد');
    expect(cache.get('می دهد')).toBe('می\u200Cدهد');
    expect(cache.get('می روم')).toBeUndefined();
  });

  it('never holds more than twice its capacity, however many keys pass through', () => {
    const cache = new BoundedCache<number>(3);
    for (let k = 0; k < 100; k++) cache.set(`کلمه${k}`, k);
    expect(cache.size).toBeLessThanOrEqual(6);
    expect(cache.get('کلمه99')).toBe(99);
    expect(cache.get('کلمه0')).toBeUndefined();
  });

  it('keeps a key that is read while its generation ages: «است»', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('است', 1);
    cache.set('این', 2);
    for (let k = 0; k < 10; k++) {
      cache.set(`نو${k}`, k);
      expect(cache.get('است')).toBe(1);
    }
  });
});
