/**
 * The ZWNJ model: word forms, stem counts, verb continuations, pair exceptions and affix rates derived
 * by zwnj.train.ts from the UD Persian raw train text, Hazm and Unilex; parsed lazily, once.
 */
import { DabirError } from '../../errors.js';
import { lazyModel, loadModelJson, loadModelText } from '../../model-loader/load-model.js';
import { SUFFIXES, VERB_PREFIXES, verbContinuations } from './affixes.js';
import { stripZwnj } from './char-classes.js';

export const ZWNJ_FORMAT_VERSION = 4;

/** Thresholds of the scored segmentation, tuned by the trainer on a held-back fold of the train text. */
export interface ZwnjParams {
  /** Minimum stem count (UD count + scaled Unilex count) for a suffix split of an unseen word. */
  readonly minStemCount: number;
  /** Minimum learned rate for a glued suffix split of an unseen word. */
  readonly minGluedRate: number;
  /** Minimum learned rate for joining a spaced suffix piece. */
  readonly minSpacedRate: number;
  /** Minimum learned rate for splitting an unseen glued compound at an open-class piece. */
  readonly minPieceGluedRate: number;
  /** Minimum learned rate for joining an unseen spaced pair at an open-class piece. */
  readonly minPieceSpacedRate: number;
}

/** How often an open-class compound piece («سازی», «بی») is joined by ZWNJ: [glued input, spaced input]. */
export type PieceRates = readonly [glued: number, spaced: number];

/** Per suffix: how often gold attaches it with ZWNJ after «ه», after «ی», after another joining letter. */
export type SuffixRates = readonly [he: number, ye: number, other: number];

/** Bits of `ZwnjModel.index`: what one word or piece can do, so the scan needs one lookup per token. */
export const IS_KNOWN = 1;
export const HAS_FORM = 2;
export const IS_PREFIX = 4;
export const IS_SUFFIX = 8;
export const HAS_PAIRS = 16;
export const IS_RIGHT_PIECE = 32;
export const IS_LEFT_PIECE = 64;
export const IS_PAIR_RIGHT = 128;
/** A word-final piece whose gap to the previous word depends on the next word (see `context`). */
export const IS_CONTEXT_RIGHT = 256;
/** A left piece of a strong pair (ZwnjModel.strongPairs), and a right piece of one. */
export const IS_STRONG_LEFT = 512;
export const IS_STRONG_RIGHT = 1024;
/** Bits of a left piece that may make it join the next word across a space (HAS_PAIRS needs IS_PAIR_RIGHT). */
export const JOINS_RIGHTWARD = IS_PREFIX | IS_LEFT_PIECE;
/** Bits of a right piece that may make it join the previous word across a space. */
export const JOINS_LEFTWARD = IS_SUFFIX | IS_RIGHT_PIECE | IS_CONTEXT_RIGHT;

/**
 * mayJoin for a text that does not write its ZWNJs as spaces, where only affixes and strong pairs join
 * (see scanText in restore-zwnj.ts): most gaps between common words need no lookup at all there.
 */
export function mayJoinStrictly(leftFlags: number, rightFlags: number): boolean {
  return (
    (leftFlags & IS_PREFIX) !== 0 ||
    (rightFlags & IS_SUFFIX) !== 0 ||
    ((leftFlags & IS_STRONG_LEFT) !== 0 && (rightFlags & IS_STRONG_RIGHT) !== 0)
  );
}

/** Whether the gap between pieces with these bits needs a closer look at all. */
export function mayJoin(leftFlags: number, rightFlags: number): boolean {
  return (
    (leftFlags & JOINS_RIGHTWARD) !== 0 ||
    (rightFlags & JOINS_LEFTWARD) !== 0 ||
    ((leftFlags & HAS_PAIRS) !== 0 && (rightFlags & IS_PAIR_RIGHT) !== 0)
  );
}

