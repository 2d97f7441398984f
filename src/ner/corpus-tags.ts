/**
 * The three NER corpora in Dabir's scheme. Tag maps: PEYMA DAT/TIM/MON/PCT → DATE/TIME/MONEY/PERCENT;
 * ARMAN pers/org/loc/fac/pro/event → PER/ORG/LOC/FAC/PRODUCT/EVENT; ParsTwiNER EVE → EVENT, POG
 * (political groups, parties, dynasties) → ORG, since ARMAN and PEYMA tag parties as organisations,
 * and NAT (nationalities) → O, since PEYMA leaves «ایرانی» untagged 140 times of 142 and our scheme has
 * no nationality type (ARMAN tags them org, but inconsistently: 32 org, 26 O).
 */
import type { EntityLabel } from '../doc/labels.js';
import { readBioColumns, type BioSentence } from './read-bio.js';

export const CORPORA = ['peyma', 'arman', 'parstwiner'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** The labels each corpus annotates: a prediction outside them cannot be scored against it. */
export const CORPUS_LABELS: Record<CorpusName, readonly EntityLabel[]> = {
  peyma: ['PER', 'LOC', 'ORG', 'DATE', 'TIME', 'MONEY', 'PERCENT'],
  arman: ['PER', 'LOC', 'ORG', 'FAC', 'PRODUCT', 'EVENT'],
  parstwiner: ['PER', 'LOC', 'ORG', 'EVENT'],
};

const TYPE_MAP: Record<CorpusName, Record<string, EntityLabel | null>> = {
  peyma: { PER: 'PER', LOC: 'LOC', ORG: 'ORG', DAT: 'DATE', TIM: 'TIME', MON: 'MONEY', PCT: 'PERCENT' },
  arman: { pers: 'PER', org: 'ORG', loc: 'LOC', fac: 'FAC', pro: 'PRODUCT', event: 'EVENT' },
  parstwiner: { PER: 'PER', LOC: 'LOC', ORG: 'ORG', EVE: 'EVENT', POG: 'ORG', NAT: null },
};

const SEPARATOR: Record<CorpusName, string> = { peyma: '|', arman: ' ', parstwiner: '\t' };

/** A corpus tag in Dabir's BIO names: PEYMA «B_DAT» → «B-DATE», ParsTwiNER «B-NAT» → «O». */
export function mapCorpusTag(corpus: CorpusName, tag: string): string {
  if (tag === 'O' || tag.length < 3) return 'O';
  const label = TYPE_MAP[corpus][tag.slice(2)];
  if (!label) return 'O';
  return `${tag[0] === 'I' ? 'I' : 'B'}-${label}`;
}

/** PEYMA replaced ZWNJ with a space inside tokens («می شود»): put the ZWNJ back so a token is one word. */
export function prepareCorpusToken(token: string): string {
  return token.trim().replace(/[ \u00a0]+/g, '\u200c');
}

/** Sentences of a corpus file with tags mapped and tokens prepared (not yet normalized). */
export function readCorpus(corpus: CorpusName, text: string): BioSentence[] {
  return readBioColumns(text, SEPARATOR[corpus]).map((s) => ({
    tokens: s.tokens.map(prepareCorpusToken),
    tags: s.tags.map((t) => mapCorpusTag(corpus, t)),
  }));
}
