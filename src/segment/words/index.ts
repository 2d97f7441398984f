/**
 * The word tokenizer, as the list of its rules. At each token start the character class picks the
 * matchers to try, in order; the first that matches wins. Order matters: URLs and e-mails before
 * words (they contain letters and periods), abbreviations before words (to keep their periods),
 * numbers before punctuation (to keep «۳٫۵» and «۱۴۰۲/۰۵/۰۱» whole). Clitics are split afterwards.
 */
import { CHAR_CLASS, CharClass } from '../char-class.js';
import { matchAbbreviation } from './match-abbreviation.js';
import { matchEmail } from './match-email.js';
import { matchNumber } from './match-number.js';
import { matchPunctuation } from './match-punctuation.js';
import { matchSymbol } from './match-symbol.js';
import { matchTag } from './match-tag.js';
import { matchUrl } from './match-url.js';
import { matchWord } from './match-word.js';
import { BreakBefore, RawTokens, TokenKind } from './raw-tokens.js';
import type { ScanContext, TokenMatcher } from './scan-context.js';

export { findCliticSplits, proposeCliticSplit, mayEndInClitic } from './split-clitics.js';
export { RawTokens, TokenKind, BreakBefore } from './raw-tokens.js';
export type { ScanContext, TokenMatcher } from './scan-context.js';

interface Rule {
  readonly match: TokenMatcher;
  readonly kind: TokenKind;
}

/** Rules for a token starting with a Latin (or other-script) letter. */
export const LATIN_RULES: readonly Rule[] = [
  { match: matchUrl, kind: TokenKind.Url },
  { match: matchEmail, kind: TokenKind.Email },
  { match: matchAbbreviation, kind: TokenKind.Abbreviation },
  { match: matchWord, kind: TokenKind.Word },
];

/** Rules for a token starting with an Arabic-script letter or a mark. */
export const ARABIC_RULES: readonly Rule[] = [
  { match: matchAbbreviation, kind: TokenKind.Abbreviation },
  { match: matchWord, kind: TokenKind.Word },
];

/** Rules for a token starting with a digit («۱۴۰۲/۰۵/۰۱», «3.5%», «123@x.ir»). */
export const DIGIT_RULES: readonly Rule[] = [
  { match: matchEmail, kind: TokenKind.Email },
  { match: matchNumber, kind: TokenKind.Number },
];

/** Rules for a token starting with punctuation: tags first («#خبر»), else one mark or an ellipsis. */
export const PUNCT_RULES: readonly Rule[] = [
  { match: matchTag, kind: TokenKind.Tag },
  { match: matchPunctuation, kind: TokenKind.Punct },
];

export const SYMBOL_RULES: readonly Rule[] = [{ match: matchSymbol, kind: TokenKind.Symbol }];

function punctKind(text: string, start: number, end: number): TokenKind {
  const c = text.charCodeAt(start);
  if (c === 0x2026 || (c === 0x2e && end - start > 1)) return TokenKind.Ellipsis;
  // . ! ? ؟ ۔ ‼ ⁇ ⁈ ⁉ 。 ！ ？
  if (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x6d4 || c === 0x203c || c === 0x2047 ||
    c === 0x2048 || c === 0x2049 || c === 0x3002 || c === 0xff01 || c === 0xff1f
  ) {
    return TokenKind.Terminal;
  }
  return TokenKind.Punct;
}

function applyRules(rules: readonly Rule[], ctx: ScanContext, start: number, out: RawTokens, br: BreakBefore): number {
  for (const rule of rules) {
    const end = rule.match(ctx, start);
    if (end > start) {
      const kind = rule.kind === TokenKind.Punct ? punctKind(ctx.text, start, end) : rule.kind;
      out.push(start, end, kind, br);
      return end;
    }
  }
  out.push(start, start + 1, TokenKind.Symbol, br);
  return start + 1;
}

/** Scans `text` into surface tokens with their kinds and the line breaks before them. */
export function scanTokens(ctx: ScanContext): RawTokens {
  const { text } = ctx;
  const n = text.length;
  const out = new RawTokens((n >> 2) + 16);
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    switch (cls) {
      case CharClass.Space:
      case CharClass.Joiner:
      case CharClass.Ignorable:
        i++;
        continue;
      case CharClass.Newline:
        // «\r\n» counts once; a blank line between tokens makes a paragraph break.
        if (!(c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d)) newlines++;
        i++;
        continue;
    }
    const br = newlines === 0 ? BreakBefore.None : newlines === 1 ? BreakBefore.Line : BreakBefore.Paragraph;
    newlines = 0;
    switch (cls) {
      case CharClass.ArabicLetter:
      case CharClass.Mark:
      case CharClass.LatinLower:
      case CharClass.LatinUpper:
      case CharClass.OtherLetter: {
        // Fast path, same result as the rule list: URLs, e-mails and abbreviations all continue a
        // letter run with one of «. @ : + %», so a word not followed by one of them is just a word.
        const end = matchWord(ctx, i);
        const next = end < n ? text.charCodeAt(end) : 0;
        if (end > i && next !== 0x2e && next !== 0x40 && next !== 0x3a && next !== 0x2b && next !== 0x25) {
          out.push(i, end, TokenKind.Word, br);
          i = end;
        } else {
          i = applyRules(cls === CharClass.ArabicLetter || cls === CharClass.Mark ? ARABIC_RULES : LATIN_RULES, ctx, i, out, br);
        }
        break;
      }
      case CharClass.Digit:
        i = applyRules(DIGIT_RULES, ctx, i, out, br);
        break;
      case CharClass.Punct:
        i = applyRules(PUNCT_RULES, ctx, i, out, br);
        break;
      default:
        i = applyRules(SYMBOL_RULES, ctx, i, out, br);
    }
  }
  return out;
}
