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

/** Open-addressing table from feature hash to row; 0 marks an empty slot (mixHash never returns 0). */
export class HashIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(hashes: ArrayLike<number>) {
    let cap = 16;
    while (cap < hashes.length * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = hashes.length;
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]!;
      let k = h & this.mask;
      while (this.keys[k] !== 0 && this.keys[k] !== h) k = (k + 1) & this.mask;
      this.keys[k] = h;
      this.rows[k] = r;
    }
  }

  /** Row of hash `h`, or -1. */
  get(h: number): number {
    let k = h & this.mask;
    for (;;) {
      const x = this.keys[k]!;
      if (x === h) return this.rows[k]!;
      if (x === 0) return -1;
      k = (k + 1) & this.mask;
    }
  }
}
