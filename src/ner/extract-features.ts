/**
 * Feature extraction for the NER perceptron: the word and its key, affixes, shape, neighbours ±2,
 * gazetteer marks around the word, exact-rule marks, and trigger words before it. The same function
 * serves training and tagging, so the two can never disagree.
 */
import { kindNames, type Gazetteer } from './gazetteer.js';
import type { RuleSpan } from './rules/index.js';
import { wordShape } from './word-key.js';

/** What one sentence looks like to the feature extractor. */
export interface SentenceView {
  /** The words as they appear (normalized text). */
  readonly forms: readonly string[];
  /** Their keys (word-key.ts). */
  readonly keys: readonly string[];
  readonly gazBegin: Uint32Array;
  readonly gazInside: Uint32Array;
  /** Rule label with position per token: «B-DATE», «I-MONEY», or ''. */
  readonly ruleTags: readonly string[];
  /** UPOS per token from the tagger (PerDT tags names PROPN), or undefined when not used. */
  readonly upos?: readonly string[];
  /** Word class of each token (cluster-words.ts), -1 when the word has none; undefined when not used. */
  readonly clusters?: Int32Array;
}

/** Builds the view of a sentence from its normalized words. */
export function viewSentence(
  forms: readonly string[],
  keys: readonly string[],
  gazetteer: Gazetteer,
  rules: readonly RuleSpan[],
  upos?: readonly string[],
  classes?: ReadonlyMap<string, number>,
): SentenceView {
  const marks = gazetteer.mark(keys);
  const ruleTags = new Array<string>(forms.length).fill('');
  for (const r of rules) for (let i = r.start; i < r.end; i++) ruleTags[i] = `${i === r.start ? 'B' : 'I'}-${r.label}`;
  let clusters: Int32Array | undefined;
  if (classes !== undefined) {
    clusters = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) clusters[i] = classes.get(keys[i]!) ?? -1;
  }
  return { forms, keys, gazBegin: marks.begin, gazInside: marks.inside, ruleTags, upos, clusters };
}

function keyAt(v: SentenceView, i: number): string {
  if (i < 0) return i === -1 ? '<s>' : '<s2>';
  if (i >= v.keys.length) return i === v.keys.length ? '</s>' : '</s2>';
  return v.keys[i]!;
}

function gazFeatures(out: string[], v: SentenceView, i: number, tag: string): void {
  if (i < 0 || i >= v.keys.length) return;
  const b = v.gazBegin[i]!;
  const n = v.gazInside[i]!;
  if (b !== 0) for (const k of kindNames(b)) out.push(`${tag}B${k}`);
  if (n !== 0) for (const k of kindNames(n)) out.push(`${tag}I${k}`);
}

function suffix(s: string, n: number): string {
  return s.length > n ? s.slice(s.length - n) : s;
}

/**
 * The feature strings of word `i`. With a `domain` (a corpus style: peyma, arman, parstwiner), the
 * lexical features are repeated under that domain's name as well (Daumé's "frustratingly easy" domain
 * adaptation), so corpus-specific conventions («ایرانی» org in ARMAN, O in PEYMA) get their own weights.
 */
export function extractFeatures(v: SentenceView, i: number, domain?: string): string[] {
  const k0 = v.keys[i]!;
  const km1 = keyAt(v, i - 1);
  const kp1 = keyAt(v, i + 1);
  const f: string[] = [
    'b',
    `w=${k0}`,
    `w-1=${km1}`,
    `w-2=${keyAt(v, i - 2)}`,
    `w+1=${kp1}`,
    `w+2=${keyAt(v, i + 2)}`,
    `ww-1=${km1}|${k0}`,
    `ww+1=${k0}|${kp1}`,
    `sh=${wordShape(v.forms[i]!)}`,
    `s1=${suffix(k0, 1)}`,
    `s2=${suffix(k0, 2)}`,
    `s3=${suffix(k0, 3)}`,
    `p2=${k0.slice(0, 2)}`,
    `p3=${k0.slice(0, 3)}`,
    `s2-1=${suffix(km1, 2)}`,
    `s2+1=${suffix(kp1, 2)}`,
    `len=${k0.length > 8 ? 8 : k0.length}`,
  ];
  if (k0.length > 4) f.push(`s4=${suffix(k0, 4)}`, `p4=${k0.slice(0, 4)}`);
  if (i === 0) f.push('first');
  if (v.forms[i]!.includes('\u200c')) f.push('zwnj');
  gazFeatures(f, v, i, 'g');
  gazFeatures(f, v, i - 1, 'g-1');
  gazFeatures(f, v, i + 1, 'g+1');
  const r = v.ruleTags[i]!;
  if (r !== '') f.push(`r=${r}`, `rw=${r}|${k0}`);
  const rp = i > 0 ? v.ruleTags[i - 1]! : '';
  if (rp !== '') f.push(`r-1=${rp}`);
  const u = v.upos;
  if (u !== undefined) {
    const um1 = i > 0 ? u[i - 1]! : '<s>';
    const up1 = i + 1 < u.length ? u[i + 1]! : '</s>';
    f.push(`u=${u[i]}`, `u-1=${um1}`, `u+1=${up1}`, `uu-1=${um1}|${u[i]}`, `uu+1=${u[i]}|${up1}`);
  }
  const cl = v.clusters;
  if (cl !== undefined) {
    const c0 = cl[i]!;
    const cm1 = i > 0 ? cl[i - 1]! : -2;
    const cp1 = i + 1 < cl.length ? cl[i + 1]! : -2;
    f.push(`c=${c0}`, `c-1=${cm1}`, `c+1=${cp1}`, `cc-1=${cm1}|${c0}`, `cc+1=${c0}|${cp1}`);
  }
  if (domain !== undefined) {
    const shared = f.length;
    for (let k = 0; k < shared; k++) f.push(`${domain}:${f[k]}`);
  }
  return f;
}
