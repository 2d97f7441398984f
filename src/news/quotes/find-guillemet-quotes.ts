/**
 * findGuillemetQuotes (kind guillemet): speech in «» or “” with the attribution after it in the same
 * sentence: «...»، محمد جمشیدی ... نوشت. / «...» این را عباس عراقچی ... گفت. Short «» (names of plans,
 * titles: «مدرسه هوشمند») are not speech: the content needs four words and must open its sentence,
 * or six words anywhere.
 */
import { isOpenQuote, wordAtOrAfter } from '../scan/scan-news-text.js';
import { findSubject } from '../speakers/find-subject.js';
import { findClose, firstPersonOf, trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

const MAX_WORDS_TO_CUE = 20;

function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x0a;
}

/** True when only spaces or punctuation other than letters lie between the paragraph's sentence start and `at`. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x200c || c === 0x09 || c === 0xa0) continue;
    return c === 0x0a || isTerminal(c) || c === 0x3a || c === 0xbb || c === 0x201d;
  }
  return true;
}

/** «ما عجله‌ای نداریم.» این را عباس عراقچی گفت. → guillemet quote, cue «گفت», subject «عباس عراقچی». */
export function findGuillemetQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cueAt } = input;
  const text = nt.text;
  const out: QuoteCandidate[] = [];
  for (const paragraph of nt.paragraphs) {
    for (let o = paragraph.start; o < paragraph.end; o++) {
      if (!isOpenQuote(text.charCodeAt(o))) continue;
      const close = findClose(input.closeOf, o, paragraph.end);
      if (close < 0) continue;
      const firstWord = wordAtOrAfter(nt, o);
      const afterWord = wordAtOrAfter(nt, close);
      const words = afterWord - firstWord;
      const open = o;
      o = close;
      if (!(words >= 6 || (words >= 4 && opensSentence(text, open)))) continue;
      // The attribution: a reporting verb after the closing mark, before the sentence ends.
      let cueWord = -1;
      for (let k = afterWord; k < nt.wordCount && k < afterWord + MAX_WORDS_TO_CUE; k++) {
        let ended = false;
        for (let i = k === afterWord ? close + 1 : nt.wordEnd[k - 1]!; i < nt.wordStart[k]!; i++) {
          if (isTerminal(text.charCodeAt(i))) ended = true;
        }
        if (ended) break;
        if (cueAt.has(k)) {
          cueWord = k;
          break;
        }
      }
      if (cueWord < 0) continue;
      const cue = cueAt.get(cueWord)!;
      const content = trimContent(text, open, close + 1, input.closeOf);
      if (content.end <= content.start) continue;
      out.push({
        kind: 'guillemet',
        start: content.start,
        end: content.end,
        cue: { start: cue.start, end: cue.end },
        negated: cue.negated,
        subject: findSubject(nt, afterWord, cueWord, { chainEnds: input.chainEnds, fronted: true }),
        anchor: open,
        rule: 'find-guillemet-quotes',
        firstPerson: firstPersonOf(cue),
      });
    }
  }
  return out;
}
