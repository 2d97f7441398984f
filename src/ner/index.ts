/**
 * Named entities and within-document mention linking. The algorithm, in order:
 *   1. recognize-entities.ts: per sentence, word keys → gazetteer and exact-rule marks → perceptron →
 *      Viterbi over BIO (rules/ supply dates, times, money, percent and their values);
 *   2. link-mentions.ts: group the mentions of one referent and bind role phrases as aliases.
 * nerStage and linkMentionsStage are the Doc adapters; the pure functions are exported for tests and the CLI.
 */
import type { DocWriter } from '../doc/doc.js';
import { ENTITY_LABELS, UPOS_TAGS, type EntityLabel } from '../doc/labels.js';
import type { Entity } from '../doc/layers.js';
import { assertKnownOptions, assertOneOf, DabirError } from '../errors.js';
import type { Stage } from '../pipeline/stage.js';
import { linkMentions } from './link-mentions.js';
import { recognizeEntities, type NerStyle } from './recognize-entities.js';

export { recognizeEntities, recognizeBio, DEFAULT_RULE_LABELS, type RecognizeOptions, type EntitySpan, type NerStyle } from './recognize-entities.js';
export { tagConllSentence } from './tag-conll-sentence.js';
export { linkMentions, type LinkInput, type LinkResult } from './link-mentions.js';
export { findRuleSpans, type RuleSpan } from './rules/index.js';
export { readTokenLines, firstColumn } from './read-bio.js';
export { BIO_TAGS } from './bio-tags.js';
export { loadNerModel, NER_FORMAT_VERSION, parseNerModel, type NerModel, type NerModelMeta } from './ner-model.js';

export interface NerOptions {
  /** Corpus conventions to follow (default «peyma»: edited news). */
  readonly style?: NerStyle;
  /** Only these labels (default: all ENTITY_LABELS). */
  readonly labels?: readonly EntityLabel[];
}

const NER_OPTION_KEYS = ['style', 'labels'] as const;
const STYLES: readonly NerStyle[] = ['peyma', 'arman', 'parstwiner', 'none'];
// Viterbi memory grows with sentence length; an unsegmented text is tagged in windows of this many words.
const MAX_WINDOW = 256;

function checkOptions(options: NerOptions): void {
  assertKnownOptions(options, NER_OPTION_KEYS, 'nerStage');
  if (options.style !== undefined) assertOneOf(options.style, STYLES, 'style', 'nerStage');
  if (options.labels !== undefined) {
    if (!Array.isArray(options.labels)) throw new DabirError('invalid-option', `nerStage: option "labels" must be an array of ${ENTITY_LABELS.join(', ')}`);
    for (const l of options.labels) assertOneOf(l, ENTITY_LABELS, 'labels', 'nerStage');
  }
}

/** Entities of a Doc's words, sentence by sentence: «ولادیمیر پوتین در مسکو» → PER «ولادیمیر پوتین», LOC «مسکو». */
export function findEntities(doc: DocWriter, options: NerOptions = {}): Entity[] {
  const t = doc.tokens;
  const out: Entity[] = [];
  // The tag stage has usually run; its column saves tagging again.
  const tagged = doc.assigned.includes('upos');
  let i = 0;
  while (i < t.length) {
    let end = i + 1;
    while (end < t.length && t.sentence[end] === t.sentence[i] && end - i < MAX_WINDOW) end++;
    const forms: string[] = [];
    const upos: string[] = [];
    for (let k = i; k < end; k++) {
      forms.push(doc.text.slice(t.start[k]!, t.end[k]!));
      upos.push(UPOS_TAGS[t.upos[k]!] ?? '_');
    }
    const spans = recognizeEntities(forms, { style: options.style, labels: options.labels, upos: tagged ? upos : undefined });
    for (const s of spans) {
      const entity: Entity = {
        start: t.start[i + s.start]!,
        end: t.end[i + s.end - 1]!,
        tokenStart: i + s.start,
        tokenEnd: i + s.end,
        label: s.label,
        group: -1,
      };
      out.push(s.value === undefined ? entity : { ...entity, value: s.value });
    }
    i = end;
  }
  return out;
}

/** The NER stage: requires tokens, assigns entities (group −1 until link-mentions runs). */
export function nerStage(options: NerOptions = {}): Stage {
  checkOptions(options);
  return {
    name: 'ner',
    requires: ['tokens'],
    assigns: ['entities'],
    run(doc) {
      doc.entities = findEntities(doc, options);
    },
  };
}

/** The linking stage: requires entities, assigns mentionGroups; every entity gets a group ≥ 0. */
export function linkMentionsStage(): Stage {
  return {
    name: 'link-mentions',
    requires: ['entities'],
    assigns: ['mentionGroups'],
    run(doc) {
      const { groups, entityGroups } = linkMentions(doc);
      doc.entities = doc.entities.map((e, k) => ({ ...e, group: entityGroups[k]! }));
      doc.mentionGroups = groups;
    },
  };
}
