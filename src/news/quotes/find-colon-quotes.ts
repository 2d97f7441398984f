/**
 * findColonQuotes (kind direct): speech after a reporting verb and a colon, «وی افزود: ...», or right
 * after the verb in «» («پوتین گفت «...»»). In «» the quote ends at the closing mark; bare, it runs to the
 * end of the sentence and on over the paragraph's next sentences until one holds a new attribution
 * (a third-person reporting verb or a chain marker), as multi-sentence quotes do in Persian news.
 */
import { isOpenQuote, skipSpaces } from '../scan/scan-news-text.js';
import { PRONOUNS } from '../speakers/speaker-words.js';
import { findClose, cueCandidate, isNotAStatement, trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

/** Sentences holding an attribution of their own, which ends a running quote. */
export function attributedSentences(input: QuoteRuleInput): Uint8Array {
  const marks = new Uint8Array(input.nt.sentences.length);
  const text = input.nt.text;
  for (const c of input.cues) {
    // A first-person verb inside a quote («همان‌طور که گفتم، ...») does not end it, nor does a promise in
    // the future tense («ایران به آن پاسخ خواهد داد»), which reports nothing yet said; one before a colon does.
    const beforeColon = /^[ \t\u200c]*:/.test(text.slice(c.end, c.end + 4));
    if ((c.person === 3 && c.tense !== 'future') || beforeColon) marks[input.nt.wordSentence[c.wordStart]!] = 1;
  }
  for (const l of input.chainLinks) marks[input.nt.wordSentence[input.nt.wordCount > 0 ? wordIndexAt(input, l.start) : 0]!] = 1;
  return marks;
}

function wordIndexAt(input: QuoteRuleInput, offset: number): number {
  const starts = input.nt.wordStart;
  let lo = 0;
  let hi = input.nt.wordCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A sentence that opens with «او»/«وی» speaks about the speaker, so it is narration, not more of the quote. */
function opensWithPronoun(nt: QuoteRuleInput['nt'], sentence: number): boolean {
  const s = nt.sentences[sentence]!;
  return s.wordStart < s.wordEnd && PRONOUNS.has(nt.wordKey[s.wordStart]!);
}

/** «اسد تصریح کرد: ما ایستاده‌ایم.» → direct quote «ما ایستاده‌ایم», cue «تصریح کرد», subject «اسد». */
export function findColonQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cues } = input;
  const text = nt.text;
  const out: QuoteCandidate[] = [];
  let attributed: Uint8Array | undefined;
  for (const cue of cues) {
    if (isNotAStatement(nt, cue, false)) continue;
    const s = nt.wordSentence[cue.wordStart]!;
    const sentence = nt.sentences[s]!;
    const paragraph = nt.paragraphs[sentence.paragraph]!;
    let p = skipSpaces(text, cue.end, paragraph.end);
    const c = text.charCodeAt(p);
    if (c === 0x3a || c === 0xff1a) p = skipSpaces(text, p + 1, paragraph.end);
    else if (!isOpenQuote(c)) continue;
    if (p >= paragraph.end) continue;
    let end: number;
    if (isOpenQuote(text.charCodeAt(p))) {
      const close = findClose(input.closeOf, p, paragraph.end);
      end = close < 0 ? paragraph.end : close + 1;
    } else {
      attributed ??= attributedSentences(input);
      let last = s;
      while (last + 1 < paragraph.sentenceEnd && attributed[last + 1] === 0 && !opensWithPronoun(nt, last + 1)) last++;
      end = nt.sentences[last]!.end;
    }
    const content = trimContent(text, p, end, input.closeOf);
    if (content.end <= content.start) continue;
    out.push(cueCandidate(input, 'direct', content, cue, sentence.wordStart, 'find-colon-quotes'));
  }
  return out;
}
