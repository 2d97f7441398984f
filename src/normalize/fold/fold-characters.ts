/**
 * The character-folding pass: one left-to-right scan over char codes with a lookup table
 * (fold-tables.ts). Most characters of Persian text have action 0 and cost one array read; the rare
 * ones (Arabic variants, digits, controls, kashida, ZWNJ runs, Latin punctuation) take a slow path
 * that looks at their neighbours. One pass instead of one per rule family because speed matters
 * (issue #2: the whole normalize must reach 5M chars/s); each family keeps its own rule id.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import { finishIfChanged } from '../finish-if-changed.js';
import { HAMZA_COMPOSITIONS } from './arabic-letter-folds.js';
import {
  CHAR_CLASS,
  C_DIGIT,
  C_INVISIBLE,
  C_KASHIDA,
  C_LATIN_LETTER,
  C_MARK,
  C_PERSIAN_LETTER,
  C_SPACE,
  C_ZWNJ,
} from './char-classes.js';
import {
  A_CARRIAGE_RETURN,
  A_DECIMAL_POINT,
  A_DELETE,
  A_DIGIT,
  A_ELLIPSIS,
  A_HAMZA_MARK,
  A_JOINER,
  A_LATIN_PUNCT,
  A_REPLACE,
  A_SURROGATE,
  A_TEH_MARBUTA,
  A_ZWJ,
  convertDigit,
  foldTables,
  type FoldSettings,
  type FoldTables,
} from './fold-tables.js';

export type { FoldSettings } from './fold-tables.js';

const ZWNJ_CHAR = '\u200c';

/**
 * Folds characters: Arabic letter variants to Persian, digits, presentation forms, Unicode spaces,
 * invisible and control characters, kashida, diacritics and stray ZWNJs, Latin punctuation after
 * Persian text. «كتابهاي عربي؟ ١٢٣» → «کتابهای عربی؟ ۱۲۳».
 */
export function foldCharacters(input: string, settings: FoldSettings): PassResult {
  return foldCharactersIfChanged(input, settings) ?? new TextBuilder(input).finish();
}

