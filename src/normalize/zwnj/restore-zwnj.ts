/**
 * The ZWNJ pass over a whole text: one left-to-right scan by char codes that (1) removes invalid
 * ZWNJs, (2) restores ZWNJs inside glued words and (3) turns a space between two parts of one word
 * into a ZWNJ (or removes it after a non-joining letter), writing through TextBuilder. (1) and (2)
 * depend on the token alone and are memoised per model across calls (decideToken, SpanMemo); (3)
 * reads the neighbours and is decided on every call.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import { BoundedCache } from '../../memo/bounded-cache.js';
import { SPAN_HASH_SEED, SpanMemo } from '../../memo/span-memo.js';
import * as affixes from './affixes.js';
import * as chars from './char-classes.js';
import * as seg from './segment-word.js';
import * as zm from './zwnj-model.js';
import type { ZwnjModel } from './zwnj-model.js';
import { detachString } from '../../memo/detach-string.js';
import { nextWordKey } from './next-word-key.js';

// Module-level copies of the imported names: some loaders (tsx, bundlers' dev modes) compile each
// use of an imported binding to a getter call, which costs a third of the scan on the hot loop.
const { suffixKind } = affixes;
const { ZWNJ, ZWNJ_CHAR, endsWithJoiningLetter, isJoiningLetter, isLetter, isMark, lastPiece, WORD_CHAR_0600 } = chars;
const { backOffWord, isSuffixPiece, isVerbPrefixPiece, joinsAcrossSpaceFlagged, segmentWord } = seg;
const { HAS_FORM, IS_CONTEXT_RIGHT, IS_KNOWN, IS_PREFIX, IS_SUFFIX, mayJoin, mayJoinStrictly } = zm;

/** Resolved options of the pass (see ZwnjOptions in index.ts for the documentation). */
export interface ZwnjSettings {
  readonly removeInvalid: boolean;
  readonly glued: boolean;
  readonly spaced: boolean;
  readonly compounds: boolean;
  /** Join spaced compounds even in a text that shows no spaced affix (spacedCompounds: 'always'). */
  readonly compoundsInAnyText: boolean;
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

/**
 * What the scan needs to know about one token on its own (before any join with its neighbours): a
 * pure function of the token, the model and the settings, so it can be memoised across calls.
 */
export interface TokenDecision {
  /** The token's form after cleaning and glued restoration. */
  readonly form: string;
  /** The form up to its first ZWNJ (the right side of a join with the previous token), and its index bits. */
  readonly first: string;
  readonly firstFlags: number;
  /** The form after its last ZWNJ (the left side of a join with the next token), and its index bits. */
  readonly last: string;
  readonly lastFlags: number;
  /** Whether the form differs from the token. */
  readonly changed: boolean;
  /** The edits that turn the token into its form, relative to its start (undefined when unchanged). */
  readonly ops: readonly GroupOp[] | undefined;
  /**
   * For a glued «…های» the model can read both ways, the other reading («حرفه‌ای» for «حرف‌های», and
   * back); the scan takes it when the next word supports it (ZwnjModel.heNext).
   */
  readonly alt: TokenDecision | undefined;
  /** Whether `alt` is the plural reading «X‌های». */
  readonly altIsPlural: boolean;
}

/** A join of two neighbouring forms across a space: the joined form and its last piece. */
export interface JoinDecision {
  readonly form: string;
  readonly last: string;
  readonly lastFlags: number;
  /** Always undefined: a joined group's edits depend on the spaces in the text, so they are worked out each time. */
  readonly ops: readonly GroupOp[] | undefined;
}

/** Decides one token (found by the scan; `hasZwnj` says whether it holds a ZWNJ). */
function decideToken(model: ZwnjModel, token: string, hasZwnj: boolean, settings: ZwnjSettings): TokenDecision {
  const index = model.index;
  let form: string;
  let flags = 0;
  if (!hasZwnj) flags = index.get(token) ?? 0;
  if (!hasZwnj && settings.overrides.size === 0) {
    // One lookup tells whether the word has a stored form, is known, or needs the back-off.
    if (!settings.glued || (flags & IS_KNOWN && !(flags & HAS_FORM)) || token.length < 3) form = token;
    else if (flags & HAS_FORM) form = accept(segmentWord(model, token), settings) ?? token;
    else {
      form = accept(backOffWord(model, token, 0), settings) ?? token;
      if (form !== token) form = stabilize(model, form, settings);
    }
  } else if (hasZwnj && settings.glued && settings.removeInvalid && settings.overrides.size === 0) {
    const clean = cleanToken(token);
    form = clean.length >= 2 ? stabilize(model, clean, settings) : clean;
  } else {
    const clean = hasZwnj && settings.removeInvalid ? cleanToken(token) : token;
    form = clean.length >= 2 ? restoreToken(model, clean, settings) : clean;
    if (settings.glued && form.indexOf(ZWNJ_CHAR) >= 0) form = stabilize(model, form, settings);
  }
  const other = hasZwnj || !settings.glued || model.heNext.size === 0 ? undefined : otherReading(model, token, form, settings);
  if (other === undefined) return describeForm(model, token, form, hasZwnj, flags, undefined, false);
  const alt = describeForm(model, token, other.form, false, 0, undefined, false);
  return describeForm(model, token, form, hasZwnj, flags, alt, other.isPlural);
}

/**
 * The decision fields of `form` for `token`. Every decision gets the same fields in the same order, so
 * the scan's reads of them stay monomorphic.
 */
function describeForm(
  model: ZwnjModel,
  token: string,
  form: string,
  hasZwnj: boolean,
  flags: number,
  alt: TokenDecision | undefined,
  altIsPlural: boolean,
): TokenDecision {
  const index = model.index;
  const changed = form !== token;
  if (!changed && !hasZwnj) {
    return { form, first: form, firstFlags: flags, last: form, lastFlags: flags, changed, ops: undefined, alt, altIsPlural };
  }
  const ops = changed ? recordGroupOps(token, form) : undefined;
  const first = firstPiece(form);
  const firstFlags = index.get(first) ?? 0;
  if (first.length === form.length) {
    return { form, first: form, firstFlags, last: form, lastFlags: firstFlags, changed, ops, alt, altIsPlural };
  }
  const last = lastPiece(form);
  return { form, first, firstFlags, last, lastFlags: index.get(last) ?? 0, changed, ops, alt, altIsPlural };
}

const PLURAL_EZAFE = 'های';

/**
 * The other reading of a glued word ending in «های» when the model wrote one of the two: «X‌های»
 * (plural + ezafe) and «Xه‌ای» (indefinite or adjective «‌ای» after «ه»), if the other stem is a known word.
 */
function otherReading(model: ZwnjModel, key: string, form: string, settings: ZwnjSettings): { form: string; isPlural: boolean } | undefined {
  if (key.length < 5 || !key.endsWith(PLURAL_EZAFE) || model.heFixed.has(key)) return undefined;
  const known = (w: string): boolean => model.stems.has(w) || model.words.has(w);
  let other: string;
  let isPlural: boolean;
  if (form.endsWith(ZWNJ_CHAR + PLURAL_EZAFE)) {
    const stem = key.slice(0, key.length - 2);
    if (!known(stem)) return undefined;
    other = (model.words.get(stem) ?? stem) + ZWNJ_CHAR + 'ای';
    isPlural = false;
  } else if (form.endsWith('ه' + ZWNJ_CHAR + 'ای')) {
    const stem = key.slice(0, key.length - 3);
    if (!known(stem) || !endsWithJoiningLetter(stem)) return undefined;
    other = (model.words.get(stem) ?? stem) + ZWNJ_CHAR + PLURAL_EZAFE;
    isPlural = true;
  } else return undefined;
  other = stabilize(model, other, settings);
  return other === form || other.indexOf(ZWNJ_CHAR) < 0 ? undefined : { form: other, isPlural };
}

/**
 * Sizes of the memos. The bench text (2.7M chars, 513,000 words) has about 42,000 distinct words, and
 * the 30,000 most frequent make up 97.5% of its running words, so a memo of 50,000 tokens (about 2 MB
 * of slots) rarely starts over; the join memo holds 10,000 per generation. The bounds keep memory flat
 * on a stream of any length.
 */
const TOKEN_CACHE_CAPACITY = 50_000;
const JOIN_CACHE_CAPACITY = 10_000;

/** Per-token and per-join memos of one model under one set of settings. */
export interface ZwnjMemos {
  readonly tokens: SpanMemo<TokenDecision>;
  readonly joins: BoundedCache<JoinDecision>;
}

/** Fresh memos; restoreZwnjWith keeps its own per model and settings, tests pass tiny ones to force evictions. */
export function createZwnjMemos(tokenCapacity = TOKEN_CACHE_CAPACITY, joinCapacity = JOIN_CACHE_CAPACITY): ZwnjMemos {
  return { tokens: new SpanMemo(tokenCapacity), joins: new BoundedCache(joinCapacity) };
}
/** Settings variants remembered per model; callers use a handful (the options), so this never fills in practice. */
const MAX_SETTINGS_VARIANTS = 16;

/**
 * The memos, by model object and by settings. A lazy cache of a read-only model, as the style allows:
 * it lives as long as the model, and its entries are pure functions of their keys, so output never
 * depends on what was normalized before. A model must not be mutated once a text was run with it.
 */
const CACHES = new WeakMap<ZwnjModel, Map<string, ZwnjMemos>>();

function settingsKey(settings: ZwnjSettings): string {
  let key = `${settings.removeInvalid ? 1 : 0}${settings.glued ? 1 : 0}${settings.compounds ? 1 : 0}${settings.compoundsInAnyText ? 1 : 0}`;
  for (const [word, form] of settings.overrides) key += `\u0001${word}\u0002${form}`;
  return key;
}

function cachesFor(model: ZwnjModel, settings: ZwnjSettings): ZwnjMemos {
  let byKey = CACHES.get(model);
  if (!byKey) CACHES.set(model, (byKey = new Map()));
  const key = settingsKey(settings);
  let caches = byKey.get(key);
  if (!caches) {
    caches = createZwnjMemos();
    // Beyond the bound (a caller looping over made-up override maps), memos last one call.
    if (byKey.size < MAX_SETTINGS_VARIANTS) byKey.set(key, caches);
  }
  return caches;
}

/** Bits of a token's memo info (SpanMemo): its first and last pieces' index bits and three facts of its form. */
const FLAG_BITS =
  32 -
  Math.clz32(
    zm.IS_KNOWN | zm.HAS_FORM | zm.IS_PREFIX | zm.IS_SUFFIX | zm.HAS_PAIRS | zm.IS_RIGHT_PIECE | zm.IS_LEFT_PIECE |
      zm.IS_PAIR_RIGHT | zm.IS_CONTEXT_RIGHT | zm.IS_STRONG_LEFT | zm.IS_STRONG_RIGHT,
  );
const FLAG_MASK = (1 << FLAG_BITS) - 1;
const CHANGED = 1 << (2 * FLAG_BITS);
/** The decision has another reading the next word chooses between (TokenDecision.alt). */
const HAS_ALT = CHANGED << 3;
/** The form starts with a letter: it may be the right part of a join across a space. */
const STARTS_WITH_LETTER = CHANGED << 1;
/** The form ends with a letter: it may be the left part of a join across a space. */
const ENDS_WITH_LETTER = CHANGED << 2;
/** The form starts with «می»/«نمی» and a ZWNJ («می‌شود»): the text does not write its ZWNJs as spaces. */
const PREFIX_JOINED = CHANGED << 4;
const KASHIDA = 0x0640;

/**
 * Whether `code` is a letter a join may stand next to. A kashida counts as a joining letter elsewhere,
 * but one standing alone («بی ــ») is decoration, and folding drops it once a ZWNJ glues it to a word:
 * joining it would change the text again on the next run.
 */
function isJoinLetter(code: number): boolean {
  return code !== KASHIDA && isLetter(code);
}

function infoOf(d: TokenDecision): number {
  const form = d.form;
  return (
    (d.firstFlags & FLAG_MASK) |
    ((d.lastFlags & FLAG_MASK) << FLAG_BITS) |
    (d.changed ? CHANGED : 0) |
    (form.length > 0 && isJoinLetter(form.charCodeAt(0)) ? STARTS_WITH_LETTER : 0) |
    (form.length > 0 && isJoinLetter(form.charCodeAt(form.length - 1)) ? ENDS_WITH_LETTER : 0) |
    (d.alt !== undefined ? HAS_ALT : 0) |
    ((d.firstFlags & IS_PREFIX) !== 0 && d.first.length < form.length ? PREFIX_JOINED : 0)
  );
}

/**
 * Runs the pass with an explicit model (the trainer and the eval call this directly). `memos` must
 * belong to this model and these settings; by default they are the ones kept for the pair.
 */
export function restoreZwnjWith(
  model: ZwnjModel,
  text: string,
  settings: ZwnjSettings,
  memos: ZwnjMemos = cachesFor(model, settings),
): PassResult {
  let spacedAtStart = settings.compoundsInAnyText;
  let unspacedAtStart = false;
  // A scan stops when it learns something about the text that changes a decision it already took: scan
  // again knowing it from the start (the rescans hit the memos). Each redo sets a flag that was unset,
  // and a scan with both set never stops early, so there are at most three scans.
  for (;;) {
    const scan = scanText(model, text, settings, memos, spacedAtStart, unspacedAtStart);
    if (scan.redo === false) return scan.result;
    if (scan.redo === 'spaced') spacedAtStart = true;
    else unspacedAtStart = true;
  }
}

/**
 * One scan of the pass. Spaced compounds join only once `spacedStyle` holds: from the start when asked,
 * else from the first spaced affix the scan joins («می شود», «کتاب ها»), the evidence that the text
 * writes its ZWNJs as spaces; a strong pair («بین المللی») joins in a text with no evidence either way
 * but is no such evidence, as a writer may space it where the gold rarely does. In a text whose ZWNJs
 * were stripped («میشود») or are correct («می‌شود»), `unspacedStyle`, a space between two words is a
 * real space: there even a strong pair stays apart («عقب افتاده»).
 * `redo` asks for another scan when a decision was taken before the evidence came.
 */
function scanText(
  model: ZwnjModel,
  text: string,
  settings: ZwnjSettings,
  memos: ZwnjMemos,
  spacedAtStart: boolean,
  unspacedAtStart: boolean,
): { result: PassResult; redo: false } | { result: undefined; redo: 'spaced' | 'unspaced' } {
  // Locals, not imported bindings, on the hot loop: some module loaders turn those into getter calls.
  const WORD = WORD_CHAR_0600;
  const ZW = ZWNJ;
  const SEED = SPAN_HASH_SEED;
  const builder = new TextBuilder(text);
  const n = text.length;
  const { tokens, joins } = memos;
  const overrides = settings.overrides;
  const spaced = settings.spaced;
  const index = model.index;
  // The pending group: tokens joined across spaces so far, written out once the next gap stays a space.
  let groupStart = -1;
  let groupChanged = false;
  let prevEnd = -1;
  // The previous form: its ENDS_WITH_LETTER bit and last piece's index bits (as in the memo's info), and the
  // form itself, held either as an object or, for a memo hit, as its slot (read only when needed).
  let prevInfo = 0;
  let prevRef: JoinDecision | undefined;
  let prevSlot = -1;
  // Whether the text writes ZWNJs as spaces, as far as the scan knows: compounds join only then, strong
  // pairs and affixes always. Each affix join is evidence.
  let spacedStyle = spacedAtStart;
  // A gap a compound might have joined was left apart while spacedStyle did not hold: such gaps are not
  // looked up (a stripped text pays for affix and strong-pair gaps only); should evidence come later,
  // the scan stops and the caller scans again with spacedStyle from the start.
  let weakSkipped = false;
  // Whether the text shows a «می‌» joined to its verb, and whether a strong pair was joined before it did.
  let unspacedStyle = unspacedAtStart;
  let strongJoined = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === ZW ? false : c < 0x0600 || c > 0x06ff || WORD[c - 0x0600] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasZwnj = c === ZW;
    // The span hash of the word (SpanMemo's), folded in while its end is found.
    let hash = Math.imul(SEED ^ c, 0x01000193);
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0x0600 && d <= 0x06ff) {
        if (WORD[d - 0x0600] === 0) break;
      } else if (d === ZW) hasZwnj = true;
      else break;
      hash = Math.imul(hash ^ d, 0x01000193);
      j++;
    }
    let slot = tokens.find(text, i, j, hash);
    let decision: TokenDecision | undefined;
    let info: number;
    if (slot < 0) {
      decision = decideToken(model, detachString(text.slice(i, j)), hasZwnj, settings);
      info = infoOf(decision);
      // Adding may start the memo over: take the previous form out of it first.
      if (prevRef === undefined && prevSlot >= 0) prevRef = tokens.value(prevSlot);
      slot = tokens.add(text, i, j, hash, info, decision);
    } else info = tokens.info(slot);
    if (info & HAS_ALT) {
      // Rare (a glued «…های» with two readings): the next word decides, «حرفهای که» → «حرفه‌ای که».
      if (decision === undefined) decision = tokens.value(slot);
      const next = nextWordKey(text, j);
      if (next !== undefined && model.heNext.get(next) === decision.altIsPlural) {
        decision = decision.alt!;
        info = infoOf(decision);
      }
    }
    // «می‌شود» as the pass writes it, from a glued «میشود» (the text's ZWNJs were stripped) or as it was
    // (they are correct): either way the text does not put spaces for its ZWNJs. A second run sees the
    // first run's «می‌شود», so it decides as the first did. Plurals are no such sign: older texts glue
    // «سالها» on purpose (Seraji) and space their compounds' ZWNJs.
    if ((info & PREFIX_JOINED) !== 0 && !unspacedStyle) {
      if (strongJoined && !spacedStyle) return { result: undefined, redo: 'unspaced' };
      unspacedStyle = true;
    }
    let join: JoinDecision | undefined;
    let look = false;
    if (
      spaced &&
      prevEnd === i - 1 &&
      text.charCodeAt(prevEnd) === 0x20 &&
      (info & STARTS_WITH_LETTER) !== 0 &&
      (prevInfo & ENDS_WITH_LETTER) !== 0
    ) {
      const leftFlags = (prevInfo >> FLAG_BITS) & FLAG_MASK;
      const rightFlags = info & FLAG_MASK;
      // Most gaps fail the first test; mayJoinStrictly's cases are a subset of mayJoin's.
      if (mayJoin(leftFlags, rightFlags)) {
        if (spacedStyle || mayJoinStrictly(leftFlags, rightFlags)) look = true;
        // A gap only a compound could join: left apart without a lookup, remembered in case of a rescan.
        else if (overrides.size === 0) weakSkipped = true;
      }
      if (overrides.size > 0) look = true;
    }
    if (look) {
      if (decision === undefined) decision = tokens.value(slot);
      const prev = prevRef ?? tokens.value(prevSlot);
      const form = decision.form;
      const prevForm = prev.form;
      const firstFlags = decision.firstFlags;
      const left = prev.last;
      const right = decision.first;
      const forced = overrides.size > 0 ? overrides.get(left + right) : undefined;
      let separator: string | undefined;
      const byContext = firstFlags & IS_CONTEXT_RIGHT && form === right ? model.context.get(right)!.get(nextWord(text, j)) : undefined;
      if (forced !== undefined) separator = forced.indexOf(ZWNJ_CHAR) >= 0 ? ZWNJ_CHAR : '';
      else if (byContext !== undefined) {
        if (byContext && endsWithJoiningLetter(prevForm)) {
          if (spacedStyle) separator = ZWNJ_CHAR;
          else weakSkipped = true;
        }
      } else if (joinsAcrossSpaceFlagged(model, left, right, prev.lastFlags, firstFlags)) {
        // The index bits say whether the pieces are affixes (isVerbPrefixPiece, isSuffixPiece) in one test.
        if ((prev.lastFlags & IS_PREFIX) !== 0 || (firstFlags & IS_SUFFIX) !== 0) {
          // The first sign that the text writes ZWNJs as spaces: if a compound was left apart before
          // it, stop here, the caller scans again knowing this from the start.
          if (!spacedStyle && weakSkipped) return { result: undefined, redo: 'spaced' };
          spacedStyle = true;
          separator = endsWithJoiningLetter(prevForm) ? ZWNJ_CHAR : '';
        } else if (settings.compounds) {
          if (spacedStyle) separator = endsWithJoiningLetter(prevForm) ? ZWNJ_CHAR : '';
          else if (!unspacedStyle && model.strongPairs.get(left)?.has(right) === true) {
            separator = endsWithJoiningLetter(prevForm) ? ZWNJ_CHAR : '';
            strongJoined = true;
          } else weakSkipped = true;
        }
      }
      if (separator !== undefined) {
        // The joined word is one token for a second pass: give it the form that pass would give it.
        const key = prevForm + separator + form;
        if (!settings.glued) {
          const last = lastPiece(key);
          join = { form: key, last, lastFlags: index.get(last) ?? 0, ops: undefined };
        } else {
          join = joins.get(key);
          if (join === undefined) {
            const joined = stabilize(model, key, settings);
            const last = lastPiece(joined);
            join = { form: joined, last, lastFlags: index.get(last) ?? 0, ops: undefined };
            joins.set(key, join);
          }
        }
      }
    }
    if (join === undefined) {
      if (groupChanged) flushGroup(builder, text, groupStart, prevEnd, prevRef ?? tokens.value(prevSlot));
      groupStart = i;
      groupChanged = (info & CHANGED) !== 0;
      prevInfo = info;
      prevRef = decision;
      prevSlot = slot;
    } else {
      groupChanged = true;
      prevInfo = ENDS_WITH_LETTER | ((join.lastFlags & FLAG_MASK) << FLAG_BITS);
      prevRef = join;
      prevSlot = -1;
    }
    prevEnd = j;
    i = j;
  }
  if (groupChanged) flushGroup(builder, text, groupStart, prevEnd, prevRef ?? tokens.value(prevSlot));
  return { result: builder.finish(), redo: false };
}

