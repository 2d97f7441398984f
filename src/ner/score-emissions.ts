/**
 * Emission scores for tagging, computed without rebuilding each word's features: the summed weights of
 * a word's own features and of its features as a neighbour (±1, ±2) are cached per word form, and the
 * features with few values (gazetteer kinds, rule marks, sentence boundaries) are summed once per style.
 * Gives exactly the scores of extractFeatures + lookups (score-emissions.test.ts checks it): each weight
 * is a float32 at least the model's weight scale (0.002 ≈ 2^-9) in size, hence a multiple of 2^-32, and a
 * word's sum stays far below 2^21, so float64 sums of them are exact in any order and grouping.
 */
import { TAG_COUNT } from './bio-tags.js';
import { hashString, mixHash, type HashIndex } from './feature-hash.js';
import { GAZ_KINDS, type Gazetteer } from './gazetteer.js';
import type { RuleSpan } from './rules/index.js';
import { wordKey, wordShape } from './word-key.js';

const T = TAG_COUNT;
const ZWNJ = '\u200c';
// A word's scores as three dense blocks: its own features, as the word before (templates 3, 17, 37) and
// as the word after (5, 18, 38); as the word two before (4) and two after (6), entry ranges [start, end).
const SELF = 0;
const AS_PREV1 = T;
const AS_NEXT1 = 2 * T;
const BLOCKS = 3 * T;
const PREV2_RANGE = 0;
const NEXT2_RANGE = 1;
const RANGES = 2;
// Constant blocks: boundary contexts, the first word, then the gazetteer and rule tables.
const BOS_PREV1 = 0;
const BOS_PREV2_AT0 = 1;
const BOS_PREV2_AT1 = 2;
const EOS_NEXT1 = 3;
const EOS_NEXT2_AT_LAST = 4;
const EOS_NEXT2_BEFORE_LAST = 5;
const FIRST_WORD = 6;
const GAZ_BASE = 7;
const K = GAZ_KINDS.length;
// Gazetteer templates (begin, inside) of the word, the words before and after, two before and two after.
const GAZ_TEMPLATES = [22, 23, 24, 25, 26, 27, 52, 53, 54, 55];
// Rule marks are 1 + 2 × label + (0 begin | 1 inside) over 4 labels (extract-features.ts RULE_LABELS).
const RULE_MARKS = 9;
const RULE_SELF_BASE = GAZ_BASE + GAZ_TEMPLATES.length * K;
const RULE_PREV_BASE = RULE_SELF_BASE + RULE_MARKS;
const CONST_BLOCKS = RULE_PREV_BASE + RULE_MARKS;
const RULE_LABELS = ['DATE', 'TIME', 'MONEY', 'PERCENT'];
// Must match extract-features.ts.
const BOS = [hashString('<s>'), hashString('<s2>')];
const EOS = [hashString('</s>'), hashString('</s2>')];
const BIGRAM_AFTER_BOS = mixHash(7, BOS[0]!);
const UPOS_BOS = hashString('<s>');
const UPOS_EOS = hashString('</s>');

/** What the scorer knows of one word form (shared by every occurrence). */
export interface WordScores {
  readonly key: string;
  readonly keyHash: number;
  /** Word class + 3 (extract-features.ts numbering), 2 when the word has none. */
  readonly classCode: number;
  /** mixHash(7, keyHash) and mixHash(8, keyHash): the bigram templates' first step. */
  readonly bigramLeft: number;
  readonly bigramRight: number;
  /** Gazetteer.nodeOf(key). */
  readonly gazetteerNode: number;
  /** The word's place in its generation's slabs: score blocks at slot × 3T, neighbour ranges at slot × 4. */
  slot: number;
  scores: Float64Array;
  ranges: Int32Array;
}

export interface EmissionScorerSource {
  readonly index: HashIndex;
  readonly entryTag: Uint8Array;
  readonly entryWeight: Float32Array;
}

// The pair table holds 16 bytes per pair of class codes (1.1 MB for 256 classes); more classes are hashed.
const MAX_CLASS_CODES = 300;

