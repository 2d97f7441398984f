/**
 * candidateWords: the words keyword and summary ranking may use, with the key they are counted under:
 * the lemma when the Doc has one (so «تحریم‌ها» counts as «تحریم»), else the folded form. When the Doc is
 * tagged only NOUN, PROPN and ADJ are kept; stopwords, numbers and one-letter words never are.
 */
import type { Doc } from '../../doc/doc.js';
import { uposId } from '../../doc/labels.js';
import { foldKey } from '../scan/fold-key.js';
import type { NewsText } from '../scan/scan-news-text.js';

/** Per word of the scanned text: its key, or '' when it is not a candidate. */
export interface CandidateWords {
  readonly keys: readonly string[];
}

const CONTENT_UPOS = new Set([uposId('NOUN'), uposId('PROPN'), uposId('ADJ')]);
const UNTAGGED = new Set([0, uposId('X'), uposId('_')]);

function isNumberKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const digit = (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
    if (!digit && c !== 0x066b && c !== 0x066c) return false;
  }
  return true;
}

/** Candidate keys for the words of `nt`: «تحریم‌های تازه علیه ایران» → «تحریم», «تازه», '', «ایران». */
export function candidateWords(nt: NewsText, doc: Doc | undefined, stopwords: ReadonlySet<string>): CandidateWords {
  const keys: string[] = new Array<string>(nt.wordCount).fill('');
  const tokens = doc?.tokens;
  const tagged = doc !== undefined && doc.assigned.includes('upos');
  const lemmatized = doc !== undefined && doc.assigned.includes('lemma');
  let t = 0;
  for (let w = 0; w < nt.wordCount; w++) {
    const start = nt.wordStart[w]!;
    const end = nt.wordEnd[w]!;
    let lemma = '';
    let upos = 0;
    if (tokens) {
      while (t < tokens.length && tokens.start[t]! < start) t++;
      if (t < tokens.length && tokens.start[t] === start && tokens.end[t] === end) {
        upos = tokens.upos[t]!;
        if (lemmatized) lemma = tokens.lemma[t]!;
      }
    }
    if (tagged && !UNTAGGED.has(upos) && !CONTENT_UPOS.has(upos)) continue;
    const surfaceKey = nt.wordKey[w]!;
    if (surfaceKey.length < 2 || stopwords.has(surfaceKey) || isNumberKey(surfaceKey)) continue;
    const key = lemma && lemma !== '_' ? foldKey(lemma) : surfaceKey;
    if (key.length < 2 || stopwords.has(key)) continue;
    keys[w] = key;
  }
  return { keys };
}
