/**
 * Gazetteer matching over word keys. Entries are stored as the concatenation of their word keys, so a
 * phrase matches whether the text writes it as one token or several («رئیس‌جمهوری» / «رئیس جمهوری»);
 * a character trie finds every entry starting at a word without building strings.
 */
import { wordKey } from './word-key.js';

/** Gazetteer kinds; each becomes a feature family. */
export const GAZ_KINDS = [
  'LOC', 'ORG', 'PERF', 'HON', 'ROLE', 'ORGT', 'LOCT', 'FACT', 'EVT', 'CITY', 'PROV', 'CTRY',
  // Names annotated in the training corpora, by type (ner.train.ts; jackknifed there).
  'TPER', 'TLOC', 'TORG', 'TFAC', 'TEVT', 'TPRO',
] as const;
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
  // A character trie over the entries' keys, so matching walks char codes instead of joining strings:
  // node 0 is the root; edges live in an open-addressing table of [node + 1, char, child] triples.
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  /** Kinds of the entry ending at each node (0: none). */
  private readonly final: Uint32Array;

  constructor(list: Iterable<readonly [GazKind, string]>) {
    for (const [kind, phrase] of list) {
      const bit = KIND_BIT.get(kind);
      if (bit === undefined) continue;
      const key = phrase.split(/\s+/).filter((w) => w.length > 0).map(wordKey).join('');
      if (key.length === 0) continue;
      this.entries.set(key, (this.entries.get(key) ?? 0) | bit);
    }
    let chars = 0;
    for (const key of this.entries.keys()) chars += key.length;
    let cap = 16;
    while (cap < chars * 2) cap *= 2;
    this.edges = new Int32Array(cap * 3);
    this.edgeMask = cap - 1;
    const final: number[] = [0];
    for (const [key, mask] of this.entries) {
      let node = 0;
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(k);
        let next = this.child(node, c);
        if (next < 0) {
          next = final.length;
          final.push(0);
          this.addEdge(node, c, next);
        }
        node = next;
      }
      final[node] = mask;
    }
    this.final = Uint32Array.from(final);
  }

  private slotOf(node: number, c: number): number {
    return (Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.edgeMask;
  }

  private addEdge(node: number, c: number, next: number): void {
    let k = this.slotOf(node, c);
    while (this.edges[k * 3] !== 0) k = (k + 1) & this.edgeMask;
    this.edges[k * 3] = node + 1;
    this.edges[k * 3 + 1] = c;
    this.edges[k * 3 + 2] = next;
  }

  /** The node reached from `node` by char code `c`, or -1. */
  private child(node: number, c: number): number {
    const edges = this.edges;
    let k = this.slotOf(node, c);
    for (;;) {
      const at = edges[k * 3]!;
      if (at === 0) return -1;
      if (at === node + 1 && edges[k * 3 + 1] === c) return edges[k * 3 + 2]!;
      k = (k + 1) & this.edgeMask;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Kinds of the whole phrase (word keys concatenated), 0 when absent. */
  kindsOf(keys: readonly string[]): number {
    return this.entries.get(keys.join('')) ?? 0;
  }

  /** The trie node that a phrase starting with `key` reaches (-1: no entry starts so); cacheable per word. */
  nodeOf(key: string): number {
    let node = 0;
    for (let k = 0; k < key.length && node >= 0; k++) node = this.child(node, key.charCodeAt(k));
    return node;
  }

  /**
   * Marks every match (all lengths, all kinds) over the word keys of a sentence. `startNodes[i]`, when
   * given, is nodeOf(keys[i]), which saves walking each word's own characters again.
   */
  mark(keys: readonly string[], startNodes?: ArrayLike<number>): GazetteerMarks {
    const n = keys.length;
    const begin = new Uint32Array(n);
    const inside = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let node = 0;
      let length = 0;
      for (let j = i; j < n && j - i < MAX_TOKENS; j++) {
        const key = keys[j]!;
        if (j === i && startNodes !== undefined) node = startNodes[i]!;
        else for (let k = 0; k < key.length && node >= 0; k++) node = this.child(node, key.charCodeAt(k));
        length += key.length;
        // The empty phrase is no entry's prefix.
        if (node < 0 || length === 0) break;
        const mask = this.final[node]!;
        if (mask !== 0) {
          begin[i]! |= mask;
          for (let t = i + 1; t <= j; t++) inside[t]! |= mask;
        }
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
