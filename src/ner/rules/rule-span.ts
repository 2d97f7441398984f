/** What an exact recognizer returns: a token range with its label and, where computed, a normalized value. */
import type { EntityLabel } from '../../doc/labels.js';

export interface RuleSpan {
  /** First token (index into the sentence's words). */
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
  readonly label: EntityLabel;
  /** ISO date, amount with currency, or percentage, when computed. */
  readonly value?: string;
  /** The rule that found it, e.g. `ner/date-jalali`. */
  readonly rule: string;
}

/** A recognizer: looks at the word keys from `i` and returns the span it finds there, or null. */
export type Recognizer = (keys: readonly string[], i: number) => RuleSpan | null;