/** foldCharacters, or null when it changes nothing (normalize() then skips the map and edits). */
export function foldCharactersIfChanged(input: string, settings: FoldSettings): PassResult | null {
  const t = foldTables(settings);
  const act = t.action;
  const n = input.length;
  const b = new TextBuilder(input);
  // The Latin-token decision for ASCII digits, cached for the token it was computed for.
  let chunkEnd = -1;
  let chunkIsLatin = false;
  // End of the last ASCII digit run written as Persian digits: a «.» right after it is a decimal point.
  let persianRunEnd = -1;
  const context = new LetterContext(input);

  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const a = act[c]!;
    if (a === 0) continue;
    switch (a) {
      case A_REPLACE:
        b.keepTo(i);
        b.replace(1, t.replacement.get(c)!, t.rule.get(c)!);
        break;
      case A_DELETE:
        i = deleteRun(input, i, t, b) - 1;
        break;
      case A_DIGIT: {
        if (c <= 0x39 && settings.digits === 'persian') {
          if (i >= chunkEnd) {
            chunkEnd = latinChunkEnd(input, i);
            chunkIsLatin = chunkHasLatinLetter(input, i, chunkEnd);
          }
          if (chunkIsLatin || context.isLatinAround(i, latinDigitRunEnd(input, i))) break;
        }
        const mode = settings.digits === 'latin' ? 'latin' : 'persian';
        let j = i;
        let out = '';
        while (j < n && act[input.charCodeAt(j)] === A_DIGIT) {
          out += String.fromCharCode(convertDigit(input.charCodeAt(j), mode));
          j++;
        }
        b.keepTo(i);
        b.replace(j - i, out, 'fold/digits');
        if (mode === 'persian') persianRunEnd = j;
        i = j - 1;
        break;
      }
      case A_JOINER:
        i = foldJoinerRun(input, i, t, b) - 1;
        break;
      case A_TEH_MARBUTA: {
        const next = nextSolid(input, i + 1, t.dropped);
        const isWordEnd = next >= n || CHAR_CLASS[input.charCodeAt(next)] !== C_PERSIAN_LETTER;
        b.keepTo(i);
        if (isWordEnd) b.replace(1, '\u0647', 'fold/teh-marbuta');
        else if (c !== 0x0629) b.replace(1, '\u0629', 'fold/presentation-form');
        break;
      }
      case A_HAMZA_MARK: {
        // Right after a letter that takes it («ا» + «ٓ», as NFD text writes «آ»), the mark stays for
        // composeHamza to join; elsewhere it is a diacritic like the others.
        if (i > 0 && HAMZA_COMPOSITIONS.has(foldedCode(input.charCodeAt(i - 1), t) * 0x10000 + c)) break;
        if (t.dropped[c] === 1) {
          b.keepTo(i);
          b.delete(1, 'remove/diacritic');
        }
        break;
      }
      case A_SURROGATE:
        if (c <= 0xdbff && i + 1 < n) {
          const d = input.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            break;
          }
        }
        b.keepTo(i);
        b.replace(1, '\ufffd', 'fold/lone-surrogate');
        break;
      case A_CARRIAGE_RETURN:
        b.keepTo(i);
        if (i + 1 < n && input.charCodeAt(i + 1) === 0x0a) b.delete(1, 'fold/line-break');
        else b.replace(1, '\n', 'fold/line-break');
        break;
      case A_ZWJ:
        if (!isEmojiJoiner(input, i)) {
          b.keepTo(i);
          b.delete(1, 'remove/zwj');
        }
        break;
      case A_LATIN_PUNCT:
        foldLatinPunctuation(input, i, c, t.dropped, b);
        break;
      case A_ELLIPSIS:
        b.keepTo(i);
        b.replace(1, '...', 'punct/ellipsis');
        break;
      case A_DECIMAL_POINT:
        if (isDecimalPoint(input, i, persianRunEnd, t.dropped)) {
          b.keepTo(i);
          b.replace(1, '\u066b', 'punct/decimal-separator');
        }
        break;
    }
  }
  return finishIfChanged(b);
}

/** Deletes a run of dropped characters (controls, bidi marks, removed diacritics) from `i`; returns its end. */
function deleteRun(input: string, i: number, t: FoldTables, b: TextBuilder): number {
  const j = skipDeletable(input, i, t.action);
  b.keepTo(i);
  // One edit per stretch of the same rule: a megabyte of NULs is one edit, not a million.
  let k = i;
  while (k < j) {
    const rule = t.rule.get(input.charCodeAt(k))!;
    let e = k + 1;
    while (e < j && t.rule.get(input.charCodeAt(e)) === rule) e++;
    b.delete(e - k, rule);
    k = e;
  }
  return j;
}

/** The last code unit the pass writes for `c` («ي» → «ی»). */
function foldedCode(c: number, t: FoldTables): number {
  if (t.action[c] !== A_REPLACE) return c;
  const rep = t.replacement.get(c)!;
  return rep.length === 0 ? -1 : rep.charCodeAt(rep.length - 1);
}

/** The first index at or after `i` that is not a dropped character. */
function skipDeletable(input: string, i: number, act: Uint8Array): number {
  const n = input.length;
  while (i < n && act[input.charCodeAt(i)] === A_DELETE) i++;
  return i;
}

/** Whether the pass drops `c` or it is a joiner (ZWNJ, kashida, ZWJ): transparent to letter context. */
function isTransparent(c: number, dropped: Uint8Array): boolean {
  const k = CHAR_CLASS[c];
  return dropped[c] === 1 || k === C_ZWNJ || k === C_KASHIDA || k === C_INVISIBLE;
}