export interface ZwnjModel {
  /** Word or piece → IS_KNOWN | HAS_FORM | ... bits, derived from the other tables (see buildIndex). */
  readonly index: ReadonlyMap<string, number>;
  /** ZWNJ-free key → the form to write; a form equal to its key means "leave this word alone". */
  readonly words: ReadonlyMap<string, string>;
  /**
   * Known words with counts: stems the back-off may split off, and words the model leaves alone
   * without running the back-off (the trainer stores every known word the back-off would change).
   */
  readonly stems: ReadonlyMap<string, number>;
  /** Open-class pieces that start compounds («بی‌», «هم‌»). */
  readonly leftPieces: ReadonlyMap<string, PieceRates>;
  /** Open-class pieces that end compounds («‌سازی», «‌آمیز»). */
  readonly rightPieces: ReadonlyMap<string, PieceRates>;
  /** Lengths of the left/right pieces whose glued rate passes its threshold, so a split tries only those. */
  readonly gluedLeftLengths: readonly number[];
  readonly gluedRightLengths: readonly number[];
  /** Forms that may follow «می‌»/«نمی‌». */
  readonly verbs: ReadonlySet<string>;
  /** Spaced pairs whose decision differs from the back-off: left piece → right piece → join. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  /**
   * Compound pairs (also in `pairs`) the gold nearly always joins: they join in any text. Every other
   * compound joins only in a text that writes ZWNJs as spaces (the pass joins a spaced affix in it).
   */
  readonly strongPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Word-final piece → next word → join: where the next word flips the usual decision for the gap
   * before the piece («انجام شده در» → «انجام‌شده در», «انجام شده است» stays). '' = punctuation or end.
   */
  readonly context: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  /**
   * Next word → which reading of a glued «…های» it supports: true for «X‌های» (plural + ezafe, which
   * needs a complement: «حرف‌های او»), false for «Xه‌ای» («حرفه‌ای که», «حرفه‌ای است»). '.' stands for
   * punctuation or the end of the line. Only contexts that clearly favour one reading are stored.
   */
  readonly heNext: ReadonlyMap<string, boolean>;
  /** Glued «…های» keys the gold writes one way only («هستهای» → «هسته‌ای»): the next word does not decide them. */
  readonly heFixed: ReadonlySet<string>;
  /**
   * ZWNJ-free keys of words that take the comparative «تر»/«ترین» (Hazm adjectives, stems the gold writes
   * with one): the back-off splits an unseen «…تر» only after one of them, so «لستر», «دکستر» stay whole.
   */
  readonly adjectives: ReadonlySet<string>;
  /** Attachment rates of suffix pieces when glued (no space in the input). */
  readonly gluedRates: ReadonlyMap<string, SuffixRates>;
  /** Attachment rates of suffix pieces when the input has a space before them. */
  readonly spacedRates: ReadonlyMap<string, SuffixRates>;
  readonly params: ZwnjParams;
}

/** model.json as the loader reads it. */
export interface ZwnjModelMeta {
  readonly name: string;
  readonly version: string;
  readonly formatVersion: number;
  readonly params: ZwnjParams;
  readonly gluedRates: Record<string, SuffixRates>;
  readonly spacedRates: Record<string, SuffixRates>;
}

/** The text files of the model, as the trainer writes them. */
export interface ZwnjModelFiles {
  /** One form per line (ZWNJ form to restore, or a plain form to keep). */
  readonly words: string;
  /** `stem<TAB>count` per line. */
  readonly stems: string;
  /** `past#present` per line (Hazm verb stems) followed by observed continuations, one per line. */
  readonly verbs: string;
  /** `left<TAB>right<TAB>2|1|0` per line (2 = a strong join, 1 = a join, 0 = a space). */
  readonly pairs: string;
  /** `L|R<TAB>piece<TAB>gluedRate<TAB>spacedRate` per line. */
  readonly pieces: string;
  /** `right<TAB>next<TAB>1|0` per line: next-word contexts of word-final pieces. */
  readonly context: string;
  /** `next<TAB>1|0` per line: next words that favour «X‌های» (1) or «Xه‌ای» (0). */
  readonly heNext: string;
  /** One ZWNJ-free key per line: glued «…های» words whose reading the next word does not change. */
  readonly heFixed: string;
  /** One ZWNJ-free key per line: words that take the comparative. */
  readonly adjectives: string;
  /** Like `words`, derived from Hunspell fa_IR: LGPL 2.1, kept in a separate, optional file. */
  readonly hunspellWords: string;
  /** Like `pairs`, derived from Hunspell fa_IR: LGPL 2.1, separate and optional. */
  readonly hunspellPairs: string;
}

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** The one-lookup index of a model's tables. */
export function buildIndex(model: Omit<ZwnjModel, 'index'>, prefixes: readonly string[], suffixes: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const set = (key: string, bit: number): void => {
    index.set(key, (index.get(key) ?? 0) | bit);
  };
  for (const key of model.stems.keys()) set(key, IS_KNOWN);
  for (const key of model.words.keys()) set(key, HAS_FORM);
  for (const key of prefixes) set(key, IS_PREFIX);
  for (const key of suffixes) set(key, IS_SUFFIX);
  for (const [key, inner] of model.pairs) {
    set(key, HAS_PAIRS);
    for (const right of inner.keys()) set(right, IS_PAIR_RIGHT);
  }
  // Piece bits only where the spaced rate can pass its threshold: the scan skips every other gap.
  const min = model.params.minPieceSpacedRate;
  for (const [key, rates] of model.rightPieces) if (rates[1] >= min) set(key, IS_RIGHT_PIECE);
  for (const [key, rates] of model.leftPieces) if (rates[1] >= min) set(key, IS_LEFT_PIECE);
  for (const key of model.context.keys()) set(key, IS_CONTEXT_RIGHT);
  for (const [key, rights] of model.strongPairs) {
    set(key, IS_STRONG_LEFT);
    for (const right of rights) set(right, IS_STRONG_RIGHT);
  }
  return index;
}

