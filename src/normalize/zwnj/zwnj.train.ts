/**
 * Builds models/zwnj/ from ../shared/data: counts word forms and spaced/joined piece pairs in the UD
 * raw train text (dev lines excluded), adds Hazm and Unilex evidence, tunes the back-off thresholds on
 * a held-back fold of the TRAIN text, and writes only the decisions the morphology back-off gets wrong,
 * plus compound pairs from the lexicons whose pieces readily join in the gold, the strong pairs that join
 * in any text, and the next words that choose between «X‌های» and «Xه‌ای».
 * Run: `npx tsx src/normalize/zwnj/zwnj.train.ts` (also `npm run train`) builds with the tuned parameters
 * recorded in START_PARAMS; `--tune` re-tunes them (coordinate search, several minutes), `--errors` lists
 * the tune fold's errors (ZWNJ_ERRORS=n lists n of each kind), `--param name=value` tries one setting,
 * `--dry-run` stops after the tune-fold scores (overall, then PerDT and Seraji lines apart).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDev } from '../../../scripts/dev-split.js';
import { REPO_ROOT, readShared } from '../../../scripts/shared-data.js';
import { SUFFIXES, VERB_PREFIXES, verbContinuations } from './affixes.js';
import { ZWNJ_CHAR, endsWithJoiningLetter, isMark, isWordChar, stripZwnj } from './char-classes.js';
import { cleanToken, restoreZwnjWith, type ZwnjSettings } from './restore-zwnj.js';
import { ZwnjScore, degrade } from './score-zwnj.js';
import { nextWordKey } from './next-word-key.js';
import { backOffGap, backOffWord } from './segment-word.js';
import {
  ZWNJ_FORMAT_VERSION,
  buildIndex,
  parseZwnjModel,
  type SuffixRates,
  type ZwnjModel,
  type ZwnjModelFiles,
  type ZwnjModelMeta,
  type ZwnjParams,
} from './zwnj-model.js';

const OUT = join(REPO_ROOT, 'models', 'zwnj');
const MODEL_VERSION = '2.0.0';
const RAW_FILES = [
  ['ud-persian-perdt', 'fa_perdt-train.raw.txt'],
  ['ud-persian-seraji', 'fa_seraji-train.raw.txt'],
] as const;
/** Unilex counts come from ~9M tokens, the UD train text from ~0.5M: scale Unilex down to UD. */
const UNILEX_SCALE = 20;

/** Settings of the trainer itself (how sources are weighed), tuned with the runtime params. */
interface BuildParams extends ZwnjParams {
  /** A ZWNJ variant seen only in Unilex wins when its count >= this × the plain variant's. */
  readonly unilexRatio: number;
  /** A plain form seen only in Unilex blocks the back-off when its count is at least this. */
  readonly unilexKeepMin: number;
  /** A plain Hazm dictionary word blocks the back-off. */
  readonly hazmKeeps: boolean;
  /** A seen pair overrides the back-off only when its join and space counts differ by at least this. */
  readonly minPairMargin: number;
  /** Use Hunspell ZWNJ spellings for words no other source decides. */
  readonly hunspellWords: boolean;
  /** Join spaced pairs never seen in the train text when Hunspell has them as a compound. */
  readonly hunspellPairs: boolean;
  /** Where UD counts decide, a ZWNJ spelling wins unless the plain one is more than this many times as frequent (Academy prior). */
  readonly zwnjBonus: number;
  /** Join spaced pairs never seen in the train text when Unilex has their ZWNJ compound at least this often. */
  readonly unilexPairMin: number;
  /**
   * Weight of a spelling with the ZWNJ the Academy rules ask for before a plural or comparative suffix
   * or after «بی» («ارزش‌ها», «محبوب‌تر», «بی‌هوش») against the glued one that older texts and Unilex's
   * web text often use («ارزشها», Seraji's style), in the UD counts and in Unilex's.
   */
  readonly academyBonus: number;
  /** Join spaced pairs never seen in the train text when the model writes their glued form with a ZWNJ there. */
  readonly gluedPairs: boolean;
  /**
   * Join a spaced pair that the train text leaves undecided when a lexicon (Hazm, Hunspell, or Unilex at
   * least `lexPairUnilexMin` times) writes it as one ZWNJ word and one of its pieces joins at least this
   * share of its train gaps («ثبت نام» → «ثبت‌نام», but «یک چشم» stays: «یک» almost never joins).
   */
  readonly lexPairRate: number;
  /** Unilex count of the ZWNJ word that counts as lexicon evidence for lexPairRate. */
  readonly lexPairUnilexMin: number;
  /** A seen compound pair joins in any text (not only in one that writes ZWNJs as spaces) when joined at least this often... */
  readonly strongPairMin: number;
  /** ...and at least this share of its occurrences (2 = never: every compound join needs the text's evidence). */
  readonly strongPairShare: number;
  /** A next word decides between «X‌های» and «Xه‌ای» when seen at least this often after either... */
  readonly heNextMin: number;
  /** ...and this share of those are one reading (2 = off). */
  readonly heNextShare: number;
  /** Weight of a Seraji line's counts (PerDT lines weigh 1); set with --param, not searched. */
  readonly serajiWeight: number;
  /** A next-word context is stored when seen at least this often (joined + spaced)... */
  readonly contextMin: number;
  /** ...and its majority has at least this share and differs from the piece's overall majority. */
  readonly contextShare: number;
}

const DEFAULT_SETTINGS: ZwnjSettings = {
  removeInvalid: true,
  glued: true,
  spaced: true,
  compounds: true,
  compoundsInAnyText: false,
  overrides: new Map(),
};

interface Line {
  readonly file: string;
  readonly index: number;
  readonly text: string;
}

