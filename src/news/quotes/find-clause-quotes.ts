/**
 * findClauseQuotes (kind indirect): a statement folded into an adverbial clause before the main verb:
 * «او با بیان اینکه بودجه باید واقع‌بینانه باشد، تصریح کرد: ...», «با اشاره به اینکه ...»,
 * «با تاکید بر اینکه ...». The content ends at the comma before the next reporting verb of the sentence.
 */
import { compactKey } from '../scan/fold-key.js';
import { isBlank } from '../scan/scan-news-text.js';
import { findSubject } from '../speakers/find-subject.js';
import { trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

const MARKERS = new Set(
  [
    'با بیان اینکه', 'با بیان این که', 'ضمن بیان اینکه', 'با اشاره به اینکه', 'با اشاره به این که', 'ضمن اشاره به اینکه',
    'با تاکید بر اینکه', 'با تاکید بر این که', 'ضمن تاکید بر اینکه', 'با اعلام اینکه', 'با یادآوری اینکه', 'با عنوان اینکه',
    'با ابراز اینکه', 'با اظهار اینکه', 'با بیان آنکه', 'با تصریح اینکه', 'با توضیح اینکه', 'ضمن یادآوری اینکه',
  ].map(compactKey),
);
const PREFIXES = new Set([...MARKERS].flatMap((k) => Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1))));

function nextCueTable(words: number, cueAt: ReadonlyMap<number, unknown>): Int32Array {
  const next = new Int32Array(words);
  let at = -1;
  for (let k = words - 1; k >= 0; k--) {
    if (cueAt.has(k)) at = k;
    next[k] = at;
  }
  return next;
}

function lastCommaTable(nt: QuoteRuleInput['nt']): Int32Array {
  const last = new Int32Array(nt.wordCount);
  let at = -1;
  for (let k = 0; k < nt.wordCount; k++) {
    if (k > 0) {
      for (let i = nt.wordEnd[k - 1]!; i < nt.wordStart[k]!; i++) {
        const c = nt.text.charCodeAt(i);
        if (c === 0x060c || c === 0x2c) at = i;
      }
    }
    last[k] = at;
  }
  return last;
}

/** «او با بیان اینکه بودجه باید واقع‌بینانه باشد، تصریح کرد» → indirect «بودجه باید واقع‌بینانه باشد». */
export function findClauseQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cueAt } = input;
  const text = nt.text;
  const out: QuoteCandidate[] = [];
  // Computed lazily, once: for each word, the next cue at or after it, and the last comma before it.
  let nextCue: Int32Array | undefined;
  let lastComma: Int32Array | undefined;
  for (let i = 0; i < nt.wordCount; i++) {
    const first = nt.wordKey[i]!;
    if (first !== 'با' && first !== 'ضمن') continue;
    let acc = first;
    let end = -1;
    for (let k = i + 1; k < nt.wordCount && k < i + 6; k++) {
      if (nt.wordSentence[k] !== nt.wordSentence[i] || !isBlank(text, nt.wordEnd[k - 1]!, nt.wordStart[k]!)) break;
      acc += nt.wordKey[k]!;
      if (!PREFIXES.has(acc)) break;
      if (MARKERS.has(acc)) end = k + 1;
    }
    if (end < 0) continue;
    const sentence = nt.sentences[nt.wordSentence[i]!]!;
    let contentEnd = sentence.end;
    nextCue ??= nextCueTable(nt.wordCount, cueAt);
    lastComma ??= lastCommaTable(nt);
    const mainCue = end < nt.wordCount ? nextCue[end]! : -1;
    // The last comma between the marker and the main verb closes the folded statement.
    if (mainCue >= 0 && mainCue < sentence.wordEnd && lastComma[mainCue]! > nt.wordEnd[end - 1]!) contentEnd = lastComma[mainCue]!;
    const content = trimContent(text, nt.wordEnd[end - 1]!, contentEnd, input.closeOf);
    if (content.end <= content.start) continue;
    out.push({
      kind: 'indirect',
      start: content.start,
      end: content.end,
      cue: { start: nt.wordStart[i]!, end: nt.wordEnd[end - 1]! },
      negated: false,
      subject: findSubject(nt, sentence.wordStart, i, { chainEnds: input.chainEnds }),
      anchor: nt.wordStart[i]!,
      rule: 'find-clause-quotes',
    });
    i = end - 1;
  }
  return out;
}
