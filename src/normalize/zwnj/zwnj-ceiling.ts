/**
 * How far the dev gold agrees with itself, for `npm run eval -- normalize`: context-free oracles fitted
 * on a set of gold lines. For the deleted input the oracle writes every ZWNJ-free word in the form the
 * fitted gold uses most often for it («آنها» → «آن‌ها» where the gold writes that more often); for the
 * spaced input it joins or keeps each space between two pieces as the fitted gold does most often for
 * that pair («رئیس جمهور»). Fitted on the very gold it is scored on, what it still gets wrong is written
 * both ways with nothing in the word or pair to tell which: the most any decision by the word (or the
 * pair) alone can reach on that gold.
 */
import { ZWNJ_CHAR } from './char-classes.js';

/** A word: a maximal run of letters, marks, digits and ZWNJs (split keeps it as an odd part). */
const WORD_RUN = /([\p{L}\p{M}\p{N}\u200C]+)/u;

/** Counts of forms, by key. */
type Tally = Map<string, Map<string, number>>;

function tally(map: Tally, key: string, form: string): void {
  let forms = map.get(key);
  if (!forms) map.set(key, (forms = new Map()));
  forms.set(form, (forms.get(form) ?? 0) + 1);
}

/** The most frequent form of each key; ties go to the form that sorts first, so the result is stable. */
function majorities(map: Tally): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, forms] of map) {
    let best = '';
    let bestCount = -1;
    for (const [form, count] of forms) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    out.set(key, best);
  }
  return out;
}

/** The words of a line (odd parts of a split on WORD_RUN). */
function wordsOf(line: string): string[] {
  return line.split(WORD_RUN).filter((_, k) => k % 2 === 1);
}

/** The last word of a whitespace-free chunk, and its first word ('' when there is none). */
function lastWord(chunk: string): string {
  const words = wordsOf(chunk);
  return words[words.length - 1] ?? '';
}

function firstWord(chunk: string): string {
  return wordsOf(chunk)[0] ?? '';
}

/** The key of a gap between two pieces: the word before it and the word after it. */
function gapKey(left: string, right: string): string {
  return `${lastWord(left)} ${firstWord(right)}`;
}

export interface GoldOracles {
  /** Output for the deleted input of a gold line (the oracle reads the gold only to make that input). */
  deleted(gold: string): string;
  /** Output for the spaced input of a gold line. */
  spaced(gold: string): string;
}

/** The oracles fitted on `lines`. */
export function goldOracles(lines: readonly string[]): GoldOracles {
  const words: Tally = new Map();
  const gaps: Tally = new Map();
  for (const line of lines) {
    for (const word of wordsOf(line)) tally(words, word.split(ZWNJ_CHAR).join(''), word);
    // Every ZWNJ and every single space between two chunks is a gap the spaced input writes as a space.
    const chunks = line.split(/( )/);
    for (let c = 0; c < chunks.length; c += 2) {
      const pieces = chunks[c]!.split(ZWNJ_CHAR);
      for (let p = 1; p < pieces.length; p++) tally(gaps, gapKey(pieces[p - 1]!, pieces[p]!), ZWNJ_CHAR);
      if (c + 2 < chunks.length) tally(gaps, gapKey(pieces[pieces.length - 1]!, chunks[c + 2]!.split(ZWNJ_CHAR)[0]!), ' ');
    }
  }
  const wordForm = majorities(words);
  const gapForm = majorities(gaps);
  return {
    deleted: (gold) =>
      gold
        .split(ZWNJ_CHAR)
        .join('')
        .split(WORD_RUN)
        .map((part, k) => (k % 2 === 1 ? (wordForm.get(part) ?? part) : part))
        .join(''),
    spaced: (gold) => {
      const chunks = gold.split(ZWNJ_CHAR).join(' ').split(/( )/);
      let out = chunks[0]!;
      for (let c = 2; c < chunks.length; c += 2) out += (gapForm.get(gapKey(chunks[c - 2]!, chunks[c]!)) ?? ' ') + chunks[c]!;
      return out;
    },
  };
}

/** How many words with a ZWNJ in `dev` have a ZWNJ-free form that never occurs in `train`. */
export function unseenShare(dev: readonly string[], train: readonly string[]): { unseen: number; total: number } {
  const seen = new Set<string>();
  for (const line of train) for (const word of wordsOf(line)) seen.add(word.split(ZWNJ_CHAR).join(''));
  let unseen = 0;
  let total = 0;
  for (const line of dev) {
    for (const word of wordsOf(line)) {
      if (!word.includes(ZWNJ_CHAR)) continue;
      total++;
      if (!seen.has(word.split(ZWNJ_CHAR).join(''))) unseen++;
    }
  }
  return { unseen, total };
}