/** Writes a finished group: a lone token replays its recorded edits, a joined group is compared anew. */
function flushGroup(builder: TextBuilder, text: string, start: number, end: number, last: JoinDecision): void {
  const ops = last.ops;
  if (ops === undefined) {
    writeGroupEdits(builder, text, start, end, last.form);
    return;
  }
  for (const op of ops) {
    builder.keepTo(start + op.at);
    builder.replace(op.inputLength, op.output, op.rule);
  }
}

/** One edit of a group, relative to the group's start: what TextBuilder.replace receives. */
export interface GroupOp {
  readonly at: number;
  readonly inputLength: number;
  readonly output: string;
  readonly rule: string;
}

/** What writeGroupEdits writes to: TextBuilder, or a recorder of the edits. */
interface EditSink {
  keepTo(inputEnd: number): void;
  replace(inputLength: number, output: string, rule: string): void;
  insert(output: string, rule: string): void;
  delete(inputLength: number, rule: string): void;
}

/** Records writeGroupEdits' calls as GroupOps, so a token's edits are worked out once and replayed. */
class GroupOpRecorder implements EditSink {
  readonly ops: GroupOp[] = [];
  private position = 0;

  keepTo(inputEnd: number): void {
    if (inputEnd > this.position) this.position = inputEnd;
  }

  replace(inputLength: number, output: string, rule: string): void {
    this.ops.push({ at: this.position, inputLength, output, rule });
    this.position += inputLength;
  }

  insert(output: string, rule: string): void {
    this.replace(0, output, rule);
  }

  delete(inputLength: number, rule: string): void {
    this.replace(inputLength, '', rule);
  }
}

/** The edits that turn `token` (one token, no spaces) into `form`. */
function recordGroupOps(token: string, form: string): readonly GroupOp[] {
  const recorder = new GroupOpRecorder();
  writeGroupEdits(recorder, token, 0, token.length, form);
  return recorder.ops;
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
function writeGroupEdits(builder: EditSink, text: string, start: number, end: number, form: string): void {
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
