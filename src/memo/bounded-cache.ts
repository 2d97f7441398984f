/**
 * BoundedCache: a string-keyed memo with a fixed memory bound (the ZWNJ pass's per-token decisions,
 * the lemmatizer's rule results).
 * Two generations: when the young map is full it becomes the old one and the previous old one is
 * dropped, so frequent keys (which a lookup copies into the young map) stay while a 1 GB stream of
 * ever new words keeps at most 2 × capacity entries. Values must be pure functions of their key.
 */
export class BoundedCache<V> {
  readonly capacity: number;
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(capacity: number) {
    this.capacity = Math.max(1, Math.floor(capacity));
  }

  /** The value stored for `key` (from either generation), or undefined. */
  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held now (at most 2 × capacity). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
