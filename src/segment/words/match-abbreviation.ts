/**
 * Abbreviations with periods as one token, period included (UD PerDT has «م.» as one token):
 * dot chains of single letters «ه.ش.», «ق.م.», «ج.ا.ا», «e.g.», «U.S.»; listed abbreviations «Dr.»,
 * «ص.»; and initials in names «م. سرشار», «J. Smith» (one letter, a period, a space, a letter).
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import { abbreviationKey } from '../abbreviations.js';
import type { ScanContext } from './scan-context.js';

function isLetter(c: number): boolean {
  const cls = CHAR_CLASS[c]!;
  return cls === CharClass.ArabicLetter || cls === CharClass.LatinLower || cls === CharClass.LatinUpper || cls === CharClass.OtherLetter;
}

const MAX_GROUP = 6;
const MAX_GROUPS = 12;

/** Matches an abbreviation at `start` (a letter); returns its end or -1. */
export function matchAbbreviation(ctx: ScanContext, start: number): number {
  const { text } = ctx;
  const n = text.length;
  // Collect «group.group.group(.)»: letter groups joined by single periods, no spaces.
  let i = start;
  let groups = 0;
  let allSingle = true;
  let endWithDot = -1;
  for (;;) {
    const g = i;
    while (i < n && isLetter(text.charCodeAt(i)) && i - g <= MAX_GROUP) i++;
    const len = i - g;
    if (len === 0 || len > MAX_GROUP) return -1;
    groups++;
    // Bounded, so a long «a.b.c.d…» chain is not rescanned from every token (quadratic time).
    if (groups > MAX_GROUPS) return -1;
    if (len > 1) allSingle = false;
    if (i < n && text.charCodeAt(i) === 0x2e) {
      endWithDot = i + 1;
      if (i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
    } else {
      endWithDot = -1;
    }
    break;
  }
  const chainEnd = endWithDot > 0 ? endWithDot : i;
  if (groups >= 2) {
    // A dot in a chain of single letters is never a sentence end («ه.ش.», «e.g.»); longer chains must be listed.
    if (allSingle) return chainEnd;
    const set = ctx.lexicon.abbreviations;
    if (set.has(abbreviationKey(text.slice(start, chainEnd)))) return chainEnd;
    if (endWithDot > 0 && set.has(abbreviationKey(text.slice(start, i)))) return i;
    return -1;
  }
  if (endWithDot < 0) return -1;
  if (ctx.lexicon.abbreviations.has(abbreviationKey(text.slice(start, endWithDot)))) return endWithDot;
  // An initial: one letter, a period, one space and a letter («م. سرشار»); never at a line end.
  if (i - start === 1 && CHAR_CLASS[text.charCodeAt(start)] !== CharClass.LatinLower) {
    if (endWithDot + 1 < n && text.charCodeAt(endWithDot) === 0x20 && isLetter(text.charCodeAt(endWithDot + 1))) {
      return endWithDot;
    }
  }
  return -1;
}
