/**
 * Scored segmentation of one word (glued input) and of one space between two words (spaced input):
 * the model's word forms and pair exceptions decide seen cases; unseen ones back off to morphology
 * (verb prefix + known verb form, known stem + suffix) scored by counts and learned attachment rates.
 */
import { SUFFIXES, VERB_PREFIXES } from './affixes.js';
import { ZWNJ_CHAR, endsWithJoiningLetter, isJoiningLetter, isMark, lastPiece } from './char-classes.js';
import { HAS_PAIRS, IS_PAIR_RIGHT, IS_LEFT_PIECE, IS_PREFIX, IS_RIGHT_PIECE, IS_SUFFIX, type SuffixRates, type ZwnjModel } from './zwnj-model.js';

const SUFFIX_SET: ReadonlySet<string> = new Set(SUFFIXES);
const PREFIX_SET: ReadonlySet<string> = new Set(VERB_PREFIXES);

/** Suffixes grouped by their last code unit, longest first, so a word is checked only against a few. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}

const HE = 0x0647;
const YE = 0x06cc;
/** How every comparative suffix starts («تر», «ترین», «تری»). */
const COMPARATIVE = 'تر';

/** 0 after «ه», 1 after «ی», 2 after any other letter. */
function stemClass(stem: string): 0 | 1 | 2 {
  let i = stem.length - 1;
  while (i > 0 && isMark(stem.charCodeAt(i))) i--;
  const c = stem.charCodeAt(i);
  return c === HE ? 0 : c === YE ? 1 : 2;
}

function rateOf(rates: ReadonlyMap<string, SuffixRates>, suffix: string, stem: string): number {
  const r = rates.get(suffix);
  return r ? r[stemClass(stem)] : 0;
}

export function isSuffixPiece(piece: string): boolean {
  return SUFFIX_SET.has(piece);
}

export function isVerbPrefixPiece(piece: string): boolean {
  return PREFIX_SET.has(piece);
}

/**
 * The form a ZWNJ-free word should take, or undefined to leave it. «میدهد» → «می‌دهد»,
 * «فداکاریهایشان» → «فداکاری‌هایشان», «میز» → undefined.
 */
export function segmentWord(model: ZwnjModel, key: string): string | undefined {
  const seen = model.words.get(key);
  if (seen !== undefined) return seen === key ? undefined : seen;
  if (model.stems.has(key)) return undefined;
  return backOffWord(model, key, 0);
}

/** The morphology back-off for a word the model has not seen; exported for the trainer. */
export function backOffWord(model: ZwnjModel, key: string, depth: number): string | undefined {
  if (key.length < 3 || depth > 2) return undefined;
  const first = key.charCodeAt(0);
  // می/نمی + verb form, also after a preverb («بازمی‌گردند»).
  if (first === 0x0645 || first === 0x0646 || first === 0x0628 || first === 0x062f || first === 0x0641 || first === 0x0648) {
    for (const p of VERB_PREFIXES) {
      if (key.length > p.length + 1 && key.startsWith(p)) {
        const rest = key.slice(p.length);
        if (isVerbForm(model, rest)) return p + ZWNJ_CHAR + rest;
        const restForm = splitSuffix(model, rest, depth, true);
        if (restForm !== undefined) return p + ZWNJ_CHAR + restForm;
      }
    }
  }
  const suffixed = splitSuffix(model, key, depth, false);
  if (suffixed !== undefined) return suffixed;
  if (key.length >= 5 && key.charCodeAt(0) === 0x0628 && key.charCodeAt(1) === YE) {
    const bi = splitBiPrefix(model, key, depth);
    if (bi !== undefined) return bi;
  }
  return splitCompound(model, key, depth) ?? splitGluedTail(model, key, depth);
}

/** Endings a known word may carry glued to it: person endings and object clitics, plural «ان». */
const GLUED_TAILS = ['انی', 'انش', 'شان', 'تان', 'مان', 'ان', 'یم', 'ید', 'ند', 'ی', 'ش', 'م', 'ت'];

const GLUED_TAIL_SET: ReadonlySet<string> = new Set(GLUED_TAILS);
/** Endings splitGluedTail tries, by last code unit, longest first: GLUED_TAILS, plural and comparative suffixes. */
const TAILS_BY_LAST = new Map<number, string[]>();
for (const t of [...new Set([...GLUED_TAILS, ...SUFFIXES.filter((x) => x.startsWith('ها') || x.startsWith('تر'))])].sort((a, b) => b.length - a.length)) {
  const last = t.charCodeAt(t.length - 1);
  const list = TAILS_BY_LAST.get(last);
  if (list) list.push(t);
  else TAILS_BY_LAST.set(last, [t]);
}

/** Whether `rest` is a known word, possibly with a glued ending («تابم»: «تاب» + «م»). */
function isKnownWithTail(model: ZwnjModel, rest: string): boolean {
  if (isKnown(model, rest)) return true;
  for (const t of GLUED_TAILS) {
    if (rest.length >= t.length + 2 && rest.endsWith(t) && isKnown(model, rest.slice(0, rest.length - t.length))) return true;
  }
  return false;
}

