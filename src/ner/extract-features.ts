/**
 * Feature extraction for the NER perceptron, as 32-bit hashes (feature-hash.ts): the word key,
 * affixes, shape, neighbours ±2, gazetteer marks of the word and its neighbours ±2 (the curated and
 * shared lists and the training corpora's names), exact-rule marks, UPOS and word classes. The same
 * function serves training and tagging, so the two can never disagree.
 */
import { GAZ_KINDS, type Gazetteer } from './gazetteer.js';
import { hashString, mixHash } from './feature-hash.js';
import type { RuleSpan } from './rules/index.js';
import { wordShape } from './word-key.js';

/** What one sentence looks like to the feature extractor. */
export interface SentenceView {
  /** The words as they appear (normalized text). */
  readonly forms: readonly string[];
  /** Their keys (word-key.ts). */
  readonly keys: readonly string[];
  /** hashString of each key. */
  readonly keyHashes: Uint32Array;
  readonly gazBegin: Uint32Array;
  readonly gazInside: Uint32Array;
  /** Rule mark per token: 0 none, else 1 + 2 × label index + (0 begin | 1 inside). */
  readonly ruleMarks: Int32Array;
  /** hashString of each UPOS tag, when UPOS is used. */
  readonly upos?: Uint32Array;
  /** Word class of each token (cluster-words.ts), -1 when the word has none; undefined when not used. */
  readonly clusters?: Int32Array;
}

const RULE_LABELS = ['DATE', 'TIME', 'MONEY', 'PERCENT'];
const BOS = [hashString('<s>'), hashString('<s2>')];
const EOS = [hashString('</s>'), hashString('</s2>')];
const UPOS_BOS = hashString('<s>');
const UPOS_EOS = hashString('</s>');

/** Builds the view of a sentence from its normalized words. */
export function viewSentence(
  forms: readonly string[],
  keys: readonly string[],
  gazetteer: Gazetteer,
  rules: readonly RuleSpan[],
  upos?: readonly string[],
  classes?: ReadonlyMap<string, number>,
): SentenceView {
  const n = forms.length;
  const marks = gazetteer.mark(keys);
  const ruleMarks = new Int32Array(n);
  for (const r of rules) {
    const label = RULE_LABELS.indexOf(r.label);
    for (let i = r.start; i < r.end && i < n; i++) ruleMarks[i] = 1 + 2 * label + (i === r.start ? 0 : 1);
  }
  const keyHashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) keyHashes[i] = hashString(keys[i]!);
  let uposHashes: Uint32Array | undefined;
  if (upos !== undefined) {
    uposHashes = new Uint32Array(n);
    for (let i = 0; i < n; i++) uposHashes[i] = hashString(upos[i] ?? '_');
  }
  let clusters: Int32Array | undefined;
  if (classes !== undefined) {
    clusters = new Int32Array(n);
    for (let i = 0; i < n; i++) clusters[i] = classes.get(keys[i]!) ?? -1;
  }
  return { forms, keys, keyHashes, gazBegin: marks.begin, gazInside: marks.inside, ruleMarks, upos: uposHashes, clusters };
}

function keyHashAt(v: SentenceView, i: number): number {
  if (i < 0) return BOS[-i - 1]!;
  if (i >= v.keys.length) return EOS[i - v.keys.length]!;
  return v.keyHashes[i]!;
}

function suffixHash(s: string, n: number): number {
  return hashString(s, s.length > n ? s.length - n : 0, s.length);
}

function pushGaz(out: number[], v: SentenceView, i: number, beginTemplate: number): void {
  if (i < 0 || i >= v.keys.length) return;
  const b = v.gazBegin[i]!;
  const n = v.gazInside[i]!;
  if (b === 0 && n === 0) return;
  for (let k = 0; k < GAZ_KINDS.length; k++) {
    if (b & (1 << k)) out.push(mixHash(beginTemplate, k));
    if (n & (1 << k)) out.push(mixHash(beginTemplate + 1, k));
  }
}

/**
 * Appends the feature hashes of word `i` to `out`. Template ids are fixed numbers: changing one
 * changes the model format (ner-model.ts NER_FORMAT_VERSION).
 */
export function extractFeatures(v: SentenceView, i: number, out: number[]): void {
  const k0 = v.keys[i]!;
  const h0 = v.keyHashes[i]!;
  const hm1 = keyHashAt(v, i - 1);
  const hp1 = keyHashAt(v, i + 1);
  const km1 = i > 0 ? v.keys[i - 1]! : '';
  const kp1 = i + 1 < v.keys.length ? v.keys[i + 1]! : '';
  out.push(
    mixHash(1, 0),
    mixHash(2, h0),
    mixHash(3, hm1),
    mixHash(4, keyHashAt(v, i - 2)),
    mixHash(5, hp1),
    mixHash(6, keyHashAt(v, i + 2)),
    mixHash(mixHash(7, hm1), h0),
    mixHash(mixHash(8, h0), hp1),
    mixHash(9, hashString(wordShape(v.forms[i]!))),
    mixHash(10, suffixHash(k0, 1)),
    mixHash(11, suffixHash(k0, 2)),
    mixHash(12, suffixHash(k0, 3)),
    mixHash(14, hashString(k0, 0, Math.min(2, k0.length))),
    mixHash(15, hashString(k0, 0, Math.min(3, k0.length))),
    mixHash(17, i > 0 ? suffixHash(km1, 2) : BOS[0]!),
    mixHash(18, i + 1 < v.keys.length ? suffixHash(kp1, 2) : EOS[0]!),
    mixHash(19, k0.length > 8 ? 8 : k0.length),
  );
  if (k0.length > 4) out.push(mixHash(13, suffixHash(k0, 4)), mixHash(16, hashString(k0, 0, 4)));
  if (i === 0) out.push(mixHash(20, 0));
  if (v.forms[i]!.includes('\u200c')) out.push(mixHash(21, 0));
  pushGaz(out, v, i, 22);
  pushGaz(out, v, i - 1, 24);
  pushGaz(out, v, i + 1, 26);
  const r = v.ruleMarks[i]!;
  if (r !== 0) out.push(mixHash(28, r), mixHash(mixHash(29, r), h0));
  if (i > 0 && v.ruleMarks[i - 1] !== 0) out.push(mixHash(30, v.ruleMarks[i - 1]!));
  const u = v.upos;
  if (u !== undefined) {
    const um1 = i > 0 ? u[i - 1]! : UPOS_BOS;
    const up1 = i + 1 < u.length ? u[i + 1]! : UPOS_EOS;
    out.push(mixHash(31, u[i]!), mixHash(32, um1), mixHash(33, up1), mixHash(mixHash(34, um1), u[i]!), mixHash(mixHash(35, u[i]!), up1));
  }
  // A headline's first word by what follows it («جوان : ...», a newspaper), and gazetteer marks two
  // words away (the end of «سازمان ... و ...» names); templates 50, 52-55.
  if (i === 0) out.push(mixHash(50, hp1));
  pushGaz(out, v, i - 2, 52);
  pushGaz(out, v, i + 2, 54);
  const cl = v.clusters;
  if (cl !== undefined) {
    const c0 = cl[i]! + 3;
    const cm1 = i > 0 ? cl[i - 1]! + 3 : 1;
    const cp1 = i + 1 < cl.length ? cl[i + 1]! + 3 : 2;
    out.push(mixHash(36, c0), mixHash(37, cm1), mixHash(38, cp1), mixHash(mixHash(39, cm1), c0), mixHash(mixHash(40, c0), cp1));
  }
}
