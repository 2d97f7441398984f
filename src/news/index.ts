/**
 * News understanding stages: attribution (quotes with speakers, and the source chain) and digest
 * (keywords and an extractive summary). Each reads the Doc, computes with the pure functions of its
 * folders, then writes its layers once.
 */
import { DabirError, assertKnownOptions } from '../errors.js';
import type { Stage } from '../pipeline/stage.js';
import { DEFAULT_DIGEST, digestNews, type DigestOptions } from './digest-news.js';
import { findAttributions } from './find-attributions.js';
import { scanNewsText, type NewsText } from './scan/scan-news-text.js';

export { findAttributions, type Attributions } from './find-attributions.js';
export { digestNews, type Digest, type DigestOptions } from './digest-news.js';
export { findCues, type Cue } from './reporting-verbs/find-cues.js';
export { REPORTING_VERB_LEMMAS, type CueForm, type CueTense } from './reporting-verbs/reporting-verbs.js';
export { scanNewsText, type NewsText } from './scan/scan-news-text.js';

export interface NewsOptions {
  /** Sentences in the extractive summary (default 3). */
  readonly summarySentences?: number;
  /** Keywords kept (default 10). */
  readonly keywords?: number;
}

const NEWS_OPTION_KEYS = ['summarySentences', 'keywords'] as const;

/**
 * Hands the scan of a text from the attribution stage to the digest stage of the same newsStages() call,
 * so a pipeline scans each text once; checked against the text, and dropped once used.
 */
interface ScanHandoff {
  scan?: { text: string; nt: NewsText };
}

function scanOf(text: string, handoff: ScanHandoff | undefined, keep: boolean): NewsText {
  const hit = handoff?.scan;
  if (hit && hit.text === text) {
    if (!keep) handoff!.scan = undefined;
    return hit.nt;
  }
  const nt = scanNewsText(text);
  if (handoff) handoff.scan = keep ? { text, nt } : undefined;
  return nt;
}

/** The attribution stage: assigns quotes and sources. */
export function attributionStage(handoff?: ScanHandoff): Stage {
  return {
    name: 'news-attribution',
    requires: ['sentences', 'tokens'],
    assigns: ['quotes', 'sources'],
    run(doc) {
      const nt = scanOf(doc.text, handoff, true);
      const result = findAttributions(doc.text, { entities: doc.entities, groups: doc.mentionGroups }, nt);
      doc.quotes = result.quotes;
      doc.sources = result.sources;
      doc.messages.push(...result.messages);
    },
  };
}

/** The digest stage: assigns keywords and summary (indexes into doc.sentences). */
export function digestStage(options: DigestOptions = DEFAULT_DIGEST, handoff?: ScanHandoff): Stage {
  return {
    name: 'news-digest',
    requires: ['sentences', 'tokens'],
    assigns: ['keywords', 'summary'],
    run(doc) {
      const digest = digestNews(doc.text, doc.sentences, options, doc, scanOf(doc.text, handoff, false));
      doc.keywords = digest.keywords;
      doc.summary = digest.summary;
    },
  };
}

function countOption(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DabirError('invalid-option', `newsStages: option "${name}" must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The news stages in order: «به گزارش ایسنا، پوتین گفت: ...» → quotes, sources, keywords, summary. */
export function newsStages(options: NewsOptions = {}): Stage[] {
  assertKnownOptions(options, NEWS_OPTION_KEYS, 'newsStages');
  const digest: DigestOptions = {
    keywords: countOption(options.keywords, 'keywords', DEFAULT_DIGEST.keywords),
    summarySentences: countOption(options.summarySentences, 'summarySentences', DEFAULT_DIGEST.summarySentences),
  };
  const handoff: ScanHandoff = {};
  return [attributionStage(handoff), digestStage(digest, handoff)];
}
