/**
 * Scoring of ZWNJ restoration against gold text, shared by zwnj.train.ts (tuning on train folds) and
 * normalize.eval.ts: texts are aligned on their letter sequences and compared boundary by boundary.
 */
import { SUFFIXES, VERB_PREFIXES } from './affixes.js';
import { ZWNJ, isLetter, isMark, isNonJoiningLetter } from './char-classes.js';

const NONE = 0;
const SPACE = 1;
const JOIN = 2;
const OTHER = 3;

interface Letters {
  /** Offset of each letter in the text. */
  readonly at: number[];
  /** Class of the boundary after letter k (between letter k and k + 1). */
  readonly gap: number[];
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Letters and boundary classes of a text. A ZWNJ after a non-joining letter is invisible, so it
 * counts as no boundary at all (Seraji writes «هر‌چند»; the Academy and we write «هرچند»).
 */
function lettersOf(text: string): Letters {
  const at: number[] = [];
  const gap: number[] = [];
  let cls = NONE;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) && c !== 0x0640) {
      if (at.length > 0) gap.push(cls);
      at.push(i);
      prev = c;
      cls = NONE;
    } else if (isMark(c) || c === 0x0640 || c === 0x200d) {
      // transparent
    } else if (c === ZWNJ) {
      if (cls === NONE && !isNonJoiningLetter(prev)) cls = JOIN;
    } else if (isSpace(c)) {
      if (cls !== OTHER) cls = SPACE;
    } else {
      cls = OTHER;
    }
  }
  gap.push(OTHER);
  return { at, gap };
}

/** Affix pieces the Academy rules always attach with a ZWNJ: plural «ها» chains and «تر»/«ترین». */
const ACADEMY_SUFFIXES: ReadonlySet<string> = new Set(SUFFIXES.filter((s) => s.startsWith('ها') || s.startsWith('تر')));
const ACADEMY_PREFIXES: ReadonlySet<string> = new Set(VERB_PREFIXES);

/** Counts over many sentences. */
export class ZwnjScore {
  zwnjWords = 0;
  zwnjRight = 0;
  plainWords = 0;
  plainChanged = 0;
  /**
   * Wrong words whose every wrong boundary is a ZWNJ the output adds where the gold glues an affix the
   * Academy rules write with ZWNJ (gold «سالها», «بزرگترین», «میشود»; output «سال‌ها», «بزرگ‌ترین», «می‌شود»).
   * Only the secondary `academy*` figures use them; recall, damage and F1 count them as errors.
   */
  zwnjAcademy = 0;
  plainAcademy = 0;
  sentences = 0;
  misaligned = 0;
  /** confusion[gold][pred] over none/space/join boundaries. */
  readonly confusion = [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ];
  /** Missed ZWNJ words, `gold → output`. */
  readonly errors = new Map<string, number>();
  /** Damaged plain words, `gold → output`. */
  readonly damaged = new Map<string, number>();

  /** Adds one sentence: `gold` text and the system's output for the degraded input. */
  add(gold: string, pred: string, keepErrors = true): void {
    this.sentences++;
    const g = lettersOf(gold);
    const p = lettersOf(pred);
    if (g.at.length !== p.at.length) {
      this.misaligned++;
      return;
    }
    const n = g.at.length;
    for (let k = 0; k < n - 1; k++) {
      const gc = g.gap[k]!;
      if (gc === OTHER) continue;
      this.confusion[gc]![p.gap[k]!]!++;
    }
    // Words: gold split on whitespace; each covers a run of letters.
    let k = 0;
    while (k < n) {
      let e = k;
      while (e < n - 1 && (g.gap[e] === NONE || g.gap[e] === JOIN || (g.gap[e] === OTHER && !hasSpaceBetween(gold, g.at[e]!, g.at[e + 1]!)))) e++;
      // letters k..e form one gold word
      let hasJoin = false;
      let right = true;
      for (let m = k; m < e; m++) {
        if (g.gap[m] === JOIN) hasJoin = true;
        if (g.gap[m] !== p.gap[m]) right = false;
      }
      if (k > 0 && g.gap[k - 1] === SPACE && p.gap[k - 1] !== SPACE) right = false;
      if (g.gap[e] === SPACE && p.gap[e] !== SPACE) right = false;
      const academy = !right && academyResolves(gold, g, p, k, e);
      if (hasJoin) {
        this.zwnjWords++;
        if (right) this.zwnjRight++;
        else if (academy) this.zwnjAcademy++;
      } else {
        this.plainWords++;
        if (!right) this.plainChanged++;
        if (academy) this.plainAcademy++;
      }
      if (!right && keepErrors) {
        const goldWord = gold.slice(g.at[k]!, g.at[e]! + 1);
        const from = k > 0 && p.gap[k - 1] !== SPACE && p.gap[k - 1] !== OTHER ? p.at[k - 1]! : p.at[k]!;
        const to = g.gap[e] === SPACE && p.gap[e] !== SPACE && e + 1 < n ? p.at[e + 1]! + 1 : p.at[e]! + 1;
        const key = `${goldWord} → ${pred.slice(from, to)}`;
        const map = hasJoin ? this.errors : this.damaged;
        map.set(key, (map.get(key) ?? 0) + 1);
      }
      k = e + 1;
    }
  }