/**
 * «بی» before a known word, for an unseen word: «بیرمقی» → «بی‌رمقی». The Academy writes the privative
 * «بی» apart; seen words the gold glues («بیمار», «بیزار») are stored or known and never reach here.
 */
function splitBiPrefix(model: ZwnjModel, key: string, depth: number): string | undefined {
  const rest = key.slice(2);
  // «بیاندیش», «بیاورد»: the subjunctive «ب» before a verb in «ا»; «بیداری»: a known word with an ending.
  const r = rest.charCodeAt(0);
  if (r === 0x0627 || r === 0x0622 || isKnownWithTail(model, key) || !isKnownWithTail(model, rest)) return undefined;
  const restForm = depth < 2 ? (segmentWord(model, rest) ?? rest) : rest;
  return 'بی' + ZWNJ_CHAR + restForm;
}

/**
 * An unseen word made of a word the model splits and a glued ending: «دانشآموزانش» → «دانش‌آموزانش»
 * (the ending stays glued, as the gold writes it).
 */
function splitGluedTail(model: ZwnjModel, key: string, depth: number): string | undefined {
  if (depth > 1) return undefined;
  for (const t of TAILS_BY_LAST.get(key.charCodeAt(key.length - 1)) ?? []) {
    if (key.length < t.length + 4 || !key.endsWith(t)) continue;
    const inner = key.slice(0, key.length - t.length);
    // A plural or comparative is glued only after a non-joining letter («سبزه‌زارها»); else splitSuffix has it.
    if (!GLUED_TAIL_SET.has(t) && (endsWithJoiningLetter(inner) || (t.startsWith(COMPARATIVE) && !model.adjectives.has(inner)))) continue;
    // A seen ZWNJ word, or a back-off split into known words of three letters or more: shorter pieces
    // are too often an ending misread («بازنگریستم» is not «بازنگری‌ستم»).
    let form = model.words.get(inner);
    if (form === undefined) {
      // A known plain word with this ending explains the whole word: nothing to split («ریاضیاتشان»).
      if (isKnown(model, inner)) return undefined;
      form = backOffWord(model, inner, depth + 1);
      if (form !== undefined && !form.split(ZWNJ_CHAR).every((p) => p.length >= 3 && isKnown(model, p))) form = undefined;
    }
    if (form !== undefined && form.indexOf(ZWNJ_CHAR) >= 0 && !SUFFIX_SET.has(lastPiece(form) + t)) return form + t;
  }
  return undefined;
}

function isKnown(model: ZwnjModel, word: string): boolean {
  const count = model.stems.get(word);
  if (count !== undefined) return count >= model.params.minStemCount;
  return model.words.has(word);
}

/** Splits an unseen glued compound where a known word meets a productive piece («بدنسازی» → «بدن‌سازی»). */
function splitCompound(model: ZwnjModel, key: string, depth: number): string | undefined {
  const min = model.params.minPieceGluedRate;
  if (key.length < 5 || min > 1) return undefined;
  let best = -1;
  let bestRate = min;
  // Only the lengths some eligible piece has are tried: a handful of lookups per word.
  for (const len of model.gluedRightLengths) {
    const k = key.length - len;
    if (k < 2) break;
    if (!isJoiningLetter(key.charCodeAt(k - 1))) continue;
    const r = model.rightPieces.get(key.slice(k));
    if (r !== undefined && r[0] >= bestRate && isKnown(model, key.slice(0, k))) {
      best = k;
      bestRate = r[0];
    }
  }
  for (const k of model.gluedLeftLengths) {
    if (key.length - k < 3) break;
    if (!isJoiningLetter(key.charCodeAt(k - 1))) continue;
    const l = model.leftPieces.get(key.slice(0, k));
    if (l !== undefined && l[0] >= bestRate && isKnown(model, key.slice(k))) {
      best = k;
      bestRate = l[0];
    }
  }
  if (best < 0) return undefined;
  const left = key.slice(0, best);
  const right = key.slice(best);
  const leftForm = model.words.get(left) ?? left;
  const rightForm = depth < 2 ? (segmentWord(model, right) ?? right) : right;
  return leftForm + ZWNJ_CHAR + rightForm;
}

/** Object clitics written glued to a verb: «می‌شناسیمش», «نمی‌خواهمشان». */
const VERB_CLITICS = ['شان', 'تان', 'مان', 'ش', 'م', 'ت'];

/** Whether `rest` can follow «می‌»: a verb form, possibly with a glued object clitic. */
function isVerbForm(model: ZwnjModel, rest: string): boolean {
  if (model.verbs.has(rest)) return true;
  for (const c of VERB_CLITICS) {
    if (rest.length > c.length + 1 && rest.endsWith(c) && model.verbs.has(rest.slice(0, rest.length - c.length))) return true;
  }
  return false;
}

