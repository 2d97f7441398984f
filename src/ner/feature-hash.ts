/**
 * 32-bit feature hashing: features are numbers mixed from a template id and the hashes of the words
 * they look at, so tagging builds no strings and looks features up in an integer table. Training and
 * tagging share these functions; collisions among a few hundred thousand features are negligible.
 */

/** FNV-1a over UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values (murmur3 finalizer over a boost-style combine). */
export function mixHash(a: number, b: number): number {
  let h = (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/**
 * Open-addressing table from feature hash to a row's entry range, one Int32Array of [hash, start, end]
 * slots so a lookup touches one cache line; hash 0 marks an empty slot (mixHash never returns 0).
 */
export class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(hashes: ArrayLike<number>, starts: ArrayLike<number>, ends: ArrayLike<number>) {
    let cap = 16;
    while (cap < hashes.length * 2) cap *= 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    this.size = hashes.length;
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]! | 0;
      let k = h & this.mask;
      while (this.slots[k * 3] !== 0 && this.slots[k * 3] !== h) k = (k + 1) & this.mask;
      this.slots[k * 3] = h;
      this.slots[k * 3 + 1] = starts[r]!;
      this.slots[k * 3 + 2] = ends[r]!;
    }
  }

  /** Slot offset of hash `h` (read start at +1, end at +2 of `table`), or -1. */
  find(h: number): number {
    const x = h | 0;
    let k = x & this.mask;
    for (;;) {
      const at = this.slots[k * 3]!;
      if (at === x) return k * 3;
      if (at === 0) return -1;
      k = (k + 1) & this.mask;
    }
  }

  get table(): Int32Array {
    return this.slots;
  }
}
