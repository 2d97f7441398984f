/**
 * findAccordingToQuotes (kind indirect): «به گفته X، ...»: the rest of the sentence after the comma is
 * X's statement. The chain link («according-to» source) gives X; the cue is «به گفته».
 */
import { trimEnd } from '../scan/scan-news-text.js';
import { trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

/** «به گفته سخنگوی آتش‌نشانی، این حادثه تلفات نداشت.» → indirect «این حادثه تلفات نداشت». */
export function findAccordingToQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, chainLinks } = input;
  const out: QuoteCandidate[] = [];
  for (const link of chainLinks) {
    if (link.kind !== 'according-to' || link.nameWordEnd >= nt.wordCount) continue;
    const next = link.nameWordEnd;
    if (nt.wordSentence[next] !== nt.wordSentence[link.nameWordStart]) continue;
    if (!/^[\s\u200c]*[،,][\s\u200c]*$/.test(nt.text.slice(link.nameEnd, nt.wordStart[next]!))) continue;
    const sentence = nt.sentences[nt.wordSentence[next]!]!;
    const content = trimContent(nt.text, nt.wordStart[next]!, sentence.end, input.closeOf);
    if (content.end <= content.start) continue;
    out.push({
      kind: 'indirect',
      start: content.start,
      end: content.end,
      cue: { start: link.start, end: trimEnd(nt.text, link.start, link.nameStart) },
      negated: false,
      subject: { wordStart: link.nameWordStart, wordEnd: link.nameWordEnd, start: link.nameStart, end: link.nameEnd },
      anchor: link.start,
      rule: 'find-according-to-quotes',
    });
  }
  return out;
}
