/**
 * Doc: one text and everything the stages found in it. Built from the normalizer's output (the text
 * never changes afterwards, as a Lucene char filter runs before the tokenizer); stages enrich it
 * through a DocWriter, callers read it as a Doc. Token and Span are views made on demand.
 */
import type { OffsetMap } from './offset-map.js';
import type { Edit, Entity, Keyword, MentionGroup, Message, Quote, Sentence, SourceLink } from './layers.js';
import { EMPTY_TOKENS, type TokenTable } from './token-table.js';
import { UPOS_TAGS, type Upos } from './labels.js';

/** The attributes a stage may require or assign. */
export type DocAttribute =
  | 'text'
  | 'sentences'
  | 'tokens'
  | 'upos'
  | 'lemma'
  | 'entities'
  | 'mentionGroups'
  | 'quotes'
  | 'sources'
  | 'keywords'
  | 'summary';

export interface DocData {
  source: string;
  text: string;
  offsets: OffsetMap;
  edits: readonly Edit[];
  tokens: TokenTable;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  mentionGroups: readonly MentionGroup[];
  quotes: readonly Quote[];
  sources: readonly SourceLink[];
  keywords: readonly Keyword[];
  /** Sentence indexes of the extractive summary, in text order. */
  summary: readonly number[];
  messages: Message[];
  /** Which attributes have been assigned, in order. */
  assigned: DocAttribute[];
}

/** What callers see: every layer read-only. */
export type Doc = { readonly [K in keyof DocData]: DocData[K] extends Message[] ? readonly Message[] : DocData[K] } & {
  readonly assigned: readonly DocAttribute[];
};

/** What stages write through. */
export type DocWriter = DocData;

export function createDoc(source: string, text: string, offsets: OffsetMap, edits: readonly Edit[]): DocWriter {
  return {
    source,
    text,
    offsets,
    edits,
    tokens: EMPTY_TOKENS,
    sentences: [],
    entities: [],
    mentionGroups: [],
    quotes: [],
    sources: [],
    keywords: [],
    summary: [],
    messages: [],
    assigned: ['text'],
  };
}

/** A read-only view of word `i` of a Doc. */
export interface Token {
  readonly i: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly upos: Upos;
  readonly lemma: string;
  readonly xpos: string;
  readonly feats: string;
  readonly sentence: number;
  /** Index of the first word of the UD surface token holding this word. */
  readonly surface: number;
}

export function tokenAt(doc: Doc, i: number): Token {
  const t = doc.tokens;
  if (!Number.isInteger(i) || i < 0 || i >= t.length) {
    throw new RangeError(`token index ${i} is outside 0..${t.length - 1}`);
  }
  const start = t.start[i]!;
  const end = t.end[i]!;
  return {
    i,
    text: doc.text.slice(start, end),
    start,
    end,
    sourceStart: doc.offsets.toSource(start),
    sourceEnd: doc.offsets.toSource(end),
    upos: UPOS_TAGS[t.upos[i]!] ?? '_',
    lemma: t.lemma[i]!,
    xpos: t.xpos[i]!,
    feats: t.feats[i]!,
    sentence: t.sentence[i]!,
    surface: t.surface[i]!,
  };
}

export function* tokensOf(doc: Doc, from = 0, to = doc.tokens.length): Generator<Token> {
  for (let i = from; i < to; i++) yield tokenAt(doc, i);
}

/** The text of a span of doc.text. */
export function spanText(doc: Doc, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

/** Source offsets of a span of doc.text. */
export function sourceSpan(doc: Doc, span: { start: number; end: number }): { sourceStart: number; sourceEnd: number } {
  return { sourceStart: doc.offsets.toSource(span.start), sourceEnd: doc.offsets.toSource(span.end) };
}

/** Marks attributes as assigned (stages call this once after writing). */
export function markAssigned(doc: DocWriter, attributes: readonly DocAttribute[]): void {
  for (const a of attributes) if (!doc.assigned.includes(a)) doc.assigned.push(a);
}