  merge(other: ZwnjScore): void {
    this.zwnjWords += other.zwnjWords;
    this.zwnjRight += other.zwnjRight;
    this.plainWords += other.plainWords;
    this.plainChanged += other.plainChanged;
    this.sentences += other.sentences;
    this.misaligned += other.misaligned;
    this.zwnjAcademy += other.zwnjAcademy;
    this.plainAcademy += other.plainAcademy;
    for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) this.confusion[a]![b]! += other.confusion[a]![b]!;
    for (const [key, count] of other.errors) this.errors.set(key, (this.errors.get(key) ?? 0) + count);
    for (const [key, count] of other.damaged) this.damaged.set(key, (this.damaged.get(key) ?? 0) + count);
  }

  get recall(): number {
    return this.zwnjWords === 0 ? 1 : this.zwnjRight / this.zwnjWords;
  }

  get damage(): number {
    return this.plainWords === 0 ? 0 : this.plainChanged / this.plainWords;
  }

  /** Secondary: recall counting the words whose only disagreement the Academy rules resolve as right. */
  get academyRecall(): number {
    return this.zwnjWords === 0 ? 1 : (this.zwnjRight + this.zwnjAcademy) / this.zwnjWords;
  }

  /** Secondary: damage without the words whose only disagreement the Academy rules resolve in the output's favour. */
  get academyDamage(): number {
    return this.plainWords === 0 ? 0 : (this.plainChanged - this.plainAcademy) / this.plainWords;
  }

  /** Macro-F1 over the boundary classes space and ZWNJ. */
  get boundaryMacroF1(): number {
    const f1 = (cls: number): number => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (let a = 0; a < 3; a++) {
        for (let b = 0; b < 4; b++) {
          const v = this.confusion[a]![b]!;
          if (a === cls && b === cls) tp += v;
          else if (b === cls) fp += v;
          else if (a === cls) fn += v;
        }
      }
      return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    };
    return (f1(SPACE) + f1(JOIN)) / 2;
  }

  /** The most frequent errors, `gold → output`: missed ZWNJ words, or damaged plain words. */
  topErrors(limit: number, kind: 'missed' | 'damaged' = 'missed'): [string, number][] {
    return [...(kind === 'missed' ? this.errors : this.damaged)]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit);
  }
}

/**
 * Whether every wrong boundary of the gold word over letters k..e is a ZWNJ the output adds where the
 * gold glues «می»/«نمی» at the word start or a plural/comparative suffix at the word end (Academy
 * orthography writes these with ZWNJ after a joining letter; a ZWNJ the output adds is always after one).
 */
function academyResolves(gold: string, g: Letters, p: Letters, k: number, e: number): boolean {
  let any = false;
  for (let m = Math.max(0, k - 1); m <= e; m++) {
    if (g.gap[m] === p.gap[m]) continue;
    if (m < k || m === e || g.gap[m] !== NONE || p.gap[m] !== JOIN) return false;
    let s = m;
    while (s > k && g.gap[s - 1] === NONE && p.gap[s - 1] === NONE) s--;
    let t = m + 1;
    while (t < e && g.gap[t] === NONE && p.gap[t] === NONE) t++;
    const left = lettersText(gold, g, s, m);
    const right = lettersText(gold, g, m + 1, t);
    const prefix = s === k && ACADEMY_PREFIXES.has(left);
    // «آنها»/«اینها» vary legitimately (the `demonstratives` option): no rule resolves them.
    const suffix = t === e && ACADEMY_SUFFIXES.has(right) && !(s === k && (left === 'آن' || left === 'این'));
    if (!prefix && !suffix) return false;
    any = true;
  }
  return any;
}

/** The letters from..to (inclusive) of a text, without marks or anything else between them. */
function lettersText(text: string, l: Letters, from: number, to: number): string {
  let out = '';
  for (let m = from; m <= to; m++) out += text[l.at[m]!];
  return out;
}

function hasSpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The two degraded inputs of the issue: every ZWNJ deleted, every ZWNJ replaced by a space. */
export function degrade(gold: string): { deleted: string; spaced: string } {
  return { deleted: gold.split('\u200C').join(''), spaced: gold.split('\u200C').join(' ') };
}
