/**
 * Quotes: who said what. The rules below each propose candidates; candidates are then taken in text
 * order of their attribution, dropping any whose content or cue falls inside an earlier quote's content
 * (speech reported inside speech belongs to the outer speaker), and speakers are resolved in that order.
 */
import type { Message, Quote } from '../../doc/layers.js';
import type { Cue } from '../reporting-verbs/find-cues.js';
import { wordAtOrAfter, type NewsText } from '../scan/scan-news-text.js';
import type { ChainLink } from '../sources/find-chain-links.js';
import { firstEndingAfter, resolveSpeakers, type NerLayers } from '../speakers/resolve-speakers.js';
import { findAccordingToQuotes } from './find-according-to-quotes.js';
import { findClauseQuotes } from './find-clause-quotes.js';
import { findColonQuotes } from './find-colon-quotes.js';
import { findCommaQuotes } from './find-comma-quotes.js';
import { findGuillemetQuotes } from './find-guillemet-quotes.js';
import { findHeadlineQuotes } from './find-headline-quotes.js';
import { findThatQuotes } from './find-that-quotes.js';
import { matchQuoteMarks, type QuoteCandidate, type QuoteRule, type QuoteRuleInput } from './quote-candidate.js';

export type { QuoteCandidate } from './quote-candidate.js';

/** The quote rules. Their order only breaks ties between candidates anchored at the same offset. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  findHeadlineQuotes, // «اسد خطاب به پوتین: ...»
  findColonQuotes, // «وی افزود: ...», «پوتین گفت «...»»
  findThatQuotes, // «... اعلام کرد که ...»
  findCommaQuotes, // «... تاکید کرد، ...»
  findAccordingToQuotes, // «به گفته X، ...»
  findClauseQuotes, // «با بیان اینکه ...، افزود»
  findGuillemetQuotes, // «...»، X گفت.
];

/** Keeps candidates in anchor order unless they fall inside an accepted quote's content. */
export function settleCandidates(candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.anchor - b.c.anchor || a.i - b.i);
  const accepted: QuoteCandidate[] = [];
  // The accepted contents never overlap, so sorted by start they are sorted by end too: binary search works.
  const byStart: QuoteCandidate[] = [];
  for (const { c } of order) {
    const k = firstEndingAfter(byStart, c.start);
    if (k < byStart.length && byStart[k]!.start < c.end) continue;
    if (c.cue !== null) {
      const j = firstEndingAfter(byStart, c.cue.start);
      if (j < byStart.length && byStart[j]!.start <= c.cue.start) continue;
    }
    accepted.push(c);
    byStart.splice(k, 0, c);
  }
  return accepted;
}

export interface FindQuotesInput {
  readonly nt: NewsText;
  readonly cues: readonly Cue[];
  readonly chainLinks: readonly ChainLink[];
  /** Spans that open a paragraph and are not part of its clause (the dateline «تهران - ایرنا -»). */
  readonly openers: ReadonlyArray<{ start: number; end: number }>;
  readonly ner: NerLayers;
}

/** Quotes in text order with resolved speakers, and the messages about them. */
export function findQuotes(input: FindQuotesInput): { quotes: Quote[]; messages: Message[] } {
  const chainEnds = new Map<number, number>();
  for (const l of input.chainLinks) {
    const first = wordAtOrAfter(input.nt, l.start);
    // Skip the link and the comma after it: the next word opens the clause proper.
    chainEnds.set(first, l.nameWordEnd);
  }
  for (const o of input.openers) chainEnds.set(wordAtOrAfter(input.nt, o.start), wordAtOrAfter(input.nt, o.end));
  const cueAt = new Map<number, Cue>();
  for (const c of input.cues) cueAt.set(c.wordStart, c);
  const ruleInput: QuoteRuleInput = {
    nt: input.nt,
    cues: input.cues,
    chainLinks: input.chainLinks,
    chainEnds,
    cueAt,
    closeOf: matchQuoteMarks(input.nt.text),
  };
  const candidates = settleCandidates(QUOTE_RULES.flatMap((rule) => rule(ruleInput)));
  const { speakers, messages } = resolveSpeakers(input.nt, candidates, input.ner, chainEnds, cueAt);
  const quotes: Quote[] = candidates.map((c, k) => ({
    kind: c.kind,
    start: c.start,
    end: c.end,
    cue: c.cue,
    speaker: speakers[k] ?? null,
    negated: c.negated,
  }));
  const order = quotes.map((_, k) => k).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  return { quotes: order.map((k) => quotes[k]!), messages };
}