/**
 * Stem + suffix split of an unseen word, scored: among the suffixes the word ends with, the one whose
 * stem count × learned attachment rate is highest wins («پیشرفتهای»: «پیشرفته‌ای» vs «پیشرفت‌های»).
 */
function splitSuffix(model: ZwnjModel, key: string, depth: number, verbStem: boolean): string | undefined {
  const list = SUFFIXES_BY_LAST.get(key.charCodeAt(key.length - 1));
  if (!list) return undefined;
  const { minStemCount, minGluedRate } = model.params;
  let best: string | undefined;
  let bestScore = 0;
  for (const s of list) {
    if (key.length < s.length + 2 || !key.endsWith(s)) continue;
    const stem = key.slice(0, key.length - s.length);
    if (!endsWithJoiningLetter(stem) || SUFFIX_SET.has(stem)) continue;
    // A comparative only after a word that takes one: «خطرناکتر», not «لستر» or «دکستر».
    if (s.startsWith(COMPARATIVE) && !model.adjectives.has(stem)) continue;
    const rate = rateOf(model.gluedRates, s, stem);
    if (rate < minGluedRate) continue;
    if (verbStem) {
      if (!model.verbs.has(stem)) continue;
      return stem + ZWNJ_CHAR + s;
    }
    const count = model.stems.get(stem);
    const seen = model.words.get(stem);
    let form: string | undefined;
    let score: number;
    if (count !== undefined && count >= minStemCount) {
      form = (seen ?? stem) + ZWNJ_CHAR + s;
      score = count * rate;
    } else if (seen !== undefined && count === undefined) {
      form = seen + ZWNJ_CHAR + s;
      score = minStemCount * rate;
    } else {
      // A stem that is itself an unseen glued word («توافقنامه» in «توافقنامههای»).
      const inner = backOffWord(model, stem, depth + 1);
      if (inner === undefined) {
        // An unknown stem before a plural suffix («آرامستانهای»): the plural reading, weakly.
        // Not where «ها» belongs to a known word («گرانبهایی»: «گرانبها» + «یی»).
        if (!s.startsWith('ها') || stem.length < 3 || isKnown(model, stem + 'ها')) continue;
        form = stem + ZWNJ_CHAR + s;
        score = 0.1 * rate;
      } else {
        form = inner + ZWNJ_CHAR + s;
        score = 0.5 * rate;
      }
    }
    if (score > bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether the space between two pieces should become a join (ZWNJ, or nothing after a non-joining
 * letter): «می دهد» → join, «کتاب ها» → join, «ماه می سال» → keep, «داده است» → keep.
 */
export function joinsAcrossSpace(model: ZwnjModel, left: string, right: string): boolean {
  const exception = model.pairs.get(left)?.get(right);
  if (exception !== undefined) return exception;
  return backOffGap(model, left, right);
}

/**
 * joinsAcrossSpace for the scan, given the index bits of both pieces: skips every table whose bit is
 * absent, so a common word with pair exceptions costs one inner lookup.
 */
export function joinsAcrossSpaceFlagged(
  model: ZwnjModel,
  left: string,
  right: string,
  leftFlags: number,
  rightFlags: number,
): boolean {
  if (leftFlags & HAS_PAIRS && rightFlags & IS_PAIR_RIGHT) {
    const exception = model.pairs.get(left)!.get(right);
    if (exception !== undefined) return exception;
  }
  if (leftFlags & IS_PREFIX || rightFlags & IS_SUFFIX) return backOffGap(model, left, right);
  if (!(rightFlags & IS_RIGHT_PIECE) && !(leftFlags & IS_LEFT_PIECE)) return false;
  return backOffGap(model, left, right);
}

/** The morphology back-off for a spaced pair the model has no exception for; exported for the trainer. */
export function backOffGap(model: ZwnjModel, left: string, right: string): boolean {
  if (PREFIX_SET.has(left)) return isVerbForm(model, right) || splitSuffix(model, right, 0, true) !== undefined;
  if (SUFFIX_SET.has(right) && left.length >= 2 && !SUFFIX_SET.has(left)) {
    if (!endsWithJoiningLetter(left)) {
      // After ا د ذ ر ز ژ و the plural and comparative are written glued: «کشور ها» → «کشورها».
      return right.startsWith('ها') || right.startsWith('تر') ? model.spacedRates.has(right) : false;
    }
    return rateOf(model.spacedRates, right, left) >= model.params.minSpacedRate;
  }
  if (!endsWithJoiningLetter(left)) return false;
  const min = model.params.minPieceSpacedRate;
  const r = model.rightPieces.get(right);
  if (r !== undefined && r[1] >= min && isKnown(model, left)) return true;
  const l = model.leftPieces.get(left);
  return l !== undefined && l[1] >= min && isKnown(model, right);
}
