/**
 * findHeadlineQuotes (kind headline): a title line «اسد خطاب به پوتین: ...» or «ظریف: برجام زنده است».
 * Only the first paragraph, or a short paragraph (at most 20 words) that does not end with a period,
 * counts as a title; the part before the colon must be a short name or role (at most 6 words) with no
 * reporting verb, chain marker or label word («منبع:», «تاریخ:»).
 */
import { foldKey } from '../scan/fold-key.js';
import { wordAtOrAfter } from '../scan/scan-news-text.js';
import { hasPunctuation } from '../speakers/find-subject.js';
import { isOpenQuote } from '../scan/scan-news-text.js';
import { findClose, trimContent, type QuoteCandidate, type QuoteRuleInput } from './quote-candidate.js';

const MAX_TITLE_WORDS = 20;
const MAX_SPEAKER_WORDS = 6;
const LABELS = new Set(
  'منبع تاریخ عکس کد لینک برچسب خبر گزارش یادداشت توضیح پی‌نوشت تیتر سرتیتر روتیتر لید نویسنده ترجمه مترجم ساعت زمان مکان موضوع توجه نکته فوری اطلاعیه آدرس نشانی تلفن ایمیل منابع'
    .split(' ')
    .map((w) => foldKey(w)),
);

/** «اسد خطاب به پوتین: از حمایت روسیه سپاسگزاریم» → headline quote, subject «اسد», cue «خطاب به». */
export function findHeadlineQuotes(input: QuoteRuleInput): QuoteCandidate[] {
  const { nt, cueAt, chainEnds } = input;
  const text = nt.text;
  const out: QuoteCandidate[] = [];
  nt.paragraphs.forEach((whole, p) => {
    // A title wrapped whole in «» («وزیر نیرو: بحران آب ...») is read inside the marks.
    const wrapped = isOpenQuote(text.charCodeAt(whole.start)) && findClose(input.closeOf, whole.start, whole.end) === whole.end - 1;
    const paragraph = wrapped ? { start: whole.start + 1, end: whole.end - 1 } : whole;
    const firstWord = wordAtOrAfter(nt, paragraph.start);
    const endWord = wordAtOrAfter(nt, paragraph.end);
    const lastChar = text.charCodeAt(paragraph.end - 1);
    if (p > 0 && (endWord - firstWord > MAX_TITLE_WORDS || lastChar === 0x2e)) return;
    if (firstWord >= endWord) return;
    // The speaker: words up to a colon, with nothing but spaces between them.
    let k = firstWord + 1;
    while (k < endWord && k - firstWord <= MAX_SPEAKER_WORDS && !hasPunctuation(text, nt.wordEnd[k - 1]!, nt.wordStart[k]!)) k++;
    if (k - firstWord > MAX_SPEAKER_WORDS || k >= endWord) return;
    if (!/^[ \t\u200c]*:/.test(text.slice(nt.wordEnd[k - 1]!, nt.wordStart[k]!))) return;
    if (LABELS.has(nt.wordKey[firstWord]!) || chainEnds.has(firstWord)) return;
    for (let w = firstWord; w < k; w++) if (cueAt.has(w)) return;
    let speakerEnd = k;
    let cue: { start: number; end: number } | null = null;
    for (let w = firstWord + 1; w + 1 < k; w++) {
      if (nt.wordKey[w] === 'خطاب' && nt.wordKey[w + 1] === 'به') {
        speakerEnd = w;
        cue = { start: nt.wordStart[w]!, end: nt.wordEnd[w + 1]! };
        break;
      }
    }
    const colon = text.indexOf(':', nt.wordEnd[k - 1]!);
    const content = trimContent(text, colon + 1, paragraph.end, input.closeOf);
    if (content.end <= content.start) return;
    out.push({
      kind: 'headline',
      start: content.start,
      end: content.end,
      cue,
      negated: false,
      subject: { wordStart: firstWord, wordEnd: speakerEnd, start: nt.wordStart[firstWord]!, end: nt.wordEnd[speakerEnd - 1]! },
      anchor: paragraph.start,
      rule: 'find-headline-quotes',
    });
  });
  return out;
}
