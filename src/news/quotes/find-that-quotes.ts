/**
 * findThatQuotes (kind indirect): reported speech in a «که» clause after a reporting verb,
 * «کرملین اعلام کرد که ...», «او افزود، که ...». The content runs to the end of the sentence.
 */
import { hasPunctuation } from '../speakers/find-subject.js';
import { cueCandidate, isNotAStatement, trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

/** True when text[from, to) is blank or one comma. */
function isCommaOrBlank(text: string, from: number, to: number): boolean {
  return !hasPunctuation(text, from, to) || /^[\s\u200c]*[،,][\s\u200c]*$/.test(text.slice(from, to));
}

/** «وزیر نفت گفت که قیمت بنزین افزایش نمی‌یابد.» → indirect «قیمت بنزین افزایش نمی‌یابد», cue «گفت». */
export function findThatQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cues } = input;
  const out: QuoteCandidate[] = [];
  for (const cue of cues) {
    if (isNotAStatement(nt, cue, true)) continue;
    const k = cue.wordEnd;
    if (k >= nt.wordCount || nt.wordKey[k] !== 'که' || nt.wordSentence[k] !== nt.wordSentence[cue.wordStart]) continue;
    if (!isCommaOrBlank(nt.text, cue.end, nt.wordStart[k]!)) continue;
    const sentence = nt.sentences[nt.wordSentence[k]!]!;
    const content = trimContent(nt.text, nt.wordEnd[k]!, sentence.end, input.closeOf);
    if (content.end <= content.start) continue;
    out.push(cueCandidate(input, 'indirect', content, cue, sentence.wordStart, 'find-that-quotes'));
  }
  return out;
}