/** Counts taken from gold lines. */
interface Counts {
  /** Cleaned gold word forms. */
  readonly words: Map<string, number>;
  /** `left\tright` of pieces joined by a ZWNJ in gold (including ZWNJs after non-joining letters). */
  readonly joined: Map<string, number>;
  /** `left\tright` of pieces separated by one space in gold. */
  readonly spaced: Map<string, number>;
  /**
   * `right\tnext` → [joined, spaced]: how the gap before a word-final piece `right` is written, by the
   * word after it («انجام‌شده در» but «انجام شده است»); `next` is the next word's first piece, or '' when
   * punctuation or the line end follows.
   */
  readonly context: Map<string, [number, number]>;
  /** Next word (nextWordKey of the gold) → [plural «X‌های», «Xه‌ای»] counts of the words before it. */
  readonly heNext: Map<string, [number, number]>;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function readTrainLines(): Line[] {
  const out: Line[] = [];
  for (const [dir, file] of RAW_FILES) {
    const lines = readShared(dir, file).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    lines.forEach((text, index) => {
      if (!isDev(index)) out.push({ file, index, text: text.replace(/\r$/, '') });
    });
  }
  return out;
}

/** Word tokens of a line: runs of letters, marks and ZWNJ, with their offsets. */
function* tokensOf(line: string): Generator<{ start: number; end: number; text: string }> {
  let i = 0;
  while (i < line.length) {
    if (!isWordChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length && isWordChar(line.charCodeAt(j))) j++;
    yield { start: i, end: j, text: line.slice(i, j) };
    i = j;
  }
}

/**
 * Counts of gold lines; Seraji lines weigh `serajiWeight` (its conventions differ from PerDT's: glued
 * plurals, «آن‌ها», ZWNJ after non-joining letters), PerDT lines 1.
 */
function countLines(lines: readonly Line[], serajiWeight = 1): Counts {
  const counts: Counts = { words: new Map(), joined: new Map(), spaced: new Map(), context: new Map(), heNext: new Map() };
  const addContext = (right: string, next: string, joined: boolean, w: number): void => {
    const key = `${right}\t${next}`;
    let cell = counts.context.get(key);
    if (!cell) counts.context.set(key, (cell = [0, 0]));
    cell[joined ? 0 : 1] += w;
  };
  for (const { file, text } of lines) {
    const w = file.startsWith('fa_seraji') ? serajiWeight : 1;
    let prevEnd = -1;
    let prevLast = '';
    const toks = [...tokensOf(text)];
    toks.forEach((tok, t) => {
      const after = toks[t + 1];
      const next =
        after !== undefined && after.start === tok.end + 1 && text.charCodeAt(tok.end) === 0x20
          ? (after.text.split(ZWNJ_CHAR).find((p) => p.length > 0) ?? '')
          : '';
      const pieces = tok.text.split(ZWNJ_CHAR).filter((p) => p.length > 0);
      // After می/نمی the verb logic decides; its continuations («می‌خواهد») say nothing about compounds.
      const left = pieces.length >= 2 ? pieces[pieces.length - 2]! : prevLast;
      if (PREFIX_SET.has(left)) {
        // skip
      } else if (pieces.length >= 2 && endsWithJoiningLetter(left)) addContext(pieces[pieces.length - 1]!, next, true, w);
      else if (pieces.length === 1 && prevEnd === tok.start - 1 && text.charCodeAt(prevEnd) === 0x20 && endsWithJoiningLetter(prevLast)) {
        addContext(pieces[0]!, next, false, w);
      }
      prevEnd = tok.end;
      prevLast = pieces.length > 0 ? pieces[pieces.length - 1]! : '';
    });
    prevEnd = -1;
    prevLast = '';
    for (const tok of tokensOf(text)) {
      const clean = cleanToken(tok.text);
      if (clean.length === 0) continue;
      bump(counts.words, clean, w);
      const plural = clean.endsWith(`${ZWNJ_CHAR}های`);
      if (plural || clean.endsWith(`ه${ZWNJ_CHAR}ای`)) {
        const next = nextWordKey(text, tok.end);
        if (next !== undefined) {
          let cell = counts.heNext.get(next);
          if (!cell) counts.heNext.set(next, (cell = [0, 0]));
          cell[plural ? 0 : 1] += w;
        }
      }
      const raw = tok.text.split(ZWNJ_CHAR).filter((p) => p.length > 0);
      for (let k = 1; k < raw.length; k++) bump(counts.joined, `${raw[k - 1]}\t${raw[k]}`, w);
      if (prevEnd === tok.start - 1 && text.charCodeAt(prevEnd) === 0x20 && raw.length > 0 && prevLast.length > 0) {
        bump(counts.spaced, `${prevLast}\t${raw[0]}`, w);
      }
      prevEnd = tok.end;
      prevLast = raw.length > 0 ? raw[raw.length - 1]! : '';
    }
  }
  return counts;
}

interface Lexicons {
  /** Unilex form → count (cleaned forms). */
  readonly unilex: Map<string, number>;
  /** Hazm words.dat form → frequency (cleaned forms). */
  readonly hazm: Map<string, number>;
  /** ZWNJ-free keys of the Hazm words.dat entries tagged AJ (adjective). */
  readonly hazmAdjectives: Set<string>;
  /** Hazm verbs.dat `past#present` lines. */
  readonly verbStems: string[];
  /** Hunspell fa_IR entries with a valid ZWNJ (cleaned, flags stripped); LGPL 2.1, kept in separate files. */
  readonly hunspell: Set<string>;
}

function isWordForm(form: string): boolean {
  if (form.length === 0) return false;
  for (let i = 0; i < form.length; i++) if (!isWordChar(form.charCodeAt(i))) return false;
  return true;
}

function readLexicons(): Lexicons {
  const unilex = new Map<string, number>();
  for (const line of readShared('freq-unilex-fa', 'fa.txt').split('\n')) {
    if (line.startsWith('#') || line.startsWith('Form\t')) continue;
    const [form, count] = line.split('\t');
    if (!form || !count) continue;
    const clean = cleanToken(form);
    if (isWordForm(clean)) bump(unilex, clean, Number(count));
  }
  const hazm = new Map<string, number>();
  const hazmAdjectives = new Set<string>();
  for (const line of readShared('lexicon-hazm', 'words.dat').split('\n')) {
    const [form, freq, tags] = line.split('\t');
    if (!form || freq === undefined) continue;
    const clean = cleanToken(form);
    if (!isWordForm(clean)) continue;
    bump(hazm, clean, Number(freq) || 0);
    if (tags !== undefined && tags.split(',').includes('AJ')) hazmAdjectives.add(stripZwnj(clean));
  }
  const verbStems = readShared('lexicon-hazm', 'verbs.dat')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[^#\s]+#[^#\s]+$/.test(l))
    .sort();
  const hunspell = new Set<string>();
  const dic = readShared('lexicon-hunspell-fa', 'fa_IR.dic').split('\n');
  for (let i = 1; i < dic.length; i++) {
    const entry = dic[i]!.trim();
    const slash = entry.indexOf('/');
    const clean = cleanToken(slash < 0 ? entry : entry.slice(0, slash));
    if (isWordForm(clean) && clean.includes(ZWNJ_CHAR)) hunspell.add(clean);
  }
  return { unilex, hazm, hazmAdjectives, verbStems, hunspell };
}

const SUFFIX_SET = new Set(SUFFIXES);
const PREFIX_SET = new Set(VERB_PREFIXES);

function stemClass(stem: string): 0 | 1 | 2 {
  let i = stem.length - 1;
  while (i > 0 && isMark(stem.charCodeAt(i))) i--;
  const c = stem.charCodeAt(i);
  return c === 0x0647 ? 0 : c === 0x06cc ? 1 : 2;
}

function byLengthThenCode(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Everything the model files hold, before serialization. */
interface Built {
  readonly model: ZwnjModel;
  readonly files: ZwnjModelFiles;
  readonly meta: ZwnjModelMeta;
}

/** What does not depend on the tuned parameters, computed once per set of counts. */
interface Prepared {
  readonly counts: Counts;
  readonly lex: Lexicons;
  readonly extraVerbs: string[];
  /** Known words with their combined counts, sorted by length then code. */
  readonly stemCounts: [string, number][];
  readonly gluedRates: Record<string, SuffixRates>;
  readonly spacedRates: Record<string, SuffixRates>;
  readonly piecesText: string;
  /** ZWNJ-free key → its seen spellings, keys sorted by length then code. */
  readonly variants: [string, string[]][];
  /** Seen pairs `left\tright` with joined and spaced counts, sorted. */
  readonly pairs: [string, number, number][];
  /** Pairs joined in Hunspell compounds and never seen in the train text, sorted. */
  readonly hunspellPairs: string[];
  /** Pairs joined in Unilex ZWNJ forms and never seen in the train text, with the largest count, sorted. */
  readonly unilexPairs: [string, number][];
  /** Lexicon compound pairs the train text leaves undecided (see lexPairRate), sorted by key. */
  readonly lexPairs: LexPair[];
  /** adjectives.txt: words that take the comparative (ZwnjModel.adjectives). */
  readonly adjectivesText: string;
}

/** A pair of pieces joined inside a lexicon word, with the evidence lexPairRate weighs. */
interface LexPair {
  readonly key: string;
  /** The larger of the left piece's and the right piece's join share over their train gaps (smoothed). */
  readonly pieceRate: number;
  /** Whether Hazm has a word with this join (MIT; otherwise the pair derives from Hunspell or Unilex). */
  readonly hazm: boolean;
  /** Whether Hunspell has one (LGPL: a pair only Hunspell has goes to the separate LGPL file). */
  readonly hunspell: boolean;
  /** The largest Unilex count of a word with this join. */
  readonly unilex: number;
}

function prepare(counts: Counts, lex: Lexicons): Prepared {
  // Verb continuations: Hazm stems (generated) plus the pieces seen after می/نمی in the train text.
  const observedVerbs = new Set<string>();
  for (const [form] of counts.words) {
    const pieces = form.split(ZWNJ_CHAR);
    if (pieces.length >= 2 && PREFIX_SET.has(pieces[0]!)) observedVerbs.add(pieces[1]!);
  }
  const hazmVerbs = new Set<string>();
  for (const line of lex.verbStems) {
    const [past, present] = line.split('#') as [string, string];
    for (const f of verbContinuations(past, present)) hazmVerbs.add(f);
  }
  const extraVerbs = [...observedVerbs].filter((v) => !hazmVerbs.has(v)).sort();

  // Stem counts: UD plain words + scaled Unilex + Hazm dictionary presence.
  const stemCounts = new Map<string, number>();
  const addStem = (w: string, c: number): void => {
    if (w.length < 2 || w.includes(ZWNJ_CHAR) || SUFFIX_SET.has(w)) return;
    stemCounts.set(w, (stemCounts.get(w) ?? 0) + c);
  };
  for (const [w, c] of counts.words) addStem(w, c);
  for (const [w, c] of lex.unilex) addStem(w, c / UNILEX_SCALE);
  for (const [w, f] of lex.hazm) if (f > 0) addStem(w, 1);

  // Attachment rates of suffix pieces.
  const joinedBy = new Map<string, number[]>();
  const gluedBy = new Map<string, number[]>();
  const spacedBy = new Map<string, number[]>();
  const cell = (m: Map<string, number[]>, s: string): number[] => {
    let v = m.get(s);
    if (!v) m.set(s, (v = [0, 0, 0]));
    return v;
  };
  for (const [key, n] of counts.joined) {
    const [left, right] = key.split('\t') as [string, string];
    if (SUFFIX_SET.has(right) && endsWithJoiningLetter(left)) cell(joinedBy, right)[stemClass(left)]! += n;
  }
  for (const [key, n] of counts.spaced) {
    const [left, right] = key.split('\t') as [string, string];
    if (SUFFIX_SET.has(right) && endsWithJoiningLetter(left)) cell(spacedBy, right)[stemClass(left)]! += n;
  }
  for (const [form, n] of counts.words) {
    for (const piece of form.split(ZWNJ_CHAR)) {
      for (const s of SUFFIXES) {
        if (piece.length < s.length + 2 || !piece.endsWith(s)) continue;
        const stem = piece.slice(0, piece.length - s.length);
        if (!endsWithJoiningLetter(stem) || !stemCounts.has(stem)) continue;
        cell(gluedBy, s)[stemClass(stem)]! += n;
      }
    }
  }
  const rates = (other: Map<string, number[]>): Record<string, SuffixRates> => {
    const out: Record<string, SuffixRates> = {};
    for (const s of [...SUFFIXES].sort()) {
      const z = joinedBy.get(s) ?? [0, 0, 0];
      const o = other.get(s) ?? [0, 0, 0];
      const r = (k: number): number => Math.round((z[k]! / (z[k]! + o[k]! + 1)) * 1000) / 1000;
      out[s] = [r(0), r(1), r(2)];
    }
    return out;
  };
  const piecesText = pieceRates(counts, stemCounts);
  // Variants of every key from each source.
  const variants = new Map<string, string[]>();
  const addVariant = (form: string): void => {
    const key = stripZwnj(form);
    if (key.length < 3) return;
    const list = variants.get(key);
    if (!list) variants.set(key, [form]);
    else if (!list.includes(form)) list.push(form);
  };
  for (const [w] of counts.words) addVariant(w);
  for (const [w] of lex.unilex) addVariant(w);
  for (const [w] of lex.hazm) addVariant(w);
  for (const w of [...lex.hunspell].sort()) addVariant(w);
  // Pairs of pieces joined inside Hunspell compounds.
  const hunspellPairs = new Set<string>();
  for (const w of lex.hunspell) {
    const pieces = w.split(ZWNJ_CHAR);
    for (let k = 1; k < pieces.length; k++) hunspellPairs.add(`${pieces[k - 1]}\t${pieces[k]}`);
  }

  const pairKeys = new Set([...counts.joined.keys(), ...counts.spaced.keys()]);
  const unilexPairs = new Map<string, number>();
  for (const [w, c] of lex.unilex) {
    if (!w.includes(ZWNJ_CHAR)) continue;
    const pieces = w.split(ZWNJ_CHAR);
    for (let k = 1; k < pieces.length; k++) {
      const key = `${pieces[k - 1]}\t${pieces[k]}`;
      if (!pairKeys.has(key)) unilexPairs.set(key, Math.max(unilexPairs.get(key) ?? 0, c));
    }
  }
  const lexPairs = lexiconPairs(counts, lex, pieceShares(counts));
  // Words that take «تر»: Hazm's adjectives and every stem the gold writes a comparative after.
  const adjectives = new Set(lex.hazmAdjectives);
  for (const [form] of counts.words) {
    const pieces = form.split(ZWNJ_CHAR);
    for (let k = 1; k < pieces.length; k++) if (pieces[k]!.startsWith('تر') && SUFFIX_SET.has(pieces[k]!)) adjectives.add(stripZwnj(pieces.slice(0, k).join('')));
  }
  return {
    adjectivesText: [...adjectives].sort().join('\n') + '\n',
    lexPairs,
    unilexPairs: [...unilexPairs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    hunspellPairs: [...hunspellPairs].filter((k) => !pairKeys.has(k)).sort(),
    counts,
    lex,
    extraVerbs,
    stemCounts: [...stemCounts].sort((x, y) => byLengthThenCode(x[0], y[0])),
    gluedRates: rates(gluedBy),
    spacedRates: rates(spacedBy),
    piecesText,
    variants: [...variants].sort((x, y) => byLengthThenCode(x[0], y[0])).map(([k, v]) => [k, v.sort()]),
    pairs: [...pairKeys].sort().map((k) => [k, counts.joined.get(k) ?? 0, counts.spaced.get(k) ?? 0]),
  };
}

function buildModel(prep: Prepared, params: BuildParams): Built {
  const { counts, lex } = prep;
  const stems = new Map<string, number>();
  for (const [w, c] of prep.stemCounts) {
    const rounded = Math.round(c * 10) / 10;
    if (rounded >= params.minStemCount) stems.set(w, rounded);
  }
  const runtimeParams: ZwnjParams = {
    minStemCount: params.minStemCount,
    minGluedRate: params.minGluedRate,
    minSpacedRate: params.minSpacedRate,
    minPieceGluedRate: params.minPieceGluedRate,
    minPieceSpacedRate: params.minPieceSpacedRate,
  };
  const piecesText = prep.piecesText;
  const meta: ZwnjModelMeta = {
    name: 'zwnj',
    version: MODEL_VERSION,
    formatVersion: ZWNJ_FORMAT_VERSION,
    params: runtimeParams,
    gluedRates: prep.gluedRates,
    spacedRates: prep.spacedRates,
  };
  const contextLines = contextText(counts, params);
  const heNextLines = heNextText(counts, params);
  const heFixedLines = heFixedText(counts);
  const stemsText = [...stems].map(([w, c]) => `${w}\t${c}`).join('\n') + '\n';
  const verbsText = [...lex.verbStems, ...prep.extraVerbs].join('\n') + '\n';
  // The model grows as decisions are stored: back-off of a key reads only shorter keys.
  const words = new Map<string, string>();
  const model: ZwnjModel = {
    ...parseZwnjModel(meta, { context: contextLines, heNext: heNextLines, heFixed: heFixedLines, adjectives: prep.adjectivesText, words: '', stems: stemsText, verbs: verbsText, pairs: '', pieces: piecesText, hunspellWords: '', hunspellPairs: '' }),
    words,
  };

  const stored: string[] = [];
  const storedHunspell: string[] = [];
  for (const [key, forms] of prep.variants) {
    const backOff = backOffWord(model, key, 0) ?? key;
    const decided = decideKey(key, forms, backOff, counts, lex, params);
    const fromHunspell = decided !== undefined && decided.startsWith(HUNSPELL_MARK);
    const intended = decided === undefined ? backOff : fromHunspell ? decided.slice(1) : decided;
    // At run time a known word skips the back-off, so store whatever differs from that default.
    const runtimeDefault = model.stems.has(key) ? key : backOff;
    if (intended !== runtimeDefault) {
      words.set(key, intended);
      (fromHunspell ? storedHunspell : stored).push(intended);
    }
  }

  // Pair exceptions: every seen pair whose majority differs from the back-off.
  const pairLines: string[] = [];
  const pairs = model.pairs as Map<string, Map<string, boolean>>;
  // A compound pair the gold nearly always joins is stored as `2` even where the back-off agrees: it
  // joins in any text, the others only in a text that writes ZWNJs as spaces (see scanText).
  const strongPairs = model.strongPairs as Map<string, Set<string>>;
  for (const [key, z, s] of prep.pairs) {
    if (Math.abs(z - s) < params.minPairMargin) continue;
    const [left, right] = key.split('\t') as [string, string];
    const join = z > s;
    const strong = join && z >= params.strongPairMin && z >= params.strongPairShare * (z + s) && !PREFIX_SET.has(left) && !SUFFIX_SET.has(right);
    if (backOffGap(model, left, right) !== join || strong) {
      pairLines.push(`${left}\t${right}\t${strong ? 2 : join ? 1 : 0}`);
      let inner = pairs.get(left);
      if (!inner) pairs.set(left, (inner = new Map()));
      inner.set(right, join);
      if (strong) {
        let set = strongPairs.get(left);
        if (!set) strongPairs.set(left, (set = new Set()));
        set.add(right);
      }
    }
  }
  for (const [key, c] of prep.unilexPairs) {
    if (c < params.unilexPairMin) continue;
    const [left, right] = key.split('\t') as [string, string];
    if (backOffGap(model, left, right)) continue;
    pairLines.push(`${left}\t${right}\t1`);
    let inner = pairs.get(left);
    if (!inner) pairs.set(left, (inner = new Map()));
    inner.set(right, true);
  }
  const lexHunspellLines: string[] = [];
  for (const p of prep.lexPairs) {
    if (p.pieceRate < params.lexPairRate) continue;
    const fromHunspellOnly = !p.hazm && p.unilex < params.lexPairUnilexMin;
    if (fromHunspellOnly && !p.hunspell) continue;
    const [left, right] = p.key.split('\t') as [string, string];
    if (pairs.get(left)?.get(right) !== undefined || backOffGap(model, left, right)) continue;
    (fromHunspellOnly ? lexHunspellLines : pairLines).push(`${p.key}\t1`);
    let inner = pairs.get(left);
    if (!inner) pairs.set(left, (inner = new Map()));
    inner.set(right, true);
  }
  if (params.gluedPairs) {
    const seenPairs = new Set(prep.pairs.map(([k]) => k));
    for (const form of [...words.values()].sort()) {
      const pieces = form.split(ZWNJ_CHAR);
      for (let k = 1; k < pieces.length; k++) {
        const left = pieces[k - 1]!;
        const right = pieces[k]!;
        if (seenPairs.has(`${left}\t${right}`) || pairs.get(left)?.get(right) !== undefined) continue;
        if (backOffGap(model, left, right)) continue;
        pairLines.push(`${left}\t${right}\t1`);
        let inner = pairs.get(left);
        if (!inner) pairs.set(left, (inner = new Map()));
        inner.set(right, true);
      }
    }
  }
  pairLines.sort();
  const hunspellPairLines: string[] = lexHunspellLines;
  if (params.hunspellPairs) {
    for (const key of prep.hunspellPairs) {
      const [left, right] = key.split('\t') as [string, string];
      if (backOffGap(model, left, right)) continue;
      hunspellPairLines.push(`${key}\t1`);
      let inner = pairs.get(left);
      if (!inner) pairs.set(left, (inner = new Map()));
      inner.set(right, true);
    }
  }
  const files: ZwnjModelFiles = {
    context: contextLines,
    heNext: heNextLines,
    heFixed: heFixedLines,
    adjectives: prep.adjectivesText,
    hunspellWords: storedHunspell.sort().join('\n') + '\n',
    hunspellPairs: hunspellPairLines.sort().join('\n') + (hunspellPairLines.length > 0 ? '\n' : ''),
    words: stored.sort().join('\n') + '\n',
    stems: stemsText,
    verbs: verbsText,
    pairs: pairLines.join('\n') + '\n',
    pieces: piecesText,
  };
  // The index is derived from the final tables (the loader builds it the same way).
  return { model: { ...model, index: buildIndex(model, VERB_PREFIXES, SUFFIXES) }, files, meta };
}

/** How readily the pieces of a join join in the gold text: the larger of the left and the right piece's share. */
type PieceShare = (left: string, right: string) => number;

/**
 * Over every train gap after a left piece (before a right piece) that is not an affix join, the share
 * written with ZWNJ, smoothed by (joins + ½) / (gaps + 1) so that a piece never seen counts ½. Pieces of
 * compounds («‌نام», «‌شناسی», «بی‌») join often; numerals, determiners and whole words («یک», «قابل»,
 * «‌شدن») rarely.
 */
function pieceShares(counts: Counts): PieceShare {
  const leftGaps = new Map<string, [number, number]>();
  const rightGaps = new Map<string, [number, number]>();
  const add = (map: Map<string, [number, number]>, piece: string, joined: boolean, n: number): void => {
    let cell = map.get(piece);
    if (!cell) map.set(piece, (cell = [0, 0]));
    cell[joined ? 0 : 1] += n;
  };
  for (const [map, joined] of [[counts.joined, true], [counts.spaced, false]] as const) {
    for (const [key, n] of map) {
      const [a, b] = key.split('\t') as [string, string];
      if (!endsWithJoiningLetter(a) || PREFIX_SET.has(a) || SUFFIX_SET.has(b)) continue;
      add(leftGaps, a, joined, n);
      add(rightGaps, b, joined, n);
    }
  }
  const one = (map: Map<string, [number, number]>, piece: string): number => {
    const [z, s] = map.get(piece) ?? [0, 0];
    return (z + 0.5) / (z + s + 1);
  };
  return (left, right) => Math.round(Math.max(one(leftGaps, left), one(rightGaps, right)) * 1000) / 1000;
}

/**
 * Candidate compound pairs from the lexicons: adjacent pieces of every ZWNJ word in Hazm, Hunspell and
 * Unilex, except affix joins (the back-off's) and pairs the train text decides (seen, with a majority for
 * the space), each with its piece share (see pieceShares).
 */
function lexiconPairs(counts: Counts, lex: Lexicons, share: PieceShare): LexPair[] {
  const found = new Map<string, { hazm: boolean; hunspell: boolean; unilex: number }>();
  const note = (form: string, source: 'hazm' | 'hunspell' | 'unilex', count: number): void => {
    const pieces = form.split(ZWNJ_CHAR);
    for (let k = 1; k < pieces.length; k++) {
      const a = pieces[k - 1]!;
      const b = pieces[k]!;
      if (a.length < 2 || b.length < 2 || !endsWithJoiningLetter(a) || PREFIX_SET.has(a) || SUFFIX_SET.has(b)) continue;
      const key = `${a}\t${b}`;
      const z = counts.joined.get(key) ?? 0;
      const s = counts.spaced.get(key) ?? 0;
      if (s > 0 && s >= z) continue;
      let cell = found.get(key);
      if (!cell) found.set(key, (cell = { hazm: false, hunspell: false, unilex: 0 }));
      if (source === 'hazm') cell.hazm = true;
      else if (source === 'hunspell') cell.hunspell = true;
      else cell.unilex = Math.max(cell.unilex, count);
    }
  };
  for (const [w] of lex.hazm) if (w.includes(ZWNJ_CHAR)) note(w, 'hazm', 0);
  for (const w of lex.hunspell) note(w, 'hunspell', 0);
  for (const [w, c] of lex.unilex) if (w.includes(ZWNJ_CHAR)) note(w, 'unilex', c);
  const out: LexPair[] = [];
  for (const [key, cell] of found) {
    const [a, b] = key.split('\t') as [string, string];
    const pieceRate = share(a, b);
    out.push({ key, pieceRate, ...cell });
  }
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/**
 * Next-word contexts that flip how the gap before a word-final piece is usually written: «شده» mostly
 * stays apart («انجام شده است») but joins before «در», «را», «از» («انجام‌شده در»). Affix pieces are left
 * to their rates. Lines `right<TAB>next<TAB>1|0`, sorted.
 */
function contextText(counts: Counts, params: BuildParams): string {
  const total = new Map<string, [number, number]>();
  for (const [key, [z, s]] of counts.context) {
    const right = key.slice(0, key.indexOf('\t'));
    const cell = total.get(right) ?? [0, 0];
    cell[0] += z;
    cell[1] += s;
    total.set(right, cell);
  }
  const out: string[] = [];
  for (const [key, [z, s]] of counts.context) {
    const right = key.slice(0, key.indexOf('\t'));
    if (SUFFIX_SET.has(right) || z + s < params.contextMin) continue;
    const [tz, ts] = total.get(right)!;
    const joinsMostly = tz > ts;
    if (!joinsMostly && z >= params.contextShare * (z + s)) out.push(`${key}\t1`);
    else if (joinsMostly && s >= params.contextShare * (z + s)) out.push(`${key}\t0`);
  }
  return out.sort().join('\n') + '\n';
}

/**
 * Next words that clearly favour one reading of a glued «…های»: «X‌های» (plural + ezafe) needs a
 * complement after it («حرف‌های او»), «Xه‌ای» does not («حرفه‌ای که», «حرفه‌ای است», «حرفه‌ای.»).
 * Lines `next<TAB>1|0` (1 = plural), sorted; a word is stored when seen at least `heNextMin` times and
 * its smoothed share of one reading reaches `heNextShare`.
 */
function heNextText(counts: Counts, params: BuildParams): string {
  const out: string[] = [];
  for (const [next, [plural, he]] of counts.heNext) {
    const n = plural + he;
    if (n < params.heNextMin) continue;
    if ((plural + 0.5) / (n + 1) >= params.heNextShare) out.push(`${next}\t1`);
    else if ((he + 0.5) / (n + 1) >= params.heNextShare) out.push(`${next}\t0`);
  }
  return out.sort().join('\n') + (out.length > 0 ? '\n' : '');
}

/** A glued «…های» key is fixed when the gold writes it at least this often... */
const HE_FIXED_MIN = 3;
/** ...with one reading at least this share of the time. */
const HE_FIXED_SHARE = 0.9;

/**
 * Glued «…های» keys whose reading the gold settles («هسته‌ای» 300× and «هست‌های» never): the next word
 * must not flip them («برنامهٔ هسته‌ای خود» stays). One key per line, sorted.
 */
function heFixedText(counts: Counts): string {
  const byKey = new Map<string, [number, number]>();
  for (const [form, n] of counts.words) {
    const plural = form.endsWith(`${ZWNJ_CHAR}های`);
    if (!plural && !form.endsWith(`ه${ZWNJ_CHAR}ای`)) continue;
    const key = stripZwnj(form);
    let cell = byKey.get(key);
    if (!cell) byKey.set(key, (cell = [0, 0]));
    cell[plural ? 0 : 1] += n;
  }
  const out: string[] = [];
  for (const [key, [plural, he]] of byKey) {
    const total = plural + he;
    if (total >= HE_FIXED_MIN && Math.max(plural, he) >= HE_FIXED_SHARE * total) out.push(key);
  }
  return out.sort().join('\n') + (out.length > 0 ? '\n' : '');
}

/** Pairs seen at most this often (joined + spaced) estimate how a piece's unseen pairs are written. */
const RARE_PAIR_COUNT = 3;

/** Minimum ZWNJ joins for an open-class piece to get rates. */
const MIN_PIECE_JOINS = 3;

/**
 * Rates of open-class compound pieces: for a right piece b, joins / (joins + spaced + glued), where
 * spaced counts «a b» and glued counts plain words «ab» with a known «a»; likewise for left pieces.
 */
function pieceRates(counts: Counts, known: ReadonlyMap<string, number>): string {
  const zR = new Map<string, number>();
  const zL = new Map<string, number>();
  for (const [key, n] of counts.joined) {
    const [a, b] = key.split('\t') as [string, string];
    // Affix joins (می‌, ‌ها, ...) say nothing about the open-class piece on the other side.
    if (!endsWithJoiningLetter(a) || SUFFIX_SET.has(b) || PREFIX_SET.has(a)) continue;
    bump(zR, b, n);
    bump(zL, a, n);
  }
  const right = new Set([...zR].filter(([, n]) => n >= MIN_PIECE_JOINS).map(([p]) => p));
  const left = new Set([...zL].filter(([, n]) => n >= MIN_PIECE_JOINS).map(([p]) => p));
  // Spaced rates are estimated on rare pairs only: frequent pairs get their own entry in the pair table,
  // and the pairs the piece rate decides at run time (unseen ones) behave like the rare ones.
  const rare = (key: string): boolean => (counts.joined.get(key) ?? 0) + (counts.spaced.get(key) ?? 0) <= RARE_PAIR_COUNT;
  const zRr = new Map<string, number>();
  const zLr = new Map<string, number>();
  for (const [key, n] of counts.joined) {
    const [a, b] = key.split('\t') as [string, string];
    if (!endsWithJoiningLetter(a) || SUFFIX_SET.has(b) || PREFIX_SET.has(a) || !rare(key)) continue;
    if (right.has(b)) bump(zRr, b, n);
    if (left.has(a)) bump(zLr, a, n);
  }
  const sR = new Map<string, number>();
  const sL = new Map<string, number>();
  for (const [key, n] of counts.spaced) {
    const [a, b] = key.split('\t') as [string, string];
    if (!endsWithJoiningLetter(a) || !rare(key)) continue;
    if (right.has(b) && known.has(a)) bump(sR, b, n);
    if (left.has(a) && known.has(b)) bump(sL, a, n);
  }
  const gR = new Map<string, number>();
  const gL = new Map<string, number>();
  for (const [form, n] of counts.words) {
    for (const p of form.split(ZWNJ_CHAR)) {
      for (let k = 2; k <= p.length - 2; k++) {
        const a = p.slice(0, k);
        const b = p.slice(k);
        if (!endsWithJoiningLetter(a)) continue;
        if (right.has(b) && known.has(a)) bump(gR, b, n);
        if (left.has(a) && known.has(b)) bump(gL, a, n);
      }
    }
  }
  const r = (z: number, o: number): number => Math.round((z / (z + o + 1)) * 1000) / 1000;
  const out: string[] = [];
  for (const p of [...left].sort()) out.push(`L\t${p}\t${r(zL.get(p)!, gL.get(p) ?? 0)}\t${r(zLr.get(p) ?? 0, sL.get(p) ?? 0)}`);
  for (const p of [...right].sort()) out.push(`R\t${p}\t${r(zR.get(p)!, gR.get(p) ?? 0)}\t${r(zRr.get(p) ?? 0, sR.get(p) ?? 0)}`);
  return out.join('\n') + '\n';
}

/** The best form for one ZWNJ-free key from the counted variants, or undefined when no source decides. */
function decideKey(
  key: string,
  forms: string[],
  backOff: string,
  counts: Counts,
  lex: Lexicons,
  params: BuildParams,
): string | undefined {
  const ud = (f: string): number => counts.words.get(f) ?? 0;
  const udTotal = forms.reduce((a, f) => a + ud(f), 0);
  const withZwnj = (f: string): number => (f.includes(ZWNJ_CHAR) ? 1 : 0);
  const pick = (list: string[], score: (f: string) => number): string =>
    [...list].sort(
      (a, b) =>
        score(b) - score(a) ||
        (b === backOff ? 1 : 0) - (a === backOff ? 1 : 0) ||
        withZwnj(b) - withZwnj(a) ||
        (a < b ? -1 : 1),
    )[0]!;
  const bonus = (f: string): number => (!f.includes(ZWNJ_CHAR) ? 1 : isAcademyForm(f) ? Math.max(params.academyBonus, params.zwnjBonus) : params.zwnjBonus);
  if (udTotal > 0) return pick(forms, (f) => ud(f) * bonus(f));
  const uni = (f: string): number => (lex.unilex.get(f) ?? 0) * (isAcademyForm(f) ? params.academyBonus : 1);
  const zwnjForms = forms.filter((f) => f.includes(ZWNJ_CHAR));
  const plainUni = uni(key);
  const bestZ = zwnjForms.length > 0 ? pick(zwnjForms, uni) : undefined;
  if (bestZ !== undefined && uni(bestZ) > 0 && uni(bestZ) >= params.unilexRatio * plainUni) {
    return bestZ;
  }
  if (plainUni >= params.unilexKeepMin) return key;
  const hz = (f: string): number => (lex.hazm.has(f) ? 1 + (lex.hazm.get(f) ?? 0) : 0);
  const hazmZ = zwnjForms.filter((f) => lex.hazm.has(f));
  if (hazmZ.length > 0 && !(lex.hazm.get(key)! > 0)) return [...hazmZ].sort((a, b) => hz(b) - hz(a) || (a < b ? -1 : 1))[0];
  if (params.hazmKeeps && lex.hazm.has(key)) return key;
  if (params.hunspellWords) {
    const hs = zwnjForms.filter((f) => lex.hunspell.has(f));
    if (hs.length > 0) return `${HUNSPELL_MARK}${hs[0]}`;
  }
  return undefined;
}

function scoreModel(model: ZwnjModel, lines: readonly Line[], keepErrors = false): { deleted: ZwnjScore; spaced: ZwnjScore } {
  const deleted = new ZwnjScore();
  const spaced = new ZwnjScore();
  for (const { text } of lines) {
    const inputs = degrade(text);
    deleted.add(text, restoreZwnjWith(model, inputs.deleted, DEFAULT_SETTINGS).text, keepErrors);
    spaced.add(text, restoreZwnjWith(model, inputs.spaced, DEFAULT_SETTINGS).text, keepErrors);
  }
  return { deleted, spaced };
}

/**
 * Tuning objective: per input, recall minus damage weighted by plain/ZWNJ word counts (one word fixed
 * equals one word damaged), with a steep penalty once damage passes `cap`: 0.3% (the target), or, when
 * the gold's own inconsistencies already cost more than that with every affix/compound back-off off,
 * that floor + 0.05 points (the back-off may add at most 0.05 points of damage).
 */
function objective(s: { deleted: ZwnjScore; spaced: ZwnjScore }, cap: { deleted: number; spaced: number }): number {
  let total = 0;
  for (const kind of ['deleted', 'spaced'] as const) {
    const x = s[kind];
    const weight = x.zwnjWords === 0 ? 1 : x.plainWords / x.zwnjWords;
    total += x.recall - weight * x.damage - (x.damage > cap[kind] ? (x.damage - cap[kind]) * 50 : 0);
  }
  return total;
}

/** Marks a decision that comes from Hunspell (LGPL), so it is written to the separate LGPL file. */
const HUNSPELL_MARK = '\u0001';

/** Plural and comparative suffixes, which the Academy writes after a ZWNJ (after a joining letter). */
const ACADEMY_SUFFIXES: ReadonlySet<string> = new Set(SUFFIXES.filter((s) => s.startsWith('ها') || s.startsWith('تر')));
/** Stems the Academy glues «تر»/«ترین» to («بهتر», «بیشتر», «کمتر»), and the demonstratives (an option). */
const ACADEMY_GLUED_STEMS: ReadonlySet<string> = new Set(['به', 'بیش', 'کم', 'مه', 'که', 'آن', 'این']);

/**
 * Whether a form has the one ZWNJ the Academy rules ask for: before a plural or comparative suffix
 * («ارزش‌ها», «محبوب‌تر», not «بهتر») or after the privative «بی» («بی‌هوش»).
 */
function isAcademyForm(form: string): boolean {
  // The privative «بی» the Academy writes apart («بی‌هوش»).
  if (form.startsWith('بی' + ZWNJ_CHAR) && form.indexOf(ZWNJ_CHAR, 3) < 0) return true;
  const cut = form.lastIndexOf(ZWNJ_CHAR);
  if (cut <= 0 || !ACADEMY_SUFFIXES.has(form.slice(cut + 1))) return false;
  const stem = form.slice(0, cut);
  return endsWithJoiningLetter(stem) && !ACADEMY_GLUED_STEMS.has(stem);
}

/** The parameters found by the last `--tune` run (where tuning starts, and what a plain run uses). */
const START_PARAMS: BuildParams = {
  minStemCount: 1,
  minGluedRate: 0.2,
  minSpacedRate: 0.5,
  minPieceGluedRate: 0.6,
  minPieceSpacedRate: 0.8,
  unilexRatio: 1,
  unilexKeepMin: 3,
  hazmKeeps: true,
  minPairMargin: 1,
  hunspellWords: true,
  hunspellPairs: false,
  zwnjBonus: 1,
  unilexPairMin: 1e9,
  academyBonus: 3,
  gluedPairs: false,
  serajiWeight: 1,
  contextMin: 5,
  contextShare: 0.85,
  lexPairRate: 0.3,
  lexPairUnilexMin: 1000,
  heNextMin: 3,
  heNextShare: 0.85,
  strongPairMin: 1,
  strongPairShare: 0.9,
};

const GRID: { readonly [K in keyof BuildParams]: readonly BuildParams[K][] } = {
  minStemCount: [1, 3],
  minGluedRate: [0.2, 0.35, 0.5, 0.65],
  minSpacedRate: [0.35, 0.5, 0.65],
  minPieceGluedRate: [0.6, 0.8, 0.9, 2],
  minPieceSpacedRate: [0.8, 0.9, 2],
  unilexRatio: [0.3, 1],
  unilexKeepMin: [3],
  hazmKeeps: [true],
  minPairMargin: [1, 2],
  hunspellWords: [true, false],
  hunspellPairs: [false, true],
  zwnjBonus: [1, 1.5, 2],
  unilexPairMin: [1e9, 1000, 300],
  academyBonus: [3],
  gluedPairs: [false, true],
  serajiWeight: [1],
  contextMin: [3, 5],
  contextShare: [0.75, 0.85],
  lexPairRate: [0.2, 0.3, 0.4, 2],
  lexPairUnilexMin: [300, 1000, 1e9],
  heNextMin: [3, 5],
  heNextShare: [0.75, 0.85, 0.95, 2],
  strongPairMin: [1, 2, 3, 5],
  strongPairShare: [0.8, 0.9, 0.95, 2],
};

function tune(prep: Prepared, tuneLines: readonly Line[]): BuildParams {
  const off = { minGluedRate: 2, minSpacedRate: 2, minPieceGluedRate: 2, minPieceSpacedRate: 2, hunspellPairs: false };
  const floor = scoreModel(buildModel(prep, { ...START_PARAMS, ...off }).model, tuneLines);
  const cap = {
    deleted: Math.max(0.003, floor.deleted.damage + 0.0005),
    spaced: Math.max(0.003, floor.spaced.damage + 0.0005),
  };
  console.log(`  damage floor with the back-off off: deleted ${pct(floor.deleted.damage)}, spaced ${pct(floor.spaced.damage)}; caps ${pct(cap.deleted)}, ${pct(cap.spaced)}`);
  let best: BuildParams = START_PARAMS;
  let bestScore = objective(scoreModel(buildModel(prep, best).model, tuneLines), cap);
  for (let round = 0; round < 1; round++) {
    let changed = false;
    for (const name of Object.keys(GRID) as (keyof BuildParams)[]) {
      for (const value of GRID[name]) {
        if (best[name] === value) continue;
        const trial = { ...best, [name]: value } as BuildParams;
        const score = objective(scoreModel(buildModel(prep, trial).model, tuneLines), cap);
        if (process.argv.includes('--verbose')) console.log(`  try ${name} = ${String(value)}: ${score.toFixed(5)}`);
        if (score > bestScore + 1e-9) {
          best = trial;
          bestScore = score;
          changed = true;
          console.log(`  tune: ${name} = ${String(value)} → ${score.toFixed(5)}`);
        }
      }
    }
    if (!changed) break;
  }
  return best;
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

function main(): void {
  const t0 = performance.now();
  const lines = readTrainLines();
  const lex = readLexicons();
  // Tuning fold: a held-back tenth of the TRAIN lines (index % 10 === 8; 9 is dev and never read here).
  const tuneLines = lines.filter((l) => l.index % 10 === 8);
  const fitLines = lines.filter((l) => l.index % 10 !== 8);
  console.log(`train lines ${lines.length} (fit ${fitLines.length}, tune ${tuneLines.length})`);
  // Tuning (`--tune`) takes minutes per trial on a busy machine; by default the recorded result is used.
  const quick = !process.argv.includes('--tune') || process.argv.includes('--param');
  // `--param name=value` overrides one start parameter (experiments).
  const overrides: Record<string, number | boolean> = {};
  process.argv.forEach((arg, k) => {
    if (arg !== '--param') return;
    const [name, value] = (process.argv[k + 1] ?? '').split('=') as [string, string];
    overrides[name] = value === 'true' ? true : value === 'false' ? false : Number(value);
  });
  const start = { ...START_PARAMS, ...overrides } as BuildParams;
  // The Seraji weight changes the counts themselves, so it is set per run, not searched by tune().
  const fitPrep = prepare(countLines(fitLines, start.serajiWeight), lex);
  const params = quick ? undefined : tune(fitPrep, tuneLines);
  const chosen: BuildParams = params ?? start;
  const showErrors = process.argv.includes('--errors');
  const tuneScore = scoreModel(buildModel(fitPrep, chosen).model, tuneLines, showErrors);
  if (showErrors) {
    for (const kind of ['deleted', 'spaced'] as const) {
      for (const which of ['missed', 'damaged'] as const) {
        console.log(`top ${which} words on the tune fold, ${kind} input:`);
        for (const [e, n] of tuneScore[kind].topErrors(Number(process.env.ZWNJ_ERRORS ?? 40), which)) console.log(`  ${n}\t${e}`);
      }
    }
  }
  console.log(
    `tune fold: deleted recall ${pct(tuneScore.deleted.recall)} damage ${pct(tuneScore.deleted.damage)}; ` +
      `spaced recall ${pct(tuneScore.spaced.recall)} damage ${pct(tuneScore.spaced.damage)}`,
  );
  for (const prefix of ['fa_perdt', 'fa_seraji']) {
    const part = scoreModel(buildModel(fitPrep, chosen).model, tuneLines.filter((l) => l.file.startsWith(prefix)));
    console.log(
      `  ${prefix} tune lines: deleted recall ${pct(part.deleted.recall)} damage ${pct(part.deleted.damage)}; ` +
        `spaced recall ${pct(part.spaced.recall)} damage ${pct(part.spaced.damage)}`,
    );
  }
  if (process.argv.includes('--dry-run')) return;
  const final = buildModel(prepare(countLines(lines, chosen.serajiWeight), lex), chosen);
  // Dev scores of the pass alone (never trained on): UD dev `# text` lines and raw train lines with isDev.
  const devLines: Line[] = [];
  for (const [dir, file] of [['ud-persian-perdt', 'fa_perdt-ud-dev.conllu'], ['ud-persian-seraji', 'fa_seraji-ud-dev.conllu']] as const) {
    let index = 0;
    for (const line of readShared(dir, file).split('\n')) {
      if (!line.startsWith('# text = ')) continue;
      if (isDev(index)) devLines.push({ file, index, text: line.slice('# text = '.length) });
      index++;
    }
  }
  for (const [dir, file] of RAW_FILES) {
    readShared(dir, file)
      .split('\n')
      .forEach((text, index) => {
        if (isDev(index) && text.length > 0) devLines.push({ file, index, text });
      });
  }
  const devScore = scoreModel(final.model, devLines);
  console.log(
    `dev (${devLines.length} lines, pass alone): deleted recall ${pct(devScore.deleted.recall)} damage ${pct(devScore.deleted.damage)} ` +
      `F1 ${(devScore.deleted.boundaryMacroF1 * 100).toFixed(2)}; spaced recall ${pct(devScore.spaced.recall)} damage ${pct(devScore.spaced.damage)} ` +
      `F1 ${(devScore.spaced.boundaryMacroF1 * 100).toFixed(2)}`,
  );
  mkdirSync(OUT, { recursive: true });
  const fileNames: Record<keyof ZwnjModelFiles, string> = {
    words: 'words.txt',
    stems: 'stems.tsv',
    verbs: 'verbs.txt',
    pairs: 'pairs.tsv',
    pieces: 'pieces.tsv',
    hunspellWords: 'lgpl-hunspell-words.txt',
    hunspellPairs: 'lgpl-hunspell-pairs.tsv',
    context: 'context.tsv',
    heNext: 'he-next.tsv',
    heFixed: 'he-fixed.txt',
    adjectives: 'adjectives.txt',
  };
  const fileMeta: Record<string, { sha256: string; bytes: number }> = {};
  for (const key of Object.keys(fileNames) as (keyof ZwnjModelFiles)[]) {
    const text = final.files[key];
    writeFileSync(join(OUT, fileNames[key]), text);
    fileMeta[fileNames[key]] = { sha256: sha256(text), bytes: Buffer.byteLength(text) };
  }
  const inputs: Record<string, string> = {};
  for (const [dir, file] of [...RAW_FILES, ['freq-unilex-fa', 'fa.txt'], ['lexicon-hazm', 'words.dat'], ['lexicon-hazm', 'verbs.dat'], ['lexicon-hunspell-fa', 'fa_IR.dic']] as const) {
    inputs[`${dir}/${file}`] = sha256(readShared(dir, file));
  }
  const meta = {
    ...final.meta,
    description:
      'ZWNJ (نیم‌فاصله) restoration: word forms and spaced-pair exceptions the morphology back-off gets wrong, stem counts, verb stems, suffix attachment rates.',
    licence: 'CC BY-SA 4.0 (derived from UD Persian PerDT and Seraji); Hazm parts MIT; Unilex parts Unicode License V3',
    sources: [
      { name: 'UD Persian PerDT raw train text', path: 'ud-persian-perdt/fa_perdt-train.raw.txt', licence: 'CC BY-SA 4.0', use: 'word forms with ZWNJ, pair counts, rates (dev lines i % 10 == 9 excluded)' },
      { name: 'UD Persian Seraji raw train text', path: 'ud-persian-seraji/fa_seraji-train.raw.txt', licence: 'CC BY-SA 4.0', use: 'as PerDT' },
      { name: 'Hazm words.dat and verbs.dat', path: 'lexicon-hazm/', licence: 'MIT (c) 2013 Alireza Nourian', use: 'ZWNJ spellings of unseen words and compound pairs, dictionary words, adjectives (the AJ tag), verb stems (past#present)' },
      { name: 'Hunspell fa_IR (reza1615/Persian-Spell-checker)', path: 'lexicon-hunspell-fa/fa_IR.dic', licence: 'LGPL-2.1', use: 'ONLY in lgpl-hunspell-words.txt and lgpl-hunspell-pairs.tsv (separate LGPL-2.1 files; delete both to drop it): ZWNJ spellings of compounds no other source decides' },
      { name: 'Unicode Unilex Persian frequencies', path: 'freq-unilex-fa/fa.txt', licence: 'Unicode License V3', use: 'stem counts, ZWNJ spellings of unseen words, compound pairs' },
    ],
    training: {
      params: chosen,
      trainLines: lines.length,
      tuneFold: 'train lines with index % 10 == 8 (tuning only; the final model counts all train lines)',
      tuneScores: {
        deletedRecall: tuneScore.deleted.recall,
        deletedDamage: tuneScore.deleted.damage,
        spacedRecall: tuneScore.spaced.recall,
        spacedDamage: tuneScore.spaced.damage,
      },
    },
    devScores: {
      lines: devLines.length,
      note: 'restoreZwnj alone on the isDev cut of the UD dev files and of the raw train files; npm run eval -- normalize runs the full normalize()',
      deletedRecall: devScore.deleted.recall,
      deletedDamage: devScore.deleted.damage,
      deletedBoundaryMacroF1: devScore.deleted.boundaryMacroF1,
      spacedRecall: devScore.spaced.recall,
      spacedDamage: devScore.spaced.damage,
      spacedBoundaryMacroF1: devScore.spaced.boundaryMacroF1,
    },
    sizes: { words: final.model.words.size, stems: final.model.stems.size, pairs: final.files.pairs.split('\n').length - 1 },
    inputs,
    files: fileMeta,
  };
  writeFileSync(join(OUT, 'model.json'), JSON.stringify(meta, null, 2) + '\n');
  writeFileSync(join(OUT, 'MODEL_CARD.md'), modelCard(meta));
  console.log(`wrote ${OUT} in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(meta.sizes)}`);
}

function modelCard(meta: {
  version: string;
  formatVersion: number;
  params: ZwnjParams;
  training: { params: BuildParams; trainLines: number; tuneScores: Record<string, number> };
  devScores: { lines: number; deletedRecall: number; deletedDamage: number; deletedBoundaryMacroF1: number; spacedRecall: number; spacedDamage: number; spacedBoundaryMacroF1: number };
  sources: { name: string; path: string; licence: string; use: string }[];
  files: Record<string, { sha256: string; bytes: number }>;
  sizes: Record<string, number>;
}): string {
  const rows = Object.entries(meta.files)
    .map(([f, m]) => `| ${f} | ${m.bytes} | \`${m.sha256}\` |`)
    .join('\n');
  const src = meta.sources.map((s) => `| ${s.name} | \`${s.path}\` | ${s.licence} | ${s.use} |`).join('\n');
  const t = meta.training.tuneScores;
  return `# zwnj model ${meta.version} (format ${meta.formatVersion})

Generated by \`src/normalize/zwnj/zwnj.train.ts\`; do not edit by hand.

ZWNJ (نیم‌فاصله) restoration for \`restoreZwnj\`: scored segmentation of glued words («میدهد» → «می‌دهد»)
and of spaced pairs («کتاب ها» → «کتاب‌ها»). The files hold only what the morphology back-off
(می/نمی + verb form, stem + suffix chain) cannot decide by itself: word forms whose seen spelling
differs from the back-off's, spaced pairs whose majority differs, stem counts and verb stems.
\`pieces.tsv\` holds how often open-class compound pieces («‌سازی», «بی‌») join; their spaced rates are
estimated on pairs seen at most ${RARE_PAIR_COUNT} times, as unseen pairs behave like rare ones.
\`context.tsv\` holds next-word contexts that flip the usual decision for the gap before a word-final
piece: «انجام‌شده در» but «انجام شده است».
\`he-next.tsv\` holds next words that choose between the two readings of a glued «…های»: «X‌های»
(plural + ezafe, needs a complement: «حرف‌های او») and «Xه‌ای» («حرفه‌ای که», «حرفه‌ای است»);
\`he-fixed.txt\` the glued keys the gold writes one way (at least ${HE_FIXED_MIN}×, ${HE_FIXED_SHARE * 100}% one reading:
«هسته‌ای»), which the next word does not flip.
\`adjectives.txt\` holds the words that take the comparative (Hazm's adjectives and the stems the gold
writes «تر»/«ترین» after): the back-off splits an unseen «…تر» only after one («لستر», «دکستر» stay).
\`pairs.tsv\` also holds compound pairs the train text leaves undecided but Hazm or Unilex write as one
ZWNJ word, when one of their pieces joins at least \`lexPairRate\` of its gold gaps («توافق نامه»; the
pairs only Hunspell has are in \`lgpl-hunspell-pairs.tsv\`). A pair marked \`2\` (joined in at least
\`strongPairShare\` of at least \`strongPairMin\` gold occurrences, «بین المللی») joins in any text but
one whose ZWNJs were stripped (a glued «می» the pass splits, «میشود»: there a typed space is meant); every
other compound pair joins only in a text that writes its ZWNJs as spaces («می شود», «کتاب ها»).
Where the sources disagree on a word, a spelling with the ZWNJ the Academy rules ask for (before a plural
or comparative suffix, after the privative «بی») weighs \`academyBonus\` times its count.
The back-off also splits unseen words at the privative «بی» before a known word («بیرمقی»), before a
glued ending of a ZWNJ word it knows («دانشآموزانش», «سبزهزارها») and before a plural after an unknown
stem («آرامستانهای»).

## Licence
CC BY-SA 4.0, because the word forms and pairs are derived from UD Persian PerDT and Seraji (CC BY-SA 4.0;
cite Rasooli et al. 2020 and Seraji et al.). Parts derived from Hazm are MIT (c) 2013 Alireza Nourian; parts
from Unilex are under the Unicode License V3.

\`lgpl-hunspell-words.txt\` and \`lgpl-hunspell-pairs.tsv\` are derived from the Hunspell fa_IR dictionary of
reza1615/Persian-Spell-checker (commit 1adf3d5, LGPL 2.1) and are distributed under the LGPL 2.1, separately
from the rest of the model. They are optional: delete both and the model loads without them.

## Sources
| source | path under ../shared/data | licence | use |
|---|---|---|---|
${src}

## Training
${meta.training.trainLines} raw train lines (every line with index % 10 == 9 of each file is the dev cut and is never read).
Thresholds tuned on the train lines with index % 10 == 8 against a model counted on the others:
${Object.entries(meta.training.params)
  .map(([k, v]) => `\`${k}\` = ${String(v)}`)
  .join(', ')}.
Tune-fold scores: deleted-ZWNJ input recall ${pct(t.deletedRecall!)}, damage ${pct(t.deletedDamage!)}; spaced input recall ${pct(t.spacedRecall!)}, damage ${pct(t.spacedDamage!)}.
Dev scores (restoreZwnj alone, ${meta.devScores.lines} isDev lines of the UD dev files and raw train files, never trained on):
deleted input recall ${pct(meta.devScores.deletedRecall)}, damage ${pct(meta.devScores.deletedDamage)}, boundary macro-F1 ${(meta.devScores.deletedBoundaryMacroF1 * 100).toFixed(2)};
spaced input recall ${pct(meta.devScores.spacedRecall)}, damage ${pct(meta.devScores.spacedDamage)}, boundary macro-F1 ${(meta.devScores.spacedBoundaryMacroF1 * 100).toFixed(2)}.
Full normalize() figures: \`npm run eval -- normalize\`.

## Files
| file | bytes | sha256 |
|---|---|---|
${rows}

Entries: ${Object.entries(meta.sizes)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.
`;
}

main();