/** Words kept per generation; two generations are kept, so at most twice this (520 bytes a word). */
const GENERATION_WORDS = 8192;

/**
 * Scores sentences for one style of one model. Owns a bounded cache of word forms (two generations: a
 * word used in the current or the previous generation is kept), so it is mutable but never grows.
 */
export class EmissionScorer {
  private readonly index: HashIndex;
  private readonly table: Int32Array;
  // Entry e's tag at 2e and weight at 2e + 1 of one buffer, so a feature's entries share cache lines.
  private readonly entryTag: Int32Array;
  private readonly entryWeight: Float32Array;
  private readonly gazetteer: Gazetteer;
  private readonly classes: ReadonlyMap<string, number> | undefined;
  private readonly constants: Float64Array;
  private current = new Map<string, WordScores>();
  private previous = new Map<string, WordScores>();
  private readonly generationWords: number;
  private scores: Float64Array;
  private ranges: Int32Array;
  private spareScores: Float64Array;
  private spareRanges: Int32Array;
  private used = 0;
  // Class codes below this have their bigram entry ranges in classPairs (−1: not looked up yet).
  private readonly classCodes: number;
  private readonly classPairs: Int32Array;

  /** `generationWords`: words per cache generation (default 8192; tests use a few to exercise eviction). */
  constructor(
    source: EmissionScorerSource,
    gazetteer: Gazetteer,
    classes: ReadonlyMap<string, number> | undefined,
    generationWords = GENERATION_WORDS,
  ) {
    this.gazetteer = gazetteer;
    this.generationWords = Math.max(1, Math.floor(generationWords));
    this.scores = new Float64Array(this.generationWords * BLOCKS);
    this.ranges = new Int32Array(this.generationWords * RANGES * 2);
    this.spareScores = new Float64Array(this.generationWords * BLOCKS);
    this.spareRanges = new Int32Array(this.generationWords * RANGES * 2);
    this.index = source.index;
    this.table = source.index.table;
    const packed = new ArrayBuffer(source.entryTag.length * 8);
    this.entryTag = new Int32Array(packed);
    this.entryWeight = new Float32Array(packed);
    for (let e = 0; e < source.entryTag.length; e++) {
      this.entryTag[2 * e] = source.entryTag[e]!;
      this.entryWeight[2 * e + 1] = source.entryWeight[e]!;
    }
    this.classes = classes;
    let maxClass = -1;
    if (classes !== undefined) for (const k of classes.values()) maxClass = Math.max(maxClass, k);
    this.classCodes = Math.min(maxClass + 4, MAX_CLASS_CODES);
    this.classPairs = new Int32Array(classes === undefined ? 0 : 2 * 2 * this.classCodes * this.classCodes).fill(-1);
    const c = new Float64Array(CONST_BLOCKS * T);
    this.constants = c;
    const hasClasses = classes !== undefined;
    this.add(mixHash(3, BOS[0]!), c, BOS_PREV1 * T);
    this.add(mixHash(17, BOS[0]!), c, BOS_PREV1 * T);
    if (hasClasses) this.add(mixHash(37, 1), c, BOS_PREV1 * T);
    this.add(mixHash(4, BOS[1]!), c, BOS_PREV2_AT0 * T);
    this.add(mixHash(4, BOS[0]!), c, BOS_PREV2_AT1 * T);
    this.add(mixHash(5, EOS[0]!), c, EOS_NEXT1 * T);
    this.add(mixHash(18, EOS[0]!), c, EOS_NEXT1 * T);
    if (hasClasses) this.add(mixHash(38, 2), c, EOS_NEXT1 * T);
    this.add(mixHash(6, EOS[1]!), c, EOS_NEXT2_AT_LAST * T);
    this.add(mixHash(6, EOS[0]!), c, EOS_NEXT2_BEFORE_LAST * T);
    this.add(mixHash(20, 0), c, FIRST_WORD * T);
    for (let template = 0; template < GAZ_TEMPLATES.length; template++) {
      for (let k = 0; k < K; k++) this.add(mixHash(GAZ_TEMPLATES[template]!, k), c, (GAZ_BASE + template * K + k) * T);
    }
    for (let r = 1; r < RULE_MARKS; r++) {
      this.add(mixHash(28, r), c, (RULE_SELF_BASE + r) * T);
      this.add(mixHash(30, r), c, (RULE_PREV_BASE + r) * T);
    }
  }

