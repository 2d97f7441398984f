/**
 * The ZWNJ pass over a whole text: one left-to-right scan by char codes that (1) removes invalid
 * ZWNJs, (2) restores ZWNJs inside glued words and (3) turns a space between two parts of one word
 * into a ZWNJ (or removes it after a non-joining letter), writing through TextBuilder.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import * as affixes from './affixes.js';
import * as chars from './char-classes.js';
import * as seg from './segment-word.js';
import * as zm from './zwnj-model.js';
import type { ZwnjModel } from './zwnj-model.js';

// Module-level copies of the imported names: some loaders (tsx, bundlers' dev modes) compile each
// use of an imported binding to a getter call, which costs a third of the scan on the hot loop.
const { suffixKind } = affixes;
const { ZWNJ, ZWNJ_CHAR, endsWithJoiningLetter, isJoiningLetter, isLetter, isMark, WORD_CHAR_0600 } = chars;
const { backOffWord, isSuffixPiece, isVerbPrefixPiece, joinsAcrossSpaceFlagged, segmentWord } = seg;
const { HAS_FORM, IS_CONTEXT_RIGHT, IS_KNOWN, mayJoin } = zm;

/** Resolved options of the pass (see ZwnjOptions in index.ts for the documentation). */
export interface ZwnjSettings {
  readonly removeInvalid: boolean;
  readonly glued: boolean;
  readonly spaced: boolean;
  readonly compounds: boolean;
  /** Forced forms for words whose spelling legitimately varies, by ZWNJ-free key. */
  readonly overrides: ReadonlyMap<string, string>;
}

const RULES = {
  glued: { mi: 'zwnj/glued-mi', plural: 'zwnj/glued-plural', comparative: 'zwnj/glued-comparative', clitic: 'zwnj/glued-clitic', compound: 'zwnj/compound' },
  spaced: { mi: 'zwnj/spaced-mi', plural: 'zwnj/spaced-plural', comparative: 'zwnj/spaced-comparative', clitic: 'zwnj/spaced-clitic', compound: 'zwnj/spaced-compound' },
} as const;

/** Where a ZWNJ joins `left` and `right` pieces: which rule family that is. */
function ruleFor(kind: 'glued' | 'spaced', left: string, right: string): string {
  const rules = RULES[kind];
  if (isVerbPrefixPiece(left)) return rules.mi;
  if (isSuffixPiece(right)) return rules[suffixKind(right)];
  return rules.compound;
}

function lastPiece(form: string): string {
  const k = form.lastIndexOf(ZWNJ_CHAR);
  return k < 0 ? form : form.slice(k + 1);
}

function firstPiece(form: string): string {
  const k = form.indexOf(ZWNJ_CHAR);
  return k < 0 ? form : form.slice(0, k);
}

/** Whether a compound (non-affix) ZWNJ appears in `form`; used when compounds are switched off. */
function hasCompoundJoin(form: string): boolean {
  const pieces = form.split(ZWNJ_CHAR);
  for (let k = 1; k < pieces.length; k++) {
    if (!isVerbPrefixPiece(pieces[k - 1]!) && !isSuffixPiece(pieces[k]!)) return true;
  }
  return false;
}

/**
 * Removes invalid ZWNJs of one token: after a non-joining letter, at an edge, in runs. The last ZWNJ
 * before a combining mark stays: removing it would put the mark on the letter before, which the
 * character folding of a second normalize would then compose («ی‌ٔ» → «ئ»), breaking idempotence.
 */
export function cleanToken(token: string): string {
  let out = '';
  let lastLetter = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c === ZWNJ) {
      const next = k + 1 < token.length ? token.charCodeAt(k + 1) : 0;
      if (isMark(next)) out += ZWNJ_CHAR;
      else if (lastLetter !== 0 && isJoiningLetter(lastLetter) && isLetter(next) && out.charCodeAt(out.length - 1) !== ZWNJ) {
        out += ZWNJ_CHAR;
      }
      continue;
    }
    if (!isMark(c)) lastLetter = c;
    out += token[k];
  }
  return out;
}

/** The form of one token after glued restoration (the input token already cleaned). */
function restoreToken(model: ZwnjModel, clean: string, settings: ZwnjSettings): string {
  const hasZwnj = clean.indexOf(ZWNJ_CHAR) >= 0;
  const key = hasZwnj ? clean.split(ZWNJ_CHAR).join('') : clean;
  const forced = settings.overrides.get(key);
  if (forced !== undefined) return forced;
  if (!settings.glued) return clean;
  if (!hasZwnj) return accept(segmentWord(model, key), settings) ?? clean;
  // The form the key would get without its ZWNJs, when it keeps them all: so a word the pass wrote
  // («نمی‌رویاند» from «نمیرویاند») is left as it is by a second pass.
  const whole = segmentWord(model, key);
  if (whole !== undefined && keepsExisting(clean, whole) && accept(whole, settings) !== undefined) return whole;
  const pieces = clean.split(ZWNJ_CHAR);
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const form = piece.length >= 3 ? accept(segmentWord(model, piece), settings) : undefined;
    if (form !== undefined) pieces[k] = form;
  }
  return pieces.join(ZWNJ_CHAR);
}

