/**
 * findAttributions: the pure core of the attribution stage: scan the text once, find reporting verbs and
 * chain links, then sources and quotes with speakers. Reads NER layers when they exist, else works
 * from lexical cues alone.
 */
import type { Message, Quote, SourceLink } from '../doc/layers.js';
import { findQuotes } from './quotes/index.js';
import { findCues } from './reporting-verbs/find-cues.js';
import { scanNewsText, type NewsText } from './scan/scan-news-text.js';
import { findSources } from './sources/index.js';
import type { NerLayers } from './speakers/resolve-speakers.js';

export interface Attributions {
  readonly quotes: Quote[];
  readonly sources: SourceLink[];
  readonly messages: Message[];
}

const NO_NER: NerLayers = { entities: [], groups: [] };

/** «به گزارش ایسنا، پوتین گفت: ...» → sources [report ایسنا], quotes [direct, speaker پوتین]. */
export function findAttributions(text: string, ner: NerLayers = NO_NER, scanned?: NewsText): Attributions {
  const nt = scanned ?? scanNewsText(text);
  const cues = findCues(nt);
  const { links, chainLinks, dateline } = findSources(nt);
  const openers = dateline ? [{ start: dateline.start, end: dateline.agencyEnd }] : [];
  const { quotes, messages } = findQuotes({ nt, cues, chainLinks, openers, ner });
  return { quotes, sources: links.map((link) => resolvePronounSource(link, quotes)), messages };
}

/**
 * «به گفته او، ...»: an according-to link whose name is a pronoun refers to the person the quote it
 * opens resolves the pronoun to («او» → «مریم کاظمی»); the name stays as written.
 */
function resolvePronounSource(link: SourceLink, quotes: readonly Quote[]): SourceLink {
  if (link.kind !== 'according-to') return link;
  for (const q of quotes) {
    const s = q.speaker;
    if (s !== null && s.via === 'pronoun' && s.start >= link.start && s.end <= link.end && s.name !== link.name) return { ...link, refersTo: s.name };
  }
  return link;
}
