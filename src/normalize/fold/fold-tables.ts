/**
 * The folding pass's lookup tables: one action per UTF-16 code unit (Uint8Array) and the replacement
 * with its rule id for the characters that are simply swapped. Built once per option combination and
 * cached read-only, so the hot loop is one array read per character.
 */
import { ARABIC_LETTER_FOLDS, TEH_MARBUTA } from './arabic-letter-folds.js';
import { CHAR_CLASS, C_MARK, ZWNJ } from './char-classes.js';
import { removesMark, type DiacriticsMode } from './diacritics.js';
import { INVISIBLE_RANGES, SPACE_LIKE, ZWJ } from './invisible-characters.js';
import { listPresentationForms } from './presentation-forms.js';

export type DigitsMode = 'persian' | 'latin' | 'keep';
export type PunctuationMode = 'persian' | 'keep';
export type EllipsisMode = 'keep' | 'dots';

export interface FoldSettings {
  readonly digits: DigitsMode;
  readonly diacritics: DiacriticsMode;
  readonly punctuation: PunctuationMode;
  readonly ellipsis: EllipsisMode;
}

/** Copy the character. */
export const A_KEEP = 0;
/** Write `replacement[c]` (rule `rule[c]`). */
export const A_REPLACE = 1;
/** Drop the character (rule `rule[c]`); a following hamza may compose with the letter before. */
export const A_DELETE = 2;
/** A digit to convert, unless it sits in a Latin token («COVID-19»). */
export const A_DIGIT = 3;
/** ZWNJ or kashida: a run decided by the letters around it. */
export const A_JOINER = 4;
export const A_TEH_MARBUTA = 5;
/** A hamza/madda mark that may compose with the letter before («ا» + «ٓ» → «آ»). */
export const A_HAMZA_MARK = 6;
export const A_SURROGATE = 8;
export const A_CARRIAGE_RETURN = 9;
export const A_ZWJ = 10;
/** «?» «;» after Persian text, «,» between Persian words. */
export const A_LATIN_PUNCT = 11;
export const A_ELLIPSIS = 12;
/** «.» between the digits of a Persian number: «۳۹.۲» → «۳۹٫۲». */
export const A_DECIMAL_POINT = 13;

export interface FoldTables {
  readonly action: Uint8Array;
  /** Replacement text and rule id for A_REPLACE and A_DELETE characters. */
  readonly replacement: ReadonlyMap<number, string>;
  readonly rule: ReadonlyMap<number, string>;
  /** 1 for every code unit the pass always drops (invisibles, removed marks): transparent to context rules. */
  readonly dropped: Uint8Array;
  readonly settings: FoldSettings;
}

const DIGIT_BASE = { persian: 0x06f0, latin: 0x30 } as const;

function buildTables(settings: FoldSettings): FoldTables {
  const action = new Uint8Array(0x10000);
  const replacement = new Map<number, string>();
  const rule = new Map<number, string>();
  const swap = (c: number, text: string, id: string): void => {
    action[c] = text.length === 0 ? A_DELETE : A_REPLACE;
    replacement.set(c, text);
    rule.set(c, id);
  };

  for (const [from, to, id] of INVISIBLE_RANGES) for (let c = from; c <= to; c++) swap(c, '', id);
  for (const c of SPACE_LIKE) swap(c, ' ', 'fold/space');
  for (const [c, text, id] of ARABIC_LETTER_FOLDS) swap(c, foldPlain(text, settings), id);
  action[TEH_MARBUTA] = A_TEH_MARBUTA;

  for (let c = 0x0600; c <= 0x06ff; c++) {
    if (CHAR_CLASS[c] === C_MARK && removesMark(settings.diacritics, c)) swap(c, '', 'remove/diacritic');
  }
  for (const c of [0x0653, 0x0654, 0x0655]) action[c] = A_HAMZA_MARK;

  for (const [c, plain] of listPresentationForms()) {
    swap(c, foldPlain(plain, settings), 'fold/presentation-form');
  }
  // «ﺓ» «ﺔ» are teh marbuta: the word-end rule decides them like «ة».
  action[0xfe93] = A_TEH_MARBUTA;
  action[0xfe94] = A_TEH_MARBUTA;

  action[0x0640] = A_JOINER;
  action[ZWNJ] = A_JOINER;
  action[ZWJ] = A_ZWJ;
  action[0x0d] = A_CARRIAGE_RETURN;
  for (let c = 0xd800; c <= 0xdfff; c++) action[c] = A_SURROGATE;

  if (settings.digits === 'persian') {
    for (let c = 0x30; c <= 0x39; c++) action[c] = A_DIGIT;
    for (let c = 0x0660; c <= 0x0669; c++) action[c] = A_DIGIT;
  } else if (settings.digits === 'latin') {
    for (let c = 0x0660; c <= 0x0669; c++) action[c] = A_DIGIT;
    for (let c = 0x06f0; c <= 0x06f9; c++) action[c] = A_DIGIT;
  }
  if (settings.punctuation === 'persian') {
    action[0x3f] = A_LATIN_PUNCT;
    action[0x2c] = A_LATIN_PUNCT;
    action[0x3b] = A_LATIN_PUNCT;
    if (settings.digits !== 'latin') action[0x2e] = A_DECIMAL_POINT;
  }
  if (settings.ellipsis === 'dots') action[0x2026] = A_ELLIPSIS;
  const dropped = new Uint8Array(0x10000);
  for (const [c, text] of replacement) if (text === '') dropped[c] = 1;
  return { action, replacement, rule, dropped, settings };
}

/** The value 0-9 of a digit code unit of any script. */
export function digitValue(c: number): number {
  if (c >= 0x06f0) return c - 0x06f0;
  if (c >= 0x0660) return c - 0x0660;
  return c - 0x30;
}

/** The digit `c` written in the target script of `mode` («5» → «۵»). */
export function convertDigit(c: number, mode: 'persian' | 'latin'): number {
  return DIGIT_BASE[mode] + digitValue(c);
}

/** Folds the plain letters of a presentation form the way the pass folds text («ﻱ» → «ي» → «ی»). */
function foldPlain(plain: string, settings: FoldSettings): string {
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const fold = ARABIC_LETTER_FOLDS.find((f) => f[0] === c);
    if (fold) out += foldPlain(fold[1], settings);
    else if (CHAR_CLASS[c] === C_MARK && removesMark(settings.diacritics, c)) continue;
    else out += plain[i];
  }
  return out;
}

const CACHE = new Map<number, FoldTables>();

const DIGITS_KEYS: readonly DigitsMode[] = ['persian', 'latin', 'keep'];
const DIACRITICS_KEYS: readonly DiacriticsMode[] = ['remove', 'keep', 'remove-all'];

/** The tables for one option combination, built on first use (a few ms) and shared read-only. */
export function foldTables(settings: FoldSettings): FoldTables {
  // A small integer key: this runs once per normalize() call, and a template string costs more than the pass on a short line.
  const key =
    DIGITS_KEYS.indexOf(settings.digits) +
    3 * DIACRITICS_KEYS.indexOf(settings.diacritics) +
    9 * (settings.punctuation === 'persian' ? 1 : 0) +
    18 * (settings.ellipsis === 'dots' ? 1 : 0);
  let t = CACHE.get(key);
  if (t === undefined) {
    t = buildTables(settings);
    CACHE.set(key, t);
  }
  return t;
}
