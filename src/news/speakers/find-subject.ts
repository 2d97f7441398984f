/**
 * findSubject: the subject noun phrase before a reporting verb, read left to right from the clause start:
 * skip the source chain («به گزارش ایسنا،»), discourse openers («در ادامه»), a fronted object («این را»)
 * and a leading adverbial set off by a comma, then take words up to a preposition, time word or particle
 * («ولادیمیر پوتین روز سه‌شنبه در ... گفت» → «ولادیمیر پوتین»). A comma after the phrase opens an
 * apposition («پوتین، رئیس‌جمهوری روسیه، گفت»). Persian is SOV, so the subject leads its clause.
 */
import type { NewsText } from '../scan/scan-news-text.js';
import { DEMONSTRATIVES, FRONTED_OBJECT, LEADING_PHRASES, ORG_HEADS, PRONOUNS, ROLE_HEADS, SUBJECT_STOPS } from './speaker-words.js';

export interface WordSpan {
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly start: number;
  readonly end: number;
}

export interface SubjectPhrase extends WordSpan {
  /** The phrase set off by commas right after the subject («، رئیس‌جمهوری روسیه،»). */
  readonly apposition?: WordSpan;
}

const MAX_PHRASE_WORDS = 8;
/** A leading adverbial («در پایان این نشست،») longer than this is not skipped, nor searched for a subject. */
const MAX_ADVERBIAL_WORDS = 12;

/** True when text[from, to) holds punctuation that separates phrases. */
export function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x200c || c === 0x09 || c === 0xa0) continue;
    return true;
  }
  return false;
}

function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x060c || c === 0x2c) return true;
  }
  return false;
}

function span(nt: NewsText, a: number, b: number): WordSpan {
  return { wordStart: a, wordEnd: b, start: nt.wordStart[a]!, end: nt.wordEnd[b - 1]! };
}

/** Words [i, j) of a noun phrase from i: up to a stop word, punctuation or the limit. */
function phraseFrom(nt: NewsText, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < MAX_PHRASE_WORDS && !SUBJECT_STOPS.has(nt.wordKey[j]!)) {
    if (j > i && hasPunctuation(nt.text, nt.wordEnd[j - 1]!, nt.wordStart[j]!)) break;
    j++;
  }
  // «سخنگو این خبر را تایید کرد»: a phrase stopped by «را» holds the object too; it starts at the demonstrative.
  if (j > i + 1 && j < to && nt.wordKey[j] === 'را') {
    for (let k = i + 1; k < j; k++) {
      if (DEMONSTRATIVES.has(nt.wordKey[k]!)) {
        j = k;
        break;
      }
    }
  }
  return j;
}

function skipLeading(nt: NewsText, i: number, to: number, chainEnds: ReadonlyMap<number, number>): number {
  for (let guard = 0; guard < 8 && i < to; guard++) {
    const chainEnd = chainEnds.get(i);
    if (chainEnd !== undefined) {
      i = chainEnd;
      continue;
    }
    let skipped = false;
    for (const phrase of LEADING_PHRASES) {
      if (i + phrase.length > to) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = nt.wordKey[i + k] === phrase[k];
      if (ok) {
        i += phrase.length;
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    // A leading adverbial set off by a comma («در پایان این نشست، ...»).
    if (SUBJECT_STOPS.has(nt.wordKey[i]!)) {
      let k = i + 1;
      while (k < to && k - i <= MAX_ADVERBIAL_WORDS && !hasComma(nt.text, nt.wordEnd[k - 1]!, nt.wordStart[k]!)) k++;
      if (k < to && k - i <= MAX_ADVERBIAL_WORDS) {
        i = k;
        continue;
      }
    }
    break;
  }
  return i;
}

export interface FindSubjectOptions {
  /** The region may open with a fronted object («این را ...»), as after a «...» quote. */
  readonly fronted?: boolean;
  /** Word index → the word after a source-chain link that starts there. */
  readonly chainEnds: ReadonlyMap<number, number>;
}

/** The subject of words [from, to) (to = the cue's first word), or undefined when the subject is dropped. */
export function findSubject(nt: NewsText, from: number, to: number, options: FindSubjectOptions): SubjectPhrase | undefined {
  let i = skipLeading(nt, from, to, options.chainEnds);
  if (options.fronted) {
    // «این را عباس عراقچی ... گفت»: skip the object up to «را» when it comes within four words.
    // «این جمله‌ای بود که رئیس کل گمرک ... بر زبان آورد»: the subject follows the «که».
    for (let k = i; k < to && k < i + 4; k++) {
      const key = nt.wordKey[k]!;
      if (key === 'را' || key === 'که') {
        if (FRONTED_OBJECT.has(nt.wordKey[i]!)) i = k + 1;
        break;
      }
    }
  }
  let j = phraseFrom(nt, i, to);
  if (j === i) {
    // The clause opens with an adverbial and no comma: look for a pronoun, role or organisation inside.
    for (let k = i; k < to && k - i <= MAX_ADVERBIAL_WORDS; k++) {
      const key = nt.wordKey[k]!;
      if (PRONOUNS.has(key) || ROLE_HEADS.has(key) || ORG_HEADS.has(key)) {
        i = k;
        j = phraseFrom(nt, k, to);
        break;
      }
    }
    if (j === i) return undefined;
  }
  // A pronoun is a whole noun phrase: «او پیش‌تر نیز گفته بود» has the subject «او», not «او پیش‌تر».
  if (PRONOUNS.has(nt.wordKey[i]!)) j = i + 1;
  // «سفیر ایران در مسکو، کاظم جلالی، گفت»: a role's «در ...» runs on to the comma of a name in apposition.
  if (j < to && ROLE_HEADS.has(nt.wordKey[i]!) && nt.wordKey[j] === 'در') j = roleWithPlace(nt, j, to) ?? j;
  const subject = span(nt, i, j);
  if (j < to && hasComma(nt.text, nt.wordEnd[j - 1]!, nt.wordStart[j]!)) {
    const k = phraseFrom(nt, j, to);
    if (k > j && nt.wordKey[j] !== 'که') return { ...subject, apposition: span(nt, j, k) };
  }
  return subject;
}

/** Words a role's place phrase («در سازمان ملل») may run before the comma that opens an apposition. */
const MAX_PLACE_WORDS = 4;

/**
 * The end of a role's «در» phrase when a comma and a phrase set off by a second comma follow it
 * («نماینده چین در سازمان ملل، فو کنگ، ...»); undefined otherwise, so «سخنگوی دولت در نشست خبری گفت»
 * keeps its role without the adverbial.
 */
function roleWithPlace(nt: NewsText, dar: number, to: number): number | undefined {
  for (let k = dar + 2; k < to && k - dar <= MAX_PLACE_WORDS; k++) {
    if (hasPunctuation(nt.text, nt.wordEnd[k - 2]!, nt.wordStart[k - 1]!)) return undefined;
    if (!hasComma(nt.text, nt.wordEnd[k - 1]!, nt.wordStart[k]!)) continue;
    const end = phraseFrom(nt, k, to);
    return end > k && end <= to && end < nt.wordCount && hasComma(nt.text, nt.wordEnd[end - 1]!, nt.wordStart[end]!) ? k : undefined;
  }
  return undefined;
}