/** Index of the next character at or after `i` that stays visible (skipping joiners, dropped marks). */
function nextSolid(input: string, i: number, dropped: Uint8Array): number {
  const n = input.length;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (!isTransparent(c, dropped) && CHAR_CLASS[c] !== C_MARK) break;
    i++;
  }
  return i;
}

/** A Persian letter, or a combining mark that stays: what a ZWNJ or kashida may stand next to. */
function isLetterish(c: number, dropped: Uint8Array): boolean {
  const k = CHAR_CLASS[c];
  return k === C_PERSIAN_LETTER || (k === C_MARK && dropped[c] === 0);
}

/**
 * A run of ZWNJs and kashidas (with any dropped characters among them) from `i`. Between two letters it
 * becomes one ZWNJ if it held one, else nothing (kashida only stretches the join: «کـتـاب» → «کتاب»).
 * At a word edge ZWNJs go; kashidas go when they touch a letter and stay when they stand alone,
 * as the dash of a dateline does («تهران ـ ایرنا»). Returns where the run ends.
 */
function foldJoinerRun(input: string, i: number, t: FoldTables, b: TextBuilder): number {
  const dropped = t.dropped;
  const n = input.length;
  let j = i;
  let zwnjs = 0;
  let kashidas = 0;
  for (; j < n; j++) {
    const c = input.charCodeAt(j);
    const k = CHAR_CLASS[c];
    if (k === C_ZWNJ) zwnjs++;
    else if (k === C_KASHIDA) kashidas++;
    else if (!(dropped[c] === 1 || k === C_INVISIBLE)) break;
  }
  let p = i - 1;
  while (p >= 0 && (dropped[input.charCodeAt(p)] === 1 || CHAR_CLASS[input.charCodeAt(p)] === C_INVISIBLE)) p--;
  const letterBefore = p >= 0 && isLetterish(input.charCodeAt(p), dropped);
  const letterAfter = j < n && isLetterish(input.charCodeAt(j), dropped);
  let out: string;
  let rule: string;
  if (letterBefore && letterAfter) {
    out = zwnjs > 0 ? ZWNJ_CHAR : '';
    rule = kashidas > 0 ? 'remove/kashida' : 'fold/zwnj-run';
  } else if (letterBefore || letterAfter) {
    out = '';
    rule = kashidas > 0 ? 'remove/kashida' : 'remove/stray-zwnj';
  } else {
    out = '\u0640'.repeat(kashidas);
    rule = zwnjs > 0 ? 'remove/stray-zwnj' : 'remove/invisible';
  }
  if (j - i !== out.length || input.slice(i, j) !== out) {
    b.keepTo(i);
    b.replace(j - i, out, rule);
  }
  return j;
}