  /** Adds the weights of feature `h` (if known) into out[at, at + T). */
  private add(h: number, out: Float64Array, at: number): void {
    const slot = this.index.find(h);
    if (slot >= 0) this.addRange(this.table[slot + 1]!, this.table[slot + 2]!, out, at);
  }

  private addRange(start: number, end: number, out: Float64Array, at: number): void {
    const tags = this.entryTag;
    const weights = this.entryWeight;
    for (let e = 2 * start, stop = 2 * end; e < stop; e += 2) out[at + tags[e]!]! += weights[e + 1]!;
  }

  /** Stores the entry range of feature `h` (empty when unknown) as range `r` of a word's ranges. */
  private setRange(h: number, ranges: Int32Array, at: number, r: number): void {
    const slot = this.index.find(h);
    ranges[at + 2 * r] = slot < 0 ? 0 : this.table[slot + 1]!;
    ranges[at + 2 * r + 1] = slot < 0 ? 0 : this.table[slot + 2]!;
  }

  /**
   * The cached scores of the words of one sentence, or undefined when the sentence has more words than
   * a generation holds. Within one sentence at most one generation starts, so every returned word stays
   * valid until the next call.
   */
  wordsOf(forms: readonly string[]): WordScores[] | undefined {
    const n = forms.length;
    if (n > this.generationWords) return undefined;
    const out = new Array<WordScores>(n);
    for (let i = 0; i < n; i++) out[i] = this.word(forms[i]!);
    return out;
  }

  private word(form: string): WordScores {
    const hit = this.current.get(form);
    if (hit !== undefined) return hit;
    const old = this.previous.get(form);
    if (this.used === this.generationWords) {
      // Start a new generation: the previous one is dropped and its slabs reused.
      this.previous = this.current;
      this.current = new Map();
      const scores = this.spareScores;
      const ranges = this.spareRanges;
      this.spareScores = this.scores;
      this.spareRanges = this.ranges;
      this.scores = scores;
      this.ranges = ranges;
      this.used = 0;
    }
    const slot = this.used++;
    let w: WordScores;
    if (old !== undefined) {
      this.scores.set(old.scores.subarray(old.slot * BLOCKS, (old.slot + 1) * BLOCKS), slot * BLOCKS);
      this.ranges.set(old.ranges.subarray(old.slot * RANGES * 2, (old.slot + 1) * RANGES * 2), slot * RANGES * 2);
      old.scores = this.scores;
      old.ranges = this.ranges;
      old.slot = slot;
      w = old;
    } else {
      w = this.build(form, slot);
    }
    this.current.set(form, w);
    return w;
  }

