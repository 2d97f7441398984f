/**
 * The span layers that stages add to a Doc. All offsets are UTF-16 code-unit indexes into doc.text,
 * half-open [start, end); token indexes are into doc.tokens and likewise half-open.
 */
import type { EntityLabel, MessageSeverity, QuoteKind, SourceKind } from './labels.js';

/** A normalization change, in both texts: [start, end) of doc.text came from [sourceStart, sourceEnd) of doc.source. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Rule id, e.g. `fold/arabic-yeh`, `zwnj/glued-mi`. */
  readonly rule: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Entity {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly label: EntityLabel;
  /** Index into doc.mentionGroups, or -1 before linking. */
  readonly group: number;
  /** Normalized value where one is computed (ISO date, amount), else undefined. */
  readonly value?: string;
}

/** Mentions of one referent in the document («ولادیمیر پوتین» … «پوتین» … «رئیس‌جمهوری روسیه»). */
export interface MentionGroup {
  readonly id: number;
  readonly label: EntityLabel;
  /** The fullest name in the group. */
  readonly canonical: string;
  /** Indexes into doc.entities. */
  readonly mentions: readonly number[];
  /** Extra spans that refer to the group without being entities (role nouns, pronouns). */
  readonly aliases?: readonly TextSpan[];
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface Speaker extends TextSpan {
  /** Index into doc.mentionGroups when resolved, else -1. */
  readonly group: number;
  /** What the speaker was resolved to, for display («ولادیمیر پوتین»). */
  readonly name: string;
  /** How the speaker span was resolved. */
  readonly via: 'name' | 'pronoun' | 'role' | 'organization' | 'unresolved';
}

export interface Quote {
  readonly kind: QuoteKind;
  /** The quoted content. */
  readonly start: number;
  readonly end: number;
  /** The reporting verb phrase («تصریح کرد»). */
  readonly cue: TextSpan | null;
  readonly speaker: Speaker | null;
  /** The cue negated («نگفت», «تاکید نکرد»). */
  readonly negated?: boolean;
}

export interface SourceLink extends TextSpan {
  readonly kind: SourceKind;
  /** The outlet, person or place named, as written («ایسنا», «خبرگزاری اینترفاکس», «او»). */
  readonly name: string;
  /** Position in the chain: 0 is the outermost reporter. */
  readonly depth: number;
  /** For a pronoun («به گفته او»): the person it refers to, as the speaker of the quote it opens resolves it. */
  readonly refersTo?: string;
}

export interface Keyword {
  readonly text: string;
  readonly lemma: string;
  readonly score: number;
  readonly count: number;
}

export interface Message extends TextSpan {
  /** Stable rule id, e.g. `news/speaker-unresolved`. */
  readonly ruleId: string;
  readonly severity: MessageSeverity;
  readonly text: string;
}