/** ZWJ between emoji halves («👨‍👩‍👧») is part of the emoji; anywhere else it is stray. */
function isEmojiJoiner(input: string, i: number): boolean {
  if (i < 1 || i + 1 >= input.length) return false;
  const p = input.charCodeAt(i - 1);
  const q = input.charCodeAt(i + 1);
  const before =
    p === 0xfe0f ||
    (p >= 0x2600 && p <= 0x27bf) ||
    (p >= 0xdc00 && p <= 0xdfff && i >= 2 && isHighSurrogate(input.charCodeAt(i - 2)));
  const after =
    (q >= 0x2600 && q <= 0x27bf) ||
    (isHighSurrogate(q) && i + 2 < input.length && isLowSurrogate(input.charCodeAt(i + 2)));
  return before && after;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function latinDigitRunEnd(input: string, i: number): number {
  let j = i;
  while (j < input.length && input.charCodeAt(j) >= 0x30 && input.charCodeAt(j) <= 0x39) j++;
  return j;
}

const NO_LETTER = -1;

/**
 * The letters nearest to a number on its line, to tell «iPhone 15» and «Windows 10» (Latin digits stay)
 * from «سال 2020» (Persian digits). Scans are cached so that a line of many numbers stays linear.
 */
class LetterContext {
  private backFrom = -1;
  private backResult = NO_LETTER;
  private aheadUntil = -1;
  private aheadResult = NO_LETTER;

  constructor(private readonly input: string) {}

  /** Digits [i, j) stay Latin when the nearest letter before is Latin, or there is none and the nearest after is. */
  isLatinAround(i: number, j: number): boolean {
    const before = this.letterBefore(i);
    if (before !== NO_LETTER) return before === C_LATIN_LETTER;
    return this.letterAfter(j) === C_LATIN_LETTER;
  }

  private letterBefore(i: number): number {
    const input = this.input;
    let result = NO_LETTER;
    let k = i - 1;
    for (; k >= 0 && k >= this.backFrom; k--) {
      const c = input.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) break;
      const cls = CHAR_CLASS[c];
      if (cls === C_PERSIAN_LETTER || cls === C_LATIN_LETTER) {
        result = cls;
        break;
      }
    }
    // Reached the previous scan's start without a letter or line break: its answer holds here too.
    if (k >= 0 && k < this.backFrom && this.backFrom <= i) result = this.backResult;
    this.backFrom = i;
    this.backResult = result;
    return result;
  }

  private letterAfter(j: number): number {
    if (j < this.aheadUntil) return this.aheadResult;
    const input = this.input;
    let k = j;
    let result = NO_LETTER;
    for (; k < input.length; k++) {
      const c = input.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) break;
      const cls = CHAR_CLASS[c];
      if (cls === C_PERSIAN_LETTER || cls === C_LATIN_LETTER) {
        result = cls;
        break;
      }
    }
    this.aheadUntil = k;
    this.aheadResult = result;
    return result;
  }
}

/** Characters that make up a Latin token with digits: letters, digits and the joiners of URLs, e-mails, codes. */
function isChunkChar(c: number): boolean {
  const k = CHAR_CLASS[c];
  if (k === C_LATIN_LETTER || k === C_DIGIT || k === C_INVISIBLE) return true;
  switch (c) {
    case 0x2d: // -
    case 0x5f: // _
    case 0x2e: // .
    case 0x2f: // /
    case 0x3a: // :
    case 0x40: // @
    case 0x25: // %
    case 0x2b: // +
    case 0x23: // #
    case 0x3d: // =
    case 0x3f: // ?
    case 0x26: // &
    case 0x7e: // ~
    case 0x5c: // backslash
    case 0x2c: // ,
    case 0x27: // '
      return true;
    default:
      return false;
  }
}

function latinChunkEnd(input: string, i: number): number {
  const n = input.length;
  let j = i;
  while (j < n && isChunkChar(input.charCodeAt(j))) j++;
  return j;
}

/**
 * Whether the token around a digit is Latin («COVID-19», «http://x.ir/a1», «a1@b.com»): its digits
 * stay Latin, since converting them would corrupt names, codes and addresses.
 */
function chunkHasLatinLetter(input: string, i: number, end: number): boolean {
  let s = i;
  while (s > 0 && isChunkChar(input.charCodeAt(s - 1))) s--;
  for (let k = s; k < end; k++) if (CHAR_CLASS[input.charCodeAt(k)] === C_LATIN_LETTER) return true;
  return false;
}

/** Index of the nearest visible character before `i` on the same line, skipping spaces; -1 if none. */
function prevSignificant(input: string, i: number, dropped: Uint8Array): number {
  let p = i - 1;
  while (p >= 0) {
    const c = input.charCodeAt(p);
    if (!(CHAR_CLASS[c] === C_SPACE || CHAR_CLASS[c] === C_MARK || isTransparent(c, dropped))) break;
    p--;
  }
  return p;
}

function nextSignificant(input: string, i: number, dropped: Uint8Array): number {
  const n = input.length;
  let q = i;
  while (q < n) {
    const c = input.charCodeAt(q);
    if (!(CHAR_CLASS[c] === C_SPACE || CHAR_CLASS[c] === C_MARK || isTransparent(c, dropped))) break;
    q++;
  }
  return q;
}

