/**
 * One class per UTF-16 code unit, in a 64 KB table, so the folding and spacing passes decide
 * everything about a character with one array read. The classes are the contexts the rules look at.
 */
import { INVISIBLE_RANGES, SPACE_LIKE, ZWJ } from './invisible-characters.js';
import { listPresentationForms } from './presentation-forms.js';

/** Anything not listed below: Latin punctuation, symbols, other scripts, emoji halves. */
export const C_OTHER = 0;
/** An Arabic-script letter (Persian and Arabic letters and their presentation forms). */
export const C_PERSIAN_LETTER = 1;
/** A Latin letter (ASCII, Latin-1, Latin Extended). */
export const C_LATIN_LETTER = 2;
/** An Arabic combining mark: harakat, tanwin, shadda, sukun, hamza above/below, superscript alef. */
export const C_MARK = 3;
/** A digit in any of the three scripts: 0-9, ٠-٩, ۰-۹. */
export const C_DIGIT = 4;
/** Horizontal white space the spacing pass collapses (space, tab, NBSP and the other Unicode spaces). */
export const C_SPACE = 5;
export const C_NEWLINE = 6;
export const C_ZWNJ = 7;
/** Kashida «ـ» (tatweel): stretches a joined letter, carries no letter. */
export const C_KASHIDA = 8;
/** Characters with no visible form that the folding pass drops (controls, bidi marks, ZWJ, BOM). */
export const C_INVISIBLE = 9;

export const ZWNJ = 0x200c;

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, k: number): void => {
    for (let c = from; c <= to; c++) t[c] = k;
  };
  set(0x41, 0x5a, C_LATIN_LETTER);
  set(0x61, 0x7a, C_LATIN_LETTER);
  set(0xc0, 0x24f, C_LATIN_LETTER);
  t[0xd7] = C_OTHER;
  t[0xf7] = C_OTHER;
  set(0x1e00, 0x1eff, C_LATIN_LETTER);

  set(0x0620, 0x064a, C_PERSIAN_LETTER);
  set(0x066e, 0x066f, C_PERSIAN_LETTER);
  set(0x0671, 0x06d3, C_PERSIAN_LETTER);
  t[0x06d5] = C_PERSIAN_LETTER;
  set(0x06e5, 0x06e6, C_PERSIAN_LETTER); // small waw/yeh are letters (Lm), not marks
  set(0x06ee, 0x06ef, C_PERSIAN_LETTER);
  set(0x06fa, 0x06fc, C_PERSIAN_LETTER);
  t[0x06ff] = C_PERSIAN_LETTER;
  set(0x0750, 0x077f, C_PERSIAN_LETTER);
  set(0x08a0, 0x08c9, C_PERSIAN_LETTER);
  t[0x0640] = C_KASHIDA;

  set(0x0610, 0x061a, C_MARK);
  set(0x064b, 0x065f, C_MARK);
  t[0x0670] = C_MARK;
  set(0x06d6, 0x06dc, C_MARK);
  set(0x06df, 0x06e4, C_MARK);
  set(0x06e7, 0x06e8, C_MARK);
  set(0x06ea, 0x06ed, C_MARK);

  set(0x30, 0x39, C_DIGIT);
  set(0x0660, 0x0669, C_DIGIT);
  set(0x06f0, 0x06f9, C_DIGIT);

  t[0x20] = C_SPACE;
  t[0x09] = C_SPACE;
  t[0x0a] = C_NEWLINE;
  t[ZWNJ] = C_ZWNJ;
  for (const c of SPACE_LIKE) t[c] = C_SPACE;
  t[0x0d] = C_NEWLINE;
  for (const [from, to] of INVISIBLE_RANGES) set(from, to, C_INVISIBLE);
  t[ZWJ] = C_INVISIBLE;
  // A presentation form behaves as its first plain character: «ﻻ» is a letter, «ﹰ» a mark.
  for (const [c, plain] of listPresentationForms()) {
    t[c] = plain.length === 0 ? C_INVISIBLE : t[plain.charCodeAt(0)]!;
  }
  return t;
}

/** The class of every UTF-16 code unit (presentation forms are classed by fold-tables.ts). */
export const CHAR_CLASS: Uint8Array = buildClasses();