  private build(form: string, slot: number): WordScores {
    const key = wordKey(form);
    const h = hashString(key);
    const len = key.length;
    const cluster = this.classes === undefined ? -1 : (this.classes.get(key) ?? -1);
    const classCode = cluster + 3;
    const scores = this.scores;
    const self = slot * BLOCKS + SELF;
    scores.fill(0, slot * BLOCKS, (slot + 1) * BLOCKS);
    this.add(mixHash(1, 0), scores, self);
    this.add(mixHash(2, h), scores, self);
    this.add(mixHash(9, hashString(wordShape(form))), scores, self);
    this.add(mixHash(10, hashString(key, len > 1 ? len - 1 : 0, len)), scores, self);
    this.add(mixHash(11, hashString(key, len > 2 ? len - 2 : 0, len)), scores, self);
    this.add(mixHash(12, hashString(key, len > 3 ? len - 3 : 0, len)), scores, self);
    this.add(mixHash(14, hashString(key, 0, Math.min(2, len))), scores, self);
    this.add(mixHash(15, hashString(key, 0, Math.min(3, len))), scores, self);
    this.add(mixHash(19, len > 8 ? 8 : len), scores, self);
    if (len > 4) {
      this.add(mixHash(13, hashString(key, len - 4, len)), scores, self);
      this.add(mixHash(16, hashString(key, 0, 4)), scores, self);
    }
    if (form.includes(ZWNJ)) this.add(mixHash(21, 0), scores, self);
    const suffix2 = hashString(key, len > 2 ? len - 2 : 0, len);
    const ranges = this.ranges;
    const at = slot * RANGES * 2;
    const prev1 = slot * BLOCKS + AS_PREV1;
    const next1 = slot * BLOCKS + AS_NEXT1;
    this.add(mixHash(3, h), scores, prev1);
    this.add(mixHash(17, suffix2), scores, prev1);
    this.setRange(mixHash(4, h), ranges, at, PREV2_RANGE);
    this.add(mixHash(5, h), scores, next1);
    this.add(mixHash(18, suffix2), scores, next1);
    this.setRange(mixHash(6, h), ranges, at, NEXT2_RANGE);
    if (this.classes !== undefined) {
      this.add(mixHash(36, classCode), scores, self);
      this.add(mixHash(37, classCode), scores, prev1);
      this.add(mixHash(38, classCode), scores, next1);
    }
    return { key, keyHash: h, classCode, bigramLeft: mixHash(7, h), bigramRight: mixHash(8, h), gazetteerNode: this.gazetteer.nodeOf(key), slot, scores, ranges };
  }

  /** Adds a word's neighbour range `r`. */
  private addWordRange(w: WordScores, r: number, out: Float64Array, at: number): void {
    const k = (w.slot * RANGES + r) * 2;
    this.addRange(w.ranges[k]!, w.ranges[k + 1]!, out, at);
  }

