/**
 * The BIO tag set over ENTITY_LABELS (O, B-PER, I-PER, B-LOC, ...), the transitions BIO allows, and
 * conversion between tag sequences and token spans.
 */
import { ENTITY_LABELS, type EntityLabel } from '../doc/labels.js';

/** Tag 0 is O; label k has B at 1 + 2k and I at 2 + 2k. */
export const BIO_TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];
export const TAG_COUNT = BIO_TAGS.length;

const TAG_INDEX = new Map<string, number>(BIO_TAGS.map((t, i) => [t, i]));
const LABEL_INDEX = new Map<string, number>(ENTITY_LABELS.map((l, i) => [l, i]));

export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? 0;
}

export function beginTag(label: EntityLabel): number {
  return 1 + 2 * LABEL_INDEX.get(label)!;
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** The label of a B or I tag. */
export function labelOfTag(tag: number): EntityLabel {
  return ENTITY_LABELS[(tag - 1) >> 1]!;
}

/** Whether BIO allows `to` after `from` (from = -1 at sentence start): I-X only after B-X or I-X. */
export function isAllowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  if (from <= 0) return false;
  return labelOfTag(from) === labelOfTag(to);
}

/** Mask of the tags usable when only `labels` may be predicted (O always). */
export function tagMask(labels: readonly EntityLabel[] | undefined): Uint8Array {
  const mask = new Uint8Array(TAG_COUNT);
  mask[0] = 1;
  for (let t = 1; t < TAG_COUNT; t++) mask[t] = labels === undefined || labels.includes(labelOfTag(t)) ? 1 : 0;
  return mask;
}

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
}

/** Token spans of a tag-id sequence; a stray I starts a span (as conlleval does). */
export function spansOfTags(tags: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 0;
    const continues = start >= 0 && isInside(t) && labelOfTag(t) === labelOfTag(tags[start]!);
    if (start >= 0 && !continues) {
      out.push({ start, end: i, label: labelOfTag(tags[start]!) });
      start = -1;
    }
    if (t !== 0 && start < 0) start = i;
  }
  return out;
}

/** Tag names for spans over `n` tokens. */
export function tagsOfSpans(spans: readonly TokenSpan[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < n; i++) out[i] = `${i === s.start ? 'B' : 'I'}-${s.label}`;
  }
  return out;
}
