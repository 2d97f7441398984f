/**
 * Gazetteer matching over word keys. Entries are stored as the concatenation of their word keys, so a
 * phrase matches whether the text writes it as one token or several («رئیس‌جمهوری» / «رئیس جمهوری»).
 */
import { wordKey } from './word-key.js';

/** Gazetteer kinds; each becomes a feature family. */
export const GAZ_KINDS = ['LOC', 'ORG', 'PERF', 'HON', 'ROLE', 'ORGT', 'LOCT', 'FACT', 'EVT', 'CITY', 'PROV', 'CTRY'] as const;
export type GazKind = (typeof GAZ_KINDS)[number];

const KIND_BIT = new Map<string, number>(GAZ_KINDS.map((k, i) => [k, 1 << i]));
const MAX_TOKENS = 8;

/** Per-token bitmasks of the kinds whose entries start (begin) or continue (inside) at each token. */
export interface GazetteerMarks {
  readonly begin: Uint32Array;
  readonly inside: Uint32Array;
}

export class Gazetteer {
  private readonly entries = new Map<string, number>();
  private readonly prefixes = new Set<string>();

  constructor(list: Iterable<readonly [GazKind, string]>) {
    for (const [kind, phrase] of list) {
      const bit = KIND_BIT.get(kind);
      if (bit === undefined) continue;
      const key = phrase.split(/\s+/).filter((w) => w.length > 0).map(wordKey).join('');
      if (key.length === 0) continue;
      this.entries.set(key, (this.entries.get(key) ?? 0) | bit);
      for (let n = 1; n <= key.length; n++) this.prefixes.add(key.slice(0, n));
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Kinds of the whole phrase (word keys concatenated), 0 when absent. */
  kindsOf(keys: readonly string[]): number {
    return this.entries.get(keys.join('')) ?? 0;
  }

  /** Marks every match (all lengths, all kinds) over the word keys of a sentence. */
  mark(keys: readonly string[]): GazetteerMarks {
    const n = keys.length;
    const begin = new Uint32Array(n);
    const inside = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let s = keys[i]!;
      for (let j = i; ; ) {
        if (!this.prefixes.has(s)) break;
        const mask = this.entries.get(s);
        if (mask !== undefined) {
          begin[i]! |= mask;
          for (let t = i + 1; t <= j; t++) inside[t]! |= mask;
        }
        j++;
        if (j >= n || j - i >= MAX_TOKENS) break;
        s += keys[j]!;
      }
    }
    return { begin, inside };
  }
}

/** The names of the kinds set in a bitmask. */
export function kindNames(mask: number): GazKind[] {
  const out: GazKind[] = [];
  for (let b = 0; b < GAZ_KINDS.length; b++) if (mask & (1 << b)) out.push(GAZ_KINDS[b]!);
  return out;
}

export function kindBit(kind: GazKind): number {
  return KIND_BIT.get(kind)!;
}
