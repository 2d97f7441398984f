/**
 * Sources: the reporting chain of a news text as SourceLinks: the dateline (place, then its agency as a
 * report) and every «به گزارش» / «به نقل از» / «به گزارش خبرنگار» / «به گفته» link, with depth counted
 * within each chain (links joined only by commas, spaces or «و»), 0 being the outermost.
 */
import type { SourceLink } from '../../doc/layers.js';
import type { NewsText } from '../scan/scan-news-text.js';
import { findChainLinks, type ChainLink } from './find-chain-links.js';
import { findDateline, type Dateline } from './find-dateline.js';

export { findChainLinks, markerAt, type ChainLink } from './find-chain-links.js';
export { findDateline, type Dateline } from './find-dateline.js';

/** True when text[from, to) only joins two links of one chain. */
function joinsChain(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  const gap = text.slice(from, to).replace(/[\s\u200c،,()\-\u2010-\u2015]/g, '');
  return gap === '' || gap === 'و';
}

/** SourceLinks in text order: «تهران - ایرنا - ... به نقل از رویترز، ...» → dateline تهران, report ایرنا, citation رویترز. */
export function findSources(nt: NewsText): { links: SourceLink[]; chainLinks: ChainLink[]; dateline: Dateline | undefined } {
  const spans: Array<Omit<SourceLink, 'depth'>> = [];
  const dateline = findDateline(nt);
  if (dateline) {
    spans.push({ kind: 'dateline', name: dateline.place, start: dateline.start, end: dateline.end });
    spans.push({ kind: 'report', name: dateline.agency, start: dateline.agencyStart, end: dateline.agencyEnd });
  }
  const chainLinks = findChainLinks(nt);
  for (const l of chainLinks) spans.push({ kind: l.kind, name: l.name, start: l.start, end: l.end });
  spans.sort((a, b) => a.start - b.start);
  const links: SourceLink[] = [];
  let depth = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    depth = k > 0 && joinsChain(nt.text, spans[k - 1]!.end, s.start) ? depth + 1 : 0;
    links.push({ ...s, depth });
  }
  return { links, chainLinks, dateline };
}