  /**
   * Writes the n × T emission scores of a sentence into `emissions` (which must be zeroed), from its
   * words' cached scores, gazetteer marks, rule spans and UPOS hashes (when the model uses UPOS).
   */
  score(
    words: readonly WordScores[],
    keys: readonly string[],
    rules: readonly RuleSpan[],
    upos: Uint32Array | undefined,
    emissions: Float64Array,
  ): void {
    const n = words.length;
    const c = this.constants;
    const hasClasses = this.classes !== undefined;
    const startNodes = new Int32Array(n);
    for (let i = 0; i < n; i++) startNodes[i] = words[i]!.gazetteerNode;
    const marks = this.gazetteer.mark(keys, startNodes);
    const gazBegin = marks.begin;
    const gazInside = marks.inside;
    const ruleMarks = new Int32Array(n);
    for (const r of rules) {
      const label = RULE_LABELS.indexOf(r.label);
      for (let i = r.start; i < r.end && i < n; i++) ruleMarks[i] = 1 + 2 * label + (i === r.start ? 0 : 1);
    }
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const w = words[i]!;
      addBlock(emissions, row, w.scores, w.slot * BLOCKS + SELF);
      if (i > 0) addBlock(emissions, row, words[i - 1]!.scores, words[i - 1]!.slot * BLOCKS + AS_PREV1);
      else addBlock(emissions, row, c, BOS_PREV1 * T);
      if (i > 1) this.addWordRange(words[i - 2]!, PREV2_RANGE, emissions, row);
      else addBlock(emissions, row, c, (i === 0 ? BOS_PREV2_AT0 : BOS_PREV2_AT1) * T);
      if (i + 1 < n) addBlock(emissions, row, words[i + 1]!.scores, words[i + 1]!.slot * BLOCKS + AS_NEXT1);
      else addBlock(emissions, row, c, EOS_NEXT1 * T);
      if (i + 2 < n) this.addWordRange(words[i + 2]!, NEXT2_RANGE, emissions, row);
      else addBlock(emissions, row, c, (i + 1 === n ? EOS_NEXT2_AT_LAST : EOS_NEXT2_BEFORE_LAST) * T);
      this.add(mixHash(i > 0 ? words[i - 1]!.bigramLeft : BIGRAM_AFTER_BOS, w.keyHash), emissions, row);
      this.add(mixHash(w.bigramRight, i + 1 < n ? words[i + 1]!.keyHash : EOS[0]!), emissions, row);
      if (i === 0) addBlock(emissions, row, c, FIRST_WORD * T);
      this.addGaz(emissions, row, gazBegin, gazInside, i, 0);
      if (i > 0) this.addGaz(emissions, row, gazBegin, gazInside, i - 1, 2);
      if (i + 1 < n) this.addGaz(emissions, row, gazBegin, gazInside, i + 1, 4);
      if (i > 1) this.addGaz(emissions, row, gazBegin, gazInside, i - 2, 6);
      if (i + 2 < n) this.addGaz(emissions, row, gazBegin, gazInside, i + 2, 8);
      if (i === 0) this.add(mixHash(50, n > 1 ? words[1]!.keyHash : EOS[0]!), emissions, row);
      const r = ruleMarks[i]!;
      if (r !== 0) {
        addBlock(emissions, row, c, (RULE_SELF_BASE + r) * T);
        this.add(mixHash(mixHash(29, r), w.keyHash), emissions, row);
      }
      if (i > 0 && ruleMarks[i - 1] !== 0) addBlock(emissions, row, c, (RULE_PREV_BASE + ruleMarks[i - 1]!) * T);
      if (upos !== undefined) {
        const um1 = i > 0 ? upos[i - 1]! : UPOS_BOS;
        const up1 = i + 1 < n ? upos[i + 1]! : UPOS_EOS;
        const u0 = upos[i]!;
        this.add(mixHash(31, u0), emissions, row);
        this.add(mixHash(32, um1), emissions, row);
        this.add(mixHash(33, up1), emissions, row);
        this.add(mixHash(mixHash(34, um1), u0), emissions, row);
        this.add(mixHash(mixHash(35, u0), up1), emissions, row);
      }
      if (hasClasses) {
        const c0 = w.classCode;
        const cm1 = i > 0 ? words[i - 1]!.classCode : 1;
        const cp1 = i + 1 < n ? words[i + 1]!.classCode : 2;
        this.addClassPair(0, cm1, c0, emissions, row);
        this.addClassPair(1, c0, cp1, emissions, row);
      }
    }
  }

  /** Class bigram templates 39 (before, this) and 40 (this, after), through a lazily filled pair table. */
  private addClassPair(which: 0 | 1, a: number, b: number, emissions: Float64Array, row: number): void {
    const codes = this.classCodes;
    if (!(a < codes && b < codes)) {
      this.add(mixHash(mixHash(39 + which, a), b), emissions, row);
      return;
    }
    const at = 2 * ((which * codes + a) * codes + b);
    const pairs = this.classPairs;
    if (pairs[at] === -1) {
      const slot = this.index.find(mixHash(mixHash(39 + which, a), b));
      pairs[at] = slot < 0 ? 0 : this.table[slot + 1]!;
      pairs[at + 1] = slot < 0 ? 0 : this.table[slot + 2]!;
    }
    this.addRange(pairs[at]!, pairs[at + 1]!, emissions, row);
  }

  private addGaz(emissions: Float64Array, row: number, begin: Uint32Array, inside: Uint32Array, j: number, template: number): void {
    const b = begin[j]!;
    const m = inside[j]!;
    if (b === 0 && m === 0) return;
    const c = this.constants;
    for (let k = 0; k < K; k++) {
      if (b & (1 << k)) addBlock(emissions, row, c, (GAZ_BASE + template * K + k) * T);
      if (m & (1 << k)) addBlock(emissions, row, c, (GAZ_BASE + (template + 1) * K + k) * T);
    }
  }
}

function addBlock(out: Float64Array, at: number, from: Float64Array, offset: number): void {
  for (let t = 0; t < T; t++) out[at + t]! += from[offset + t]!;
}

/** hashString of each UPOS tag, as extract-features.ts hashes them. */
export function hashUpos(upos: readonly string[], n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hashString(upos[i] ?? '_');
  return out;
}
