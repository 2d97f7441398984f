/**
 * The recognizer as a pure function over the words of one sentence: word keys → gazetteer and rule
 * marks → perceptron scores (score-emissions.ts: per-word sums cached on the model, equal to the
 * features of extract-features.ts) → Viterbi over BIO → spans, with the exact rules' values attached
 * where a rule span and a model span coincide.
 */
import type { EntityLabel } from '../doc/labels.js';
import { TAG_COUNT, spansOfTags, tagMask, tagsOfSpans, type TokenSpan } from './bio-tags.js';
import { decodeViterbi } from './decode-viterbi.js';
import { extractFeatures, viewSentence, type SentenceView } from './extract-features.js';
import { loadNerModel, scoringIndex, type NerModel, type ScoringIndex } from './ner-model.js';
import { findRuleSpans, type RuleSpan } from './rules/index.js';
import { hashUpos } from './score-emissions.js';
import { tagWords } from '../tag/index.js';
import { wordKey } from './word-key.js';

/** The corpus conventions the model can follow. */
export type NerStyle = 'peyma' | 'arman' | 'parstwiner' | 'none';

export interface RecognizeOptions {
  /** Only these labels may be predicted (default: all of ENTITY_LABELS). */
  readonly labels?: readonly EntityLabel[];
  /** Labels whose rule spans replace overlapping model spans (default: none, see DEFAULT_RULE_LABELS). */
  readonly ruleLabels?: readonly EntityLabel[];
  /**
   * Annotation style to follow: the corpus whose conventions the model imitates (default «peyma»,
   * edited news). «none» uses only the weights shared by all three corpora.
   */
  readonly style?: NerStyle;
  /** UPOS of the words when already tagged (the Doc's column); else tagWords() is called. */
  readonly upos?: readonly string[];
  /** A model other than the shipped one (training, tests). */
  readonly model?: NerModel;
}

export interface EntitySpan extends TokenSpan {
  /** ISO date, «amount CODE», percentage, «HH:MM», when an exact rule computed it. */
  readonly value?: string;
}

/**
 * Labels whose rule spans override the model by default: none. The rules are features of the model,
 * which learns each corpus's span conventions around them; overriding measured worse on PEYMA dev
 * (F1 78.95 with none, 78.80 overriding MONEY+PERCENT, 76.93 adding DATE, 76.75 adding TIME).
 */
export const DEFAULT_RULE_LABELS: readonly EntityLabel[] = [];

const T = TAG_COUNT;

/**
 * Adds the weights of every known feature of every word into `emissions` (n×T), feature by feature:
 * the reference that EmissionScorer must equal, and the path for word lists longer than its cache.
 */
export function scoreSentence(scoring: ScoringIndex, view: SentenceView, n: number, emissions: Float64Array): void {
  const { index, entryTag, entryWeight } = scoring;
  const table = index.table;
  const hashes: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = i * T;
    hashes.length = 0;
    extractFeatures(view, i, hashes);
    for (let k = 0; k < hashes.length; k++) {
      const slot = index.find(hashes[k]!);
      if (slot < 0) continue;
      for (let e = table[slot + 1]!, end = table[slot + 2]!; e < end; e++) emissions[row + entryTag[e]!]! += entryWeight[e]!;
    }
  }
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function mergeRules(spans: TokenSpan[], rules: readonly RuleSpan[], ruleLabels: readonly EntityLabel[], labels?: readonly EntityLabel[]): EntitySpan[] {
  let out: EntitySpan[] = spans;
  for (const r of rules) {
    if (labels && !labels.includes(r.label)) continue;
    const same = out.findIndex((s) => s.start === r.start && s.end === r.end && s.label === r.label);
    if (same >= 0) {
      if (r.value !== undefined) out[same] = { ...out[same]!, value: r.value };
      continue;
    }
    if (!ruleLabels.includes(r.label)) continue;
    out = out.filter((s) => !overlaps(s, r));
    out.push(r.value === undefined ? { start: r.start, end: r.end, label: r.label } : { start: r.start, end: r.end, label: r.label, value: r.value });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Entities in the (normalized) words of one sentence, as token spans.
 * [«ولادیمیر», «پوتین», «در», «مسکو»] → [{0, 2, PER}, {3, 4, LOC}].
 */
export function recognizeEntities(forms: readonly string[], options: RecognizeOptions = {}): EntitySpan[] {
  const n = forms.length;
  if (n === 0) return [];
  const model = options.model ?? loadNerModel();
  const scoring = scoringIndex(model, options.style ?? 'peyma');
  const upos = model.meta.training.upos === true ? (options.upos ?? tagWords(forms).upos) : undefined;
  const emissions = new Float64Array(n * T);
  let rules: RuleSpan[];
  const words = scoring.scorer.wordsOf(forms);
  if (words !== undefined) {
    const keys = new Array<string>(n);
    for (let i = 0; i < n; i++) keys[i] = words[i]!.key;
    rules = findRuleSpans(keys);
    scoring.scorer.score(words, keys, rules, upos === undefined ? undefined : hashUpos(upos, n), emissions);
  } else {
    const keys = forms.map(wordKey);
    rules = findRuleSpans(keys);
    scoreSentence(scoring, viewSentence(forms, keys, model.gazetteer, rules, upos, model.classes), n, emissions);
  }
  const tags = new Uint8Array(n);
  decodeViterbi(emissions, n, model.transitions, tagMask(options.labels), tags, scoring.gaps);
  return mergeRules(spansOfTags(tags), rules, options.ruleLabels ?? DEFAULT_RULE_LABELS, options.labels);
}

/** BIO tag names for the words of one sentence: [«خبرگزاری», «مهر»] → [«B-ORG», «I-ORG»]. */
export function recognizeBio(forms: readonly string[], options: RecognizeOptions = {}): string[] {
  return tagsOfSpans(recognizeEntities(forms, options), forms.length);
}
