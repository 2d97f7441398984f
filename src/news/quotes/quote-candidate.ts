/**
 * QuoteCandidate: what each quote rule proposes before overlaps are settled and speakers resolved, and
 * the span helpers the rules share (content trimming, sentence and «» ends).
 */
import type { QuoteKind } from '../../doc/labels.js';
import type { TextSpan } from '../../doc/layers.js';
import type { Cue } from '../reporting-verbs/find-cues.js';
import type { ChainLink } from '../sources/find-chain-links.js';
import { isCloseQuote, isOpenQuote, skipSpaces, trimEnd, type NewsText } from '../scan/scan-news-text.js';
import { findSubject, type SubjectPhrase } from '../speakers/find-subject.js';

export interface QuoteCandidate {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly cue: TextSpan | null;
  readonly negated: boolean;
  /** The speaker's noun phrase; undefined when the subject is dropped («در ادامه افزود: ...»). */
  readonly subject: SubjectPhrase | undefined;
  /** Where the attribution sits, for ordering and recency. */
  readonly anchor: number;
  /** The rule that proposed it (quote rule file name). */
  readonly rule: string;
  /** Set when the cue is first person («گفتم», «اعلام کرده‌ایم»): the writer speaks, not a third party. */
  readonly firstPerson?: { readonly plural: boolean };
}

const MODALS = new Set(['میتوان', 'نمیتوان', 'بتوان', 'باید', 'نباید', 'شاید']);

/**
 * True when a cue is not someone's statement: after a modal («می‌توان گفت که ...», one can say) or, with
 * `relative`, right after «که» («تفکر سکولار که می‌گویم، ...»: a relative clause).
 */
export function isNotAStatement(nt: NewsText, cue: Cue, relative: boolean): boolean {
  if (cue.wordStart === 0) return false;
  const before = nt.wordKey[cue.wordStart - 1]!;
  return MODALS.has(before) || (relative && before === 'که');
}

/** The firstPerson field for a cue: «گفتیم» → {plural: true}; third person → undefined. */
export function firstPersonOf(cue: Cue): { plural: boolean } | undefined {
  return cue.person === 1 ? { plural: cue.plural } : undefined;
}

/** What every quote rule reads. */
export interface QuoteRuleInput {
  readonly nt: NewsText;
  readonly cues: readonly Cue[];
  readonly chainLinks: readonly ChainLink[];
  /** Word index → the word after a chain link starting there (for subject finding). */
  readonly chainEnds: ReadonlyMap<number, number>;
  /** Word index → the cue starting there. */
  readonly cueAt: ReadonlyMap<number, Cue>;
  /** Offset of each opening «/“ → offset of its closing mark (see matchQuoteMarks). */
  readonly closeOf: ReadonlyMap<number, number>;
}

export type QuoteRule = (input: QuoteRuleInput) => QuoteCandidate[];

function isTrimmedTail(c: number): boolean {
  // . ۔ and spaces; «؟» and «!» belong to the quote.
  return c === 0x2e || c === 0x06d4 || c === 0x20 || c === 0x0a || c === 0x200c || c === 0xa0 || c === 0x09 || c === 0x0d;
}

/** Trims spaces, a final period and enclosing quote marks: « «ما آماده‌ایم.» » → «ما آماده‌ایم». */
export function trimContent(text: string, start: number, end: number, closeOf: ReadonlyMap<number, number>): TextSpan {
  let s = skipSpaces(text, start, end);
  let e = trimEnd(text, s, end);
  if (e - s >= 2 && isOpenQuote(text.charCodeAt(s)) && isCloseQuote(text.charCodeAt(e - 1)) && closeOf.get(s) === e - 1) {
    s++;
    e--;
  }
  while (e > s && isTrimmedTail(text.charCodeAt(e - 1))) e--;
  s = skipSpaces(text, s, e);
  return { start: s, end: e };
}

/**
 * Pairs every opening «/“ with its closing »/” in one pass (a stack; a line break closes nothing and
 * resets), so rules look closes up instead of rescanning: «الف «ب» ج» → {0 → 9, 5 → 7}.
 */
export function matchQuoteMarks(text: string): Map<number, number> {
  const closeOf = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) stack.length = 0;
    else if (isOpenQuote(c)) stack.push(i);
    else if (isCloseQuote(c) && stack.length > 0) closeOf.set(stack.pop()!, i);
  }
  return closeOf;
}

/** Offset of the mark closing the quote opened at `open` when it lies before `limit`, else -1. */
export function findClose(closeOf: ReadonlyMap<number, number>, open: number, limit: number): number {
  const close = closeOf.get(open);
  return close !== undefined && close < limit ? close : -1;
}

/**
 * The candidate of a rule anchored on a reporting-verb cue, whose speaker is the subject phrase between
 * `subjectFrom` (a word index, usually the sentence start) and the cue: «وی افزود: ...» → subject «وی».
 */
export function cueCandidate(
  input: QuoteRuleInput,
  kind: QuoteKind,
  content: TextSpan,
  cue: Cue,
  subjectFrom: number,
  rule: string,
): QuoteCandidate {
  return {
    kind,
    start: content.start,
    end: content.end,
    cue: { start: cue.start, end: cue.end },
    negated: cue.negated,
    subject: findSubject(input.nt, subjectFrom, cue.wordStart, { chainEnds: input.chainEnds }),
    anchor: cue.start,
    rule,
    firstPerson: firstPersonOf(cue),
  };
}