function accept(form: string | undefined, settings: ZwnjSettings): string | undefined {
  if (form === undefined || settings.compounds) return form;
  return hasCompoundJoin(form) ? undefined : form;
}

/** Whether `form` has a ZWNJ at every place `clean` has one (we never remove a valid ZWNJ). */
function keepsExisting(clean: string, form: string): boolean {
  let f = 0;
  for (let k = 0; k < clean.length; k++) {
    const c = clean.charCodeAt(k);
    if (c === ZWNJ) {
      if (form.charCodeAt(f) !== ZWNJ) return false;
      f++;
      continue;
    }
    if (form.charCodeAt(f) === ZWNJ) f++;
    f++;
  }
  return true;
}

/** Bound on the per-call memo of back-off results, so huge inputs keep bounded memory. */
const MAX_MEMO = 20_000;

/**
 * The form a second pass would leave unchanged: restoreToken until nothing changes. restoreToken only
 * adds ZWNJs to a token that has some, so this ends within a few rounds; it makes the pass idempotent.
 */
function stabilize(model: ZwnjModel, form: string, settings: ZwnjSettings): string {
  for (let round = 0; round < 4; round++) {
    if (form.length < 2) return form;
    const next = restoreToken(model, cleanToken(form), settings);
    if (next === form) return form;
    form = next;
  }
  return form;
}

/** Runs the pass with an explicit model (the trainer and the eval call this directly). */
export function restoreZwnjWith(model: ZwnjModel, text: string, settings: ZwnjSettings): PassResult {
  // Locals, not imported bindings, on the hot loop: some module loaders turn those into getter calls.
  const WORD = WORD_CHAR_0600;
  const ZW = ZWNJ;
  const builder = new TextBuilder(text);
  const n = text.length;
  // The pending group: tokens joined across spaces so far, written out once the next gap stays a space.
  let groupStart = -1;
  let groupChanged = false;
  let prevEnd = -1;
  let prevForm = '';
  let prevLastFlags = 0;
  let prevLast = '';
  const unknown = new Map<string, string>();
  // Tokens with ZWNJs and joined words repeat too («می‌شود», «کتاب‌ها»): their stable forms, bounded.
  const stable = new Map<string, string>();
  const stableForm = (raw: string): string => {
    let out = stable.get(raw);
    if (out === undefined) {
      const clean = cleanToken(raw);
      out = clean.length >= 2 ? stabilize(model, clean, settings) : clean;
      if (stable.size < MAX_MEMO) stable.set(raw, out);
    }
    return out;
  };
  // Joins by their two parts: both strings are already hashed, the concatenation would not be.
  const joins = new Map<string, Map<string, string>>();
  let joinCount = 0;
  const joinedForm = (left: string, separator: string, right: string): string => {
    let inner = joins.get(left);
    let out = inner?.get(right);
    if (out === undefined) {
      out = stabilize(model, left + separator + right, settings);
      if (joinCount++ < MAX_MEMO) {
        if (!inner) joins.set(left, (inner = new Map()));
        inner.set(right, out);
      }
    }
    return out;
  };
  const index = model.index;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === ZW ? false : c < 0x0600 || c > 0x06ff || WORD[c - 0x0600] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasZwnj = c === ZW;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0x0600 && d <= 0x06ff) {
        if (WORD[d - 0x0600] === 0) break;
      } else if (d === ZW) hasZwnj = true;
      else break;
      j++;
    }
    const token = text.slice(i, j);
    let form: string;
    let flags = 0;
    if (!hasZwnj) flags = index.get(token) ?? 0;
    if (!hasZwnj && settings.overrides.size === 0) {
      // Fast path: one lookup tells whether the word has a stored form, is known, or needs the back-off.
      if (!settings.glued || (flags & IS_KNOWN && !(flags & HAS_FORM)) || token.length < 3) form = token;
      else if (flags & HAS_FORM) form = accept(segmentWord(model, token), settings) ?? token;
      else {
        // Unknown words repeat within a text («میشود»): remember their back-off, up to a bound.
        const memo = unknown.get(token);
        if (memo !== undefined) form = memo;
        else {
          form = accept(backOffWord(model, token, 0), settings) ?? token;
          if (form !== token) form = stabilize(model, form, settings);
          if (unknown.size < MAX_MEMO) unknown.set(token, form);
        }
      }
    } else if (hasZwnj && settings.glued && settings.removeInvalid && settings.overrides.size === 0) {
      form = stableForm(token);
    } else {
      const clean = hasZwnj && settings.removeInvalid ? cleanToken(token) : token;
      form = clean.length >= 2 ? restoreToken(model, clean, settings) : clean;
      if (settings.glued && form.indexOf(ZWNJ_CHAR) >= 0) form = stabilize(model, form, settings);
    }
    const formHasZwnj = form !== token && form.indexOf(ZWNJ_CHAR) >= 0;
    const firstFlags = form === token && !hasZwnj ? flags : (index.get(firstPiece(form)) ?? 0);
    let joined = false;
    if (
      settings.spaced &&
      prevEnd === i - 1 &&
      text.charCodeAt(prevEnd) === 0x20 &&
      form.length > 0 &&
      prevForm.length > 0 &&
      isLetter(form.charCodeAt(0)) &&
      (mayJoin(prevLastFlags, firstFlags) || settings.overrides.size > 0)
    ) {
      const left = prevLast;
      const right = form === token && !hasZwnj ? token : firstPiece(form);
      const forced = settings.overrides.size > 0 ? settings.overrides.get(left + right) : undefined;
      let separator: string | undefined;
      const byContext = firstFlags & IS_CONTEXT_RIGHT && form === right ? model.context.get(right)!.get(nextWord(text, j)) : undefined;
      if (forced !== undefined) separator = forced.indexOf(ZWNJ_CHAR) >= 0 ? ZWNJ_CHAR : '';
      else if (byContext !== undefined) {
        if (byContext && endsWithJoiningLetter(prevForm)) separator = ZWNJ_CHAR;
      } else if (
        joinsAcrossSpaceFlagged(model, left, right, prevLastFlags, firstFlags) &&
        (settings.compounds || isVerbPrefixPiece(left) || isSuffixPiece(right))
      ) {
        separator = endsWithJoiningLetter(prevForm) ? ZWNJ_CHAR : '';
      }
      if (separator !== undefined) {
        // The joined word is one token for a second pass: give it the form that pass would give it.
        if (!settings.glued) form = prevForm + separator + form;
        else if (settings.overrides.size === 0) form = joinedForm(prevForm, separator, form);
        else form = stabilize(model, prevForm + separator + form, settings);
        joined = true;
      }
    }
    if (!joined) {
      if (groupChanged) writeGroupEdits(builder, text, groupStart, prevEnd, prevForm);
      groupStart = i;
      groupChanged = form !== token;
    } else groupChanged = true;
    prevEnd = j;
    prevForm = form;
    if (joined || formHasZwnj || hasZwnj) {
      prevLast = lastPiece(form);
      prevLastFlags = index.get(prevLast) ?? 0;
    } else {
      prevLast = form;
      prevLastFlags = firstFlags;
    }
    i = j;
  }
  if (groupChanged) writeGroupEdits(builder, text, groupStart, prevEnd, prevForm);
  return builder.finish();
}

