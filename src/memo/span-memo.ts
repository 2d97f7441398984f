/**
 * SpanMemo: a bounded memo keyed by a span of a text's UTF-16 code units, looked up without slicing
 * the span into a string. The ZWNJ scan hashes each word while it finds its end, so a word seen before
 * costs one probe and a compare of its code units instead of a new string, its hash and a Map lookup.
 * When full it starts over empty: values are pure functions of their keys, so that only costs time.
 */

/** Seed of the span hash (FNV-1a offset basis). */
export const SPAN_HASH_SEED = 0x811c9dc5 | 0;

/**
 * The hash SpanMemo expects for text[start, end): FNV-1a over the code units. A scan that finds word
 * ends can fold `Math.imul(hash ^ code, 0x01000193)` per unit from SPAN_HASH_SEED instead.
 */
export function spanHash(text: string, start: number, end: number): number {
  let h = SPAN_HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** Longest span that is stored; longer ones are rare (glued runs, noise) and are simply not memoised. */
export const SPAN_MEMO_MAX_LENGTH = 48;

/** Code units of a key stored in its slot, two per Int32; the rest of a longer key is in the pool. */
const INLINE_UNITS = 8;
/** Int32s per slot: hash, entry + 1 (0 = empty), length, info, then the inline code units. */
const SLOT_INTS = 4 + INLINE_UNITS / 2;

/**
 * Per entry the memo keeps a small integer `info` beside the value, in the entry's slot: a scan that
 * needs only those bits for most words never touches the value object. A slot holds the key's first
 * code units too, so finding a word of up to eight units reads one 32-byte slot and nothing else.
 */
export class SpanMemo<V> {
  /** Entries held before the memo starts over. */
  readonly capacity: number;
  private readonly mask: number;
  /** Open addressing, linear probing, SLOT_INTS Int32s per slot. */
  private readonly slots: Int32Array;
  /** Code units of keys beyond their first INLINE_UNITS, back to back. */
  private readonly pool: Uint16Array;
  /** Pool offset of each entry's tail (keys longer than INLINE_UNITS). */
  private readonly tails: Int32Array;
  private readonly values: (V | undefined)[];
  private count = 0;
  private poolUsed = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(1, Math.floor(capacity));
    // At most 80% full: probes run over neighbouring slots, and a small table stays in cache (measured
    // no slower than 50% full on the bench text, at half the memory).
    let slotCount = 2;
    while (slotCount < this.capacity * 1.25) slotCount *= 2;
    this.mask = slotCount - 1;
    this.slots = new Int32Array(slotCount * SLOT_INTS);
    // Room for tails averaging four units; a full pool starts the memo over like a full table.
    this.pool = new Uint16Array(this.capacity * 4 + SPAN_MEMO_MAX_LENGTH);
    this.tails = new Int32Array(this.capacity);
    this.values = new Array<V | undefined>(this.capacity).fill(undefined);
  }

  /** Entries held now. */
  get size(): number {
    return this.count;
  }

  /**
   * The slot of text[start, end) (whose spanHash is `hash`), or -1 when it is not stored. A slot
   * number stays valid until the next `add`.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    const mask = this.mask;
    const inlineEnd = length > INLINE_UNITS ? start + INLINE_UNITS : end;
    let s = hash & mask;
    for (;;) {
      const base = s * SLOT_INTS;
      if (slots[base + 1] === 0) return -1;
      if (slots[base] === hash && slots[base + 2] === length) {
        let k = start;
        let w = base + 4;
        // Pairs of code units; an odd last unit was stored with a zero high half.
        while (k < inlineEnd) {
          const pair = k + 1 < inlineEnd ? text.charCodeAt(k) | (text.charCodeAt(k + 1) << 16) : text.charCodeAt(k);
          if (slots[w] !== pair) break;
          k += 2;
          w++;
        }
        if (k >= inlineEnd && (length <= INLINE_UNITS || this.tailMatches(text, inlineEnd, end, slots[base + 1]! - 1))) return s;
      }
      s = (s + 1) & mask;
    }
  }

  /** The info bits of a slot that `find` or `add` returned. */
  info(slot: number): number {
    return this.slots[slot * SLOT_INTS + 3]!;
  }

  /** The value of a slot that `find` or `add` returned. */
  value(slot: number): V {
    return this.values[this.slots[slot * SLOT_INTS + 1]! - 1] as V;
  }

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const slot = this.find(text, start, end, hash);
    return slot < 0 ? undefined : this.value(slot);
  }

  /**
   * Stores `value` and `info` for text[start, end), which must not be stored yet (find it first), and
   * returns its slot, or -1 for a span too long to store. May start the memo over, which invalidates
   * every slot number handed out before.
   */
  add(text: string, start: number, end: number, hash: number, info: number, value: V): number {
    const length = end - start;
    if (length > SPAN_MEMO_MAX_LENGTH) return -1;
    const tail = length > INLINE_UNITS ? length - INLINE_UNITS : 0;
    if (this.count >= this.capacity || this.poolUsed + tail > this.pool.length) this.clear();
    const entry = this.count++;
    this.values[entry] = value;
    let s = hash & this.mask;
    while (this.slots[s * SLOT_INTS + 1] !== 0) s = (s + 1) & this.mask;
    const base = s * SLOT_INTS;
    const slots = this.slots;
    slots[base] = hash;
    slots[base + 1] = entry + 1;
    slots[base + 2] = length;
    slots[base + 3] = info;
    const inlineEnd = tail > 0 ? start + INLINE_UNITS : end;
    let w = base + 4;
    for (let k = start; k < inlineEnd; k += 2) {
      slots[w++] = k + 1 < inlineEnd ? text.charCodeAt(k) | (text.charCodeAt(k + 1) << 16) : text.charCodeAt(k);
    }
    if (tail > 0) {
      this.tails[entry] = this.poolUsed;
      for (let k = 0; k < tail; k++) this.pool[this.poolUsed + k] = text.charCodeAt(inlineEnd + k);
      this.poolUsed += tail;
    }
    return s;
  }

  private tailMatches(text: string, from: number, end: number, entry: number): boolean {
    let p = this.tails[entry]!;
    for (let k = from; k < end; k++, p++) if (this.pool[p] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Forgets every entry. */
  clear(): void {
    this.slots.fill(0);
    this.values.fill(undefined);
    this.count = 0;
    this.poolUsed = 0;
  }
}
