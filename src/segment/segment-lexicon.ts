/**
 * The segmenter's lexicon (models/segment/lexicon.json, built by segment.train.ts): clitic hosts,
 * words that only look like host+clitic, per-word overrides learned from UD, and abbreviations.
 * Loaded lazily, once, and shared read-only.
 */
import { DabirError } from '../errors.js';
import { lazyModel, loadModelJson } from '../model-loader/load-model.js';
import { createAbbreviationSet } from './abbreviations.js';

export const SEGMENT_LEXICON_FORMAT = 1;
export const SEGMENT_LEXICON_FILE = 'segment/lexicon.json';

/** The file as stored: newline-joined lists keep it compact and fast to parse. */
export interface SegmentLexiconFile {
  readonly formatVersion: number;
  /** Nouns, adjectives and pronouns that take pronominal clitics («کتاب» → «کتابش»). */
  readonly hosts: string;
  /** Adjectives that take the copula clitics «ند», «یم» («معتقدند»). */
  readonly adjectives: string;
  /** Past stems, to keep perfect participles whole («گرفته‌اند»). */
  readonly pastStems: string;
  /** Words that look like host+clitic but are one word («آرامش», «ارزش», «کنم»). */
  readonly blocked: string;
  /** `word<TAB>offsets` overrides learned from UD: comma-separated split offsets, empty = keep whole. */
  readonly overrides: string;
  /** Extra abbreviations (Hazm's list), one per line. */
  readonly abbreviations: string;
}

export interface SegmentLexicon {
  readonly hosts: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly pastStems: ReadonlySet<string>;
  readonly blocked: ReadonlySet<string>;
  readonly overrides: ReadonlyMap<string, readonly number[]>;
  readonly abbreviations: ReadonlySet<string>;
}

function lines(s: string): string[] {
  return s.length === 0 ? [] : s.split('\n');
}

/** Builds the in-memory lexicon from its stored form; throws `model-incompatible` on a format mismatch. */
export function parseSegmentLexicon(file: SegmentLexiconFile): SegmentLexicon {
  if (file.formatVersion !== SEGMENT_LEXICON_FORMAT) {
    throw new DabirError(
      'model-incompatible',
      `${SEGMENT_LEXICON_FILE}: expected formatVersion ${SEGMENT_LEXICON_FORMAT}, found ${String(file.formatVersion)}`,
    );
  }
  const overrides = new Map<string, readonly number[]>();
  for (const line of lines(file.overrides)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const offsets = line.slice(tab + 1);
    overrides.set(line.slice(0, tab), offsets.length === 0 ? [] : offsets.split(',').map(Number));
  }
  return {
    hosts: new Set(lines(file.hosts)),
    adjectives: new Set(lines(file.adjectives)),
    pastStems: new Set(lines(file.pastStems)),
    blocked: new Set(lines(file.blocked)),
    overrides,
    abbreviations: createAbbreviationSet(lines(file.abbreviations)),
  };
}

/** An empty lexicon: the rules still run, with no lexical evidence (used when testing rule shapes). */
export const EMPTY_SEGMENT_LEXICON: SegmentLexicon = parseSegmentLexicon({
  formatVersion: SEGMENT_LEXICON_FORMAT,
  hosts: '',
  adjectives: '',
  pastStems: '',
  blocked: '',
  overrides: '',
  abbreviations: '',
});

/** The shipped lexicon, loaded on first use. */
export const loadSegmentLexicon: () => SegmentLexicon = lazyModel(() =>
  parseSegmentLexicon(loadModelJson<SegmentLexiconFile>(SEGMENT_LEXICON_FILE)),
);
