/**
 * Search keys for running text: normalize → segment → tag → lemmatize, then one key per word, with
 * affixes that were typed as separate words joined back («می روند» → one key «رفت», «کتاب ها» → «کتاب»).
 */
import { analyze } from '../analyze.js';
import { UPOS_TAGS, uposId } from '../doc/labels.js';
import { lemmatizeVerb, loadMorphModel, type MorphModel } from '../morph/index.js';
import { foldKey, foldLetters } from './fold-key.js';
import { searchKeyWith } from './search-key.js';

/** One indexed word: its text as written (a two-word «می روند» keeps both), its key and its offsets in the source. */
export interface TextKey {
  readonly token: string;
  readonly key: string;
  /** UTF-16 offsets into the text passed in, half-open. */
  readonly start: number;
  readonly end: number;
}

const ZWNJ = '\u200c';
/** Verb prefixes that, typed as their own word, belong to the next word («می روند»). */
const DETACHED_PREFIXES = new Set(['می', 'نمی']);
/** Suffixes that, typed as their own word, belong to the previous word («کتاب ها», «بزرگ ترین»). */
const DETACHED_SUFFIXES = new Set(['ها', 'های', 'هایی', 'ترین', 'تر']);
const SKIPPED = new Set([uposId('PUNCT'), uposId('SYM')]);

function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06f0 && c <= 0x06ff)) return true;
    if (c >= 0xc0 && c < 0x0600 && s[i]!.toLowerCase() !== s[i]!.toUpperCase()) return true;
    if (c >= 0xfb50 && c <= 0xfefe) return true;
  }
  return false;
}

interface Word {
  readonly text: string;
  readonly upos: number;
  readonly start: number;
  readonly end: number;
}

/** The key of a detached «می» + verb pair when the joined form is a verb the tables know, else ''. */
function joinedVerbKey(prefix: string, next: string, model: MorphModel): string {
  const lemma = lemmatizeVerb(`${prefix}${ZWNJ}${foldLetters(next)}`, model, false);
  return lemma ? foldKey(lemma) : '';
}

/**
 * One key per word of `text` (punctuation and symbols skipped), with offsets: «کتاب ها را می خوانند» →
 * [{token: «کتاب ها», key: «کتاب»}, {token: «را», key: «را»}, {token: «می خوانند», key: «خواند»}].
 */
export function textKeys(text: string): TextKey[] {
  const doc = analyze(text, { until: 'lemmatize' });
  const t = doc.tokens;
  const model = loadMorphModel();
  const words: Word[] = [];
  for (let i = 0; i < t.length; i++) {
    words.push({ text: doc.text.slice(t.start[i], t.end[i]), upos: t.upos[i]!, start: t.start[i]!, end: t.end[i]! });
  }
  const out: TextKey[] = [];
  const source = (a: Word, b: Word): { token: string; start: number; end: number } => {
    const start = doc.offsets.toSource(a.start);
    const end = doc.offsets.toSource(b.end);
    return { token: text.slice(start, end), start, end };
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SKIPPED.has(w.upos) || !hasLetterOrDigit(w.text)) continue;
    const next = words[i + 1];
    const folded = foldLetters(w.text);
    if (next && next.start > w.end && DETACHED_PREFIXES.has(folded)) {
      const key = joinedVerbKey(folded, next.text, model);
      if (key) {
        out.push({ ...source(w, next), key });
        i++;
        continue;
      }
    }
    if (next && next.start > w.end && DETACHED_SUFFIXES.has(foldLetters(next.text)) && w.upos !== uposId('VERB')) {
      const upos = w.upos === uposId('ADJ') ? w.upos : uposId('NOUN');
      const key = searchKeyWith(`${folded}${ZWNJ}${foldLetters(next.text)}`, upos, model);
      out.push({ ...source(w, next), key });
      i++;
      continue;
    }
    out.push({ ...source(w, w), key: searchKeyWith(w.text, w.upos, model) });
  }
  return out;
}

/** The keys alone, one per content word: «می روند» and «می‌روند» → [«رفت»]. */
export function searchKeysOfText(text: string): string[] {
  return textKeys(text).map((k) => k.key);
}

/** UPOS tags whose words get no key. */
export const UNKEYED_UPOS: readonly string[] = UPOS_TAGS.filter((_, i) => SKIPPED.has(i));