/**
 * Latin «?» and «;» after Persian text become «؟» and «؛»; «,» becomes «،» only between Persian words,
 * so «1,000», «a, b» and URLs keep theirs.
 */
function foldLatinPunctuation(input: string, i: number, c: number, dropped: Uint8Array, b: TextBuilder): void {
  const p = prevSignificant(input, i, dropped);
  if (p < 0 || CHAR_CLASS[input.charCodeAt(p)] !== C_PERSIAN_LETTER) return;
  if (c === 0x2c) {
    const q = nextSignificant(input, i + 1, dropped);
    if (q >= input.length || CHAR_CLASS[input.charCodeAt(q)] !== C_PERSIAN_LETTER) return;
    b.keepTo(i);
    b.replace(1, '\u060c', 'punct/comma');
  } else if (c === 0x3f) {
    b.keepTo(i);
    b.replace(1, '\u061f', 'punct/question-mark');
  } else {
    b.keepTo(i);
    b.replace(1, '\u061b', 'punct/semicolon');
  }
}

/** Characters that join the parts of a number with several parts: «۱۴۰۲/۰۵/۰۱», «۱۹۲.۱۶۸.۱.۱», «۱۰:۳۰». */
const NUMBER_JOINERS = new Set([0x2e, 0x066b, 0x2f, 0x3a, 0x2c, 0x066c, 0x2d]);

function isAnyDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/**
 * Whether the «.» at `i` is the decimal point of a number written in Persian digits: «۳۹.۲ درصد» →
 * «۳۹٫۲». The digits before it are Persian or Arabic-Indic, or ASCII digits this pass made Persian
 * (their run ends at `persianRunEnd`); a digit follows; and the number has no other part, so dates,
 * versions and addresses («۱۴۰۲.۰۵.۰۱», «۱۹۲.۱۶۸.۱.۱», «v1.2») keep their dots. Characters this pass
 * removes (controls, ZWNJs beside digits) are looked through, so the answer is the same on the next run.
 */
function isDecimalPoint(input: string, i: number, persianRunEnd: number, dropped: Uint8Array): boolean {
  const p = skipGone(input, i - 1, -1, dropped);
  const q = skipGone(input, i + 1, 1, dropped);
  if (p < 0 || q >= input.length) return false;
  const c = input.charCodeAt(p);
  const persianBefore = (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x30 && c <= 0x39 && persianRunEnd === p + 1);
  if (!persianBefore || !isAnyDigit(input.charCodeAt(q))) return false;
  return isNumberEnd(input, p, -1, dropped) && isNumberEnd(input, q, 1, dropped);
}

/**
 * Whether the digits around `from` end there as a number with no further part: walking in direction
 * `step` past digits, the next character is not a number joiner followed by a digit («۱۴۰۲/۰۵») nor a
 * Latin letter («v1.2»).
 */
function isNumberEnd(input: string, from: number, step: 1 | -1, dropped: Uint8Array): boolean {
  let k = from;
  while (k >= 0 && k < input.length && isAnyDigit(input.charCodeAt(k))) k = skipGone(input, k + step, step, dropped);
  if (k < 0 || k >= input.length) return true;
  const c = input.charCodeAt(k);
  if (CHAR_CLASS[c] === C_LATIN_LETTER) return false;
  if (!NUMBER_JOINERS.has(c)) return true;
  const beyond = skipGone(input, k + step, step, dropped);
  return !(beyond >= 0 && beyond < input.length && isAnyDigit(input.charCodeAt(beyond)));
}

/** The first index from `i` in direction `step` whose character this pass keeps (past dropped ones and ZWNJs). */
function skipGone(input: string, i: number, step: 1 | -1, dropped: Uint8Array): number {
  while (i >= 0 && i < input.length) {
    const c = input.charCodeAt(i);
    if (dropped[c] !== 1 && CHAR_CLASS[c] !== C_ZWNJ) break;
    i += step;
  }
  return i;
}