/** Builds the in-memory model from its files. */
export function parseZwnjModel(meta: ZwnjModelMeta, files: ZwnjModelFiles): ZwnjModel {
  if (meta.formatVersion !== ZWNJ_FORMAT_VERSION) {
    throw new DabirError(
      'model-incompatible',
      `models/zwnj has formatVersion ${String(meta.formatVersion)}, this code reads ${ZWNJ_FORMAT_VERSION}`,
    );
  }
  const words = new Map<string, string>();
  for (const form of lines(files.words)) words.set(stripZwnj(form), form);
  for (const form of lines(files.hunspellWords)) words.set(stripZwnj(form), form);
  // The largest file: scanned in place (no per-line strings) to keep the load under its 300 ms budget.
  const stems = new Map<string, number>();
  const st = files.stems;
  for (let p = 0; p < st.length; ) {
    const tab = st.indexOf('\t', p);
    if (tab < 0) break;
    let nl = st.indexOf('\n', tab);
    if (nl < 0) nl = st.length;
    stems.set(st.slice(p, tab), +st.slice(tab + 1, nl));
    p = nl + 1;
  }
  const verbs = new Set<string>();
  for (const line of lines(files.verbs)) {
    const hash = line.indexOf('#');
    if (hash < 0) verbs.add(line);
    else for (const form of verbContinuations(line.slice(0, hash), line.slice(hash + 1))) verbs.add(form);
  }
  const pairs = new Map<string, Map<string, boolean>>();
  const strongPairs = new Map<string, Set<string>>();
  for (const line of [...lines(files.pairs), ...lines(files.hunspellPairs)]) {
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const left = line.slice(0, t1);
    const right = line.slice(t1 + 1, t2);
    const join = line.slice(t2 + 1);
    let inner = pairs.get(left);
    if (!inner) pairs.set(left, (inner = new Map()));
    inner.set(right, join !== '0');
    if (join === '2') {
      let set = strongPairs.get(left);
      if (!set) strongPairs.set(left, (set = new Set()));
      set.add(right);
    }
  }
  const context = new Map<string, Map<string, boolean>>();
  for (const line of lines(files.context)) {
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const right = line.slice(0, t1);
    let inner = context.get(right);
    if (!inner) context.set(right, (inner = new Map()));
    inner.set(line.slice(t1 + 1, t2), line.slice(t2 + 1) === '1');
  }
  const heNext = new Map<string, boolean>();
  for (const line of lines(files.heNext)) {
    const tab = line.indexOf('\t');
    heNext.set(line.slice(0, tab), line.slice(tab + 1) === '1');
  }
  const heFixed = new Set(lines(files.heFixed));
  const adjectives = new Set(lines(files.adjectives));
  const leftPieces = new Map<string, PieceRates>();
  const rightPieces = new Map<string, PieceRates>();
  for (const line of lines(files.pieces)) {
    const [side, piece, glued, spaced] = line.split('\t') as [string, string, string, string];
    (side === 'L' ? leftPieces : rightPieces).set(piece, [Number(glued), Number(spaced)]);
  }
  const lengths = (pieces: Map<string, PieceRates>): number[] =>
    [...new Set([...pieces].filter(([, r]) => r[0] >= meta.params.minPieceGluedRate).map(([p]) => p.length))].sort(
      (a, b) => a - b,
    );
  const tables = {
    words,
    stems,
    leftPieces,
    rightPieces,
    gluedLeftLengths: lengths(leftPieces),
    gluedRightLengths: lengths(rightPieces),
    verbs,
    pairs,
    strongPairs,
    context,
    heNext,
    heFixed,
    adjectives,
    gluedRates: new Map(Object.entries(meta.gluedRates)),
    spacedRates: new Map(Object.entries(meta.spacedRates)),
    params: meta.params,
  };
  return { ...tables, index: buildIndex(tables, VERB_PREFIXES, SUFFIXES) };
}

/** The LGPL Hunspell-derived files are optional: a distribution may drop them. */
function loadOptional(path: string): string {
  try {
    return loadModelText(path);
  } catch (e) {
    if (e instanceof DabirError && e.code === 'model-missing') return '';
    throw e;
  }
}

/** The shipped model (models/zwnj/), parsed on first use. */
export const loadZwnjModel = lazyModel((): ZwnjModel => {
  const meta = loadModelJson<ZwnjModelMeta>('zwnj/model.json');
  return parseZwnjModel(meta, {
    words: loadModelText('zwnj/words.txt'),
    stems: loadModelText('zwnj/stems.tsv'),
    verbs: loadModelText('zwnj/verbs.txt'),
    pairs: loadModelText('zwnj/pairs.tsv'),
    pieces: loadModelText('zwnj/pieces.tsv'),
    context: loadModelText('zwnj/context.tsv'),
    heNext: loadModelText('zwnj/he-next.tsv'),
    heFixed: loadModelText('zwnj/he-fixed.txt'),
    adjectives: loadModelText('zwnj/adjectives.txt'),
    hunspellWords: loadOptional('zwnj/lgpl-hunspell-words.txt'),
    hunspellPairs: loadOptional('zwnj/lgpl-hunspell-pairs.tsv'),
  });
});
