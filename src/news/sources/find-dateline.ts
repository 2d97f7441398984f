/**
 * findDateline: the place, date and agency that open a wire report: «تهران - ایرنا - ...»,
 * «تهران- ایرنا- ...», «مسکو، ۱۵ خرداد (ایسنا) - ...», «تهران (ایرنا) - ...». Only the first two
 * paragraphs are tried (the first may be a headline), and only their first 120 characters.
 */
import type { NewsText } from '../scan/scan-news-text.js';

export interface Dateline {
  /** Place [+ date] span and the place's name. */
  readonly start: number;
  readonly end: number;
  readonly place: string;
  readonly agencyStart: number;
  readonly agencyEnd: number;
  readonly agency: string;
}

// Words are letter runs joined by single spaces; every repetition is bounded, so no backtracking blow-up.
const WORD = '[\\p{L}\\p{M}\\u200c]+';
const NAME = `(${WORD}(?: ${WORD}){0,2})`;
const DASH = '[-\\u2010-\\u2015]';
const PLACE_AGENCY = new RegExp(`^${NAME}[ \\t]*${DASH}[ \\t]*${NAME}[ \\t]*${DASH}`, 'du');
const PLACE_DATE_AGENCY = new RegExp(`^${NAME}[ \\t]*[،,]?[ \\t]*([^()\\n\\u2010-\\u2015-]{0,40}?)[ \\t]*\\(${NAME}\\)[ \\t]*${DASH}`, 'du');

/** The dateline of the text, if one opens its first or second paragraph. */
export function findDateline(nt: NewsText): Dateline | undefined {
  const paragraphs = nt.paragraphs;
  for (let p = 0; p < paragraphs.length && p < 2; p++) {
    const start = paragraphs[p]!.start;
    const head = nt.text.slice(start, Math.min(paragraphs[p]!.end, start + 120));
    const a = PLACE_AGENCY.exec(head);
    if (a?.indices) {
      const [ps, pe] = a.indices[1]!;
      const [as, ae] = a.indices[2]!;
      return { start: start + ps, end: start + pe, place: a[1]!, agencyStart: start + as, agencyEnd: start + ae, agency: a[2]! };
    }
    const b = PLACE_DATE_AGENCY.exec(head);
    if (b?.indices) {
      const [ps, pe] = b.indices[1]!;
      const dateEnd = b[2] ? b.indices[2]![1] : pe;
      const [as, ae] = b.indices[3]!;
      return { start: start + ps, end: start + Math.max(pe, dateEnd), place: b[1]!, agencyStart: start + as, agencyEnd: start + ae, agency: b[3]! };
    }
  }
  return undefined;
}
