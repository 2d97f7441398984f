/**
 * findCommaQuotes (kind indirect): reported speech after a reporting verb and a comma, without «که»:
 * «رئیس کل بانک مرکزی تاکید کرد، نرخ ارز ... خواهد بود.» Not when the verb has an object («این را
 * تایید کرد، اما ...») or the comma opens a contrast («، اما», «، ولی», «، و»).
 */
import { foldKey } from '../scan/fold-key.js';
import { cueCandidate, isNotAStatement, trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

const NOT_SPEECH_OPENERS = new Set(['که', 'اما', 'ولی', 'و', 'زیرا', 'چون', 'چرا', 'تا', 'لیکن', 'بلکه', 'سپس', 'ضمن'].map((w) => foldKey(w)));
const MIN_CONTENT_WORDS = 3;

/** True when the clause holding the cue opens with «که» after a comma («ابن سینا، که به او ... می‌گفتند، ...»). */
function opensRelativeClause(nt: QuoteRuleInput['nt'], cueWord: number): boolean {
  const sentenceStart = nt.sentences[nt.wordSentence[cueWord]!]!.wordStart;
  for (let k = cueWord; k > sentenceStart; k--) {
    if (/[،,]/.test(nt.text.slice(nt.wordEnd[k - 1]!, nt.wordStart[k]!))) return nt.wordKey[k] === 'که';
  }
  return false;
}

/** «محمود نجفی‌عرب تاکید کرد، دولت باید موانع را برطرف کند.» → indirect «دولت باید موانع را برطرف کند». */
export function findCommaQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cues } = input;
  const out: QuoteCandidate[] = [];
  for (const cue of cues) {
    if (isNotAStatement(nt, cue, true)) continue;
    const k = cue.wordEnd;
    if (k >= nt.wordCount || nt.wordSentence[k] !== nt.wordSentence[cue.wordStart]) continue;
    if (!/^[\s\u200c]*[،,][\s\u200c]*$/.test(nt.text.slice(cue.end, nt.wordStart[k]!))) continue;
    if (NOT_SPEECH_OPENERS.has(nt.wordKey[k]!)) continue;
    if (cue.wordStart > 0 && nt.wordKey[cue.wordStart - 1] === 'را') continue;
    if (opensRelativeClause(nt, cue.wordStart)) continue;
    const sentence = nt.sentences[nt.wordSentence[k]!]!;
    if (sentence.wordEnd - k < MIN_CONTENT_WORDS) continue;
    const content = trimContent(nt.text, nt.wordStart[k]!, sentence.end, input.closeOf);
    out.push(cueCandidate(input, 'indirect', content, cue, sentence.wordStart, 'find-comma-quotes'));
  }
  return out;
}
