/**
 * findChainLinks: the links a reporting chain is written with: «به گزارش X» (report), «به گزارش
 * خبرنگار X» (reporter), «به نقل از Y» / «به نوشته Y» (citation), «به گفته Z» (according-to). A name
 * runs to the next comma, colon, marker or sentence end (at most 10 words).
 */
import type { SourceKind } from '../../doc/labels.js';
import { isBlank, type NewsText } from '../scan/scan-news-text.js';
import { DESK_WORDS, OUTLET_HEADS, SOURCE_MARKERS, SOURCE_MARKER_PREFIXES } from './source-markers.js';

/** A chain link before depths are given: the whole phrase [start, end) and the name's span. */
export interface ChainLink {
  readonly kind: SourceKind;
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly name: string;
  /** Word range of the name. */
  readonly nameWordStart: number;
  readonly nameWordEnd: number;
}

const MAX_NAME_WORDS = 10;
/** Prepositions that follow a reporter link's outlet with the place the reporter works in. */
const REPORTER_PLACE_WORDS: ReadonlySet<string> = new Set(['به', 'در']);

/** Marker starting at word i: its kind and the word after it, or undefined. */
export function markerAt(nt: NewsText, i: number): { kind: SourceKind; next: number } | undefined {
  let acc = nt.wordKey[i]!;
  if (!SOURCE_MARKER_PREFIXES.has(acc)) return undefined;
  let found: { kind: SourceKind; next: number } | undefined;
  for (let k = i; ; ) {
    const kind = SOURCE_MARKERS.get(acc);
    if (kind) found = { kind, next: k + 1 };
    k++;
    if (k >= nt.wordCount || k - i > 4 || nt.wordSentence[k] !== nt.wordSentence[i]) break;
    if (!isBlank(nt.text, nt.wordEnd[k - 1]!, nt.wordStart[k]!)) break;
    acc += nt.wordKey[k]!;
    if (!SOURCE_MARKER_PREFIXES.has(acc)) break;
  }
  return found;
}

/** True when the text between two words holds a character that ends a chain name. */
function breaksName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ، , : ؛ ; . ! ? ؟ ( ) « » newline
    if (c === 0x060c || c === 0x2c || c === 0x3a || c === 0x061b || c === 0x3b || c === 0x2e || c === 0x21 || c === 0x3f ||
      c === 0x061f || c === 0x28 || c === 0x29 || c === 0xab || c === 0xbb || c === 0x0a || c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** Every chain link, in text order: «به گزارش ایسنا به نقل از اینترفاکس، ...» → report ایسنا, citation اینترفاکس. */
export function findChainLinks(nt: NewsText): ChainLink[] {
  const links: ChainLink[] = [];
  const { text, wordStart, wordEnd, wordKey } = nt;
  for (let i = 0; i < nt.wordCount; i++) {
    const marker = markerAt(nt, i);
    if (!marker) continue;
    const first = marker.next;
    if (first >= nt.wordCount || nt.wordSentence[first] !== nt.wordSentence[i] || breaksName(text, wordEnd[first - 1]!, wordStart[first]!)) continue;
    let last = first; // exclusive end of the name's words
    let closed = false;
    while (last < nt.wordCount && last - first < MAX_NAME_WORDS && nt.wordSentence[last] === nt.wordSentence[i]) {
      if (last > first && breaksName(text, wordEnd[last - 1]!, wordStart[last]!)) {
        closed = true;
        break;
      }
      if (last > first && markerAt(nt, last)) {
        closed = true;
        break;
      }
      // «و به نقل از»: the «و» joins two links.
      if (last > first && wordKey[last] === 'و' && last + 1 < nt.wordCount && markerAt(nt, last + 1)) {
        closed = true;
        break;
      }
      last++;
    }
    if (!closed && last < nt.wordCount && nt.wordSentence[last] === nt.wordSentence[i]) {
      // No punctuation closes the name: keep the outlet's head and one word, or a single word.
      last = first + (OUTLET_HEADS.has(wordKey[first]!) && first + 1 < last ? 2 : 1);
    }
    let nameFirst = first;
    if (marker.kind === 'reporter') {
      while (nameFirst < last - 1 && DESK_WORDS.has(wordKey[nameFirst]!)) nameFirst++;
      // «خبرنگار اعزامی ایرنا به ژنو»، «خبرنگار ایسنا در تهران»: where the reporter is sent is not the outlet's name.
      for (let k = nameFirst + 1; k < last; k++) {
        if (REPORTER_PLACE_WORDS.has(wordKey[k]!)) {
          last = k;
          break;
        }
      }
    }
    const nameStart = wordStart[nameFirst]!;
    const nameEnd = wordEnd[last - 1]!;
    links.push({
      kind: marker.kind,
      start: wordStart[i]!,
      end: nameEnd,
      nameStart,
      nameEnd,
      name: text.slice(nameStart, nameEnd),
      nameWordStart: nameFirst,
      nameWordEnd: last,
    });
    i = last - 1;
  }
  return links;
}