/** The word after a single space at `end` up to its first ZWNJ, or '' when anything else follows. */
function nextWord(text: string, end: number): string {
  if (text.charCodeAt(end) !== 0x20) return '';
  let k = end + 1;
  while (k < text.length) {
    const d = text.charCodeAt(k);
    if (d < 0x0600 || d > 0x06ff || WORD_CHAR_0600[d - 0x0600] === 0) break;
    k++;
  }
  return text.slice(end + 1, k);
}

/** Where the piece of `form` that starts at `from` ends (its next ZWNJ or the end). */
function nextPieceEnd(form: string, from: number): number {
  const k = form.indexOf(ZWNJ_CHAR, from);
  return k < 0 ? form.length : k;
}

/**
 * Emits the difference between text[start, end) (tokens separated by single spaces) and `form`: the
 * same letters, with spaces turned into ZWNJs or removed and ZWNJs added or removed inside tokens.
 */
function writeGroupEdits(builder: TextBuilder, text: string, start: number, end: number, form: string): void {
  const span = end - start;
  let o = 0;
  let f = 0;
  let pieceStart = 0;
  while (o < span || f < form.length) {
    const oc = o < span ? text.charCodeAt(start + o) : -1;
    const fc = f < form.length ? form.charCodeAt(f) : -1;
    if (oc === 0x20) {
      builder.keepTo(start + o);
      if (fc === ZWNJ) {
        builder.replace(1, ZWNJ_CHAR, ruleFor('spaced', form.slice(pieceStart, f), form.slice(f + 1, nextPieceEnd(form, f + 1))));
        f++;
        pieceStart = f;
      } else {
        // After a non-joining letter the parts are written together: «کشور ها» → «کشورها».
        builder.delete(1, ruleFor('spaced', form.slice(pieceStart, f), form.slice(f, nextPieceEnd(form, f))));
      }
      o++;
    } else if (oc === ZWNJ && fc === ZWNJ) {
      o++;
      f++;
      pieceStart = f;
    } else if (oc === ZWNJ) {
      builder.keepTo(start + o);
      builder.delete(1, 'zwnj/remove-invalid');
      o++;
    } else if (fc === ZWNJ) {
      builder.keepTo(start + o);
      builder.insert(ZWNJ_CHAR, ruleFor('glued', form.slice(pieceStart, f), form.slice(f + 1, nextPieceEnd(form, f + 1))));
      f++;
      pieceStart = f;
    } else {
      o++;
      f++;
    }
  }
}
