/**
 * Every label the Doc can carry, each with a one-line explanation: UD UPOS tags, entity types,
 * quote kinds and source kinds. Rule ids of normalization edits are listed by their stages.
 */

/** Universal POS tags (https://universaldependencies.org/u/pos/). Index 0 means "not tagged". */
export const UPOS_TAGS = [
  '_',
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS_TAGS)[number];

export const UPOS_GLOSSARY: Record<Upos, string> = {
  _: 'not tagged',
  ADJ: 'adjective («بزرگ», «ایرانی»)',
  ADP: 'adposition («به», «از», «را»)',
  ADV: 'adverb («هنوز», «اکنون»)',
  AUX: 'auxiliary («است», «شد» in passives, «خواهد»)',
  CCONJ: 'coordinating conjunction («و», «یا»)',
  DET: 'determiner («این», «هر»)',
  INTJ: 'interjection («آه»)',
  NOUN: 'noun («کتاب», «گزارش»)',
  NUM: 'numeral («سه», «۱۴۰۲»)',
  PART: 'particle («آیا»)',
  PRON: 'pronoun («او», «وی», clitic «ش»)',
  PROPN: 'proper noun («تهران», «پوتین»)',
  PUNCT: 'punctuation («،», «.»)',
  SCONJ: 'subordinating conjunction («که», «اگر»)',
  SYM: 'symbol («%», «$»)',
  VERB: 'verb («گفت», «می‌رود»)',
  X: 'other (foreign words, unanalysable)',
};

const UPOS_INDEX = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i]));

/** Column id of a UPOS tag; 0 for an unknown tag. */
export function uposId(tag: string): number {
  return UPOS_INDEX.get(tag) ?? 0;
}

export const ENTITY_LABELS = [
  'PER', 'LOC', 'ORG', 'FAC', 'EVENT', 'PRODUCT', 'DATE', 'TIME', 'MONEY', 'PERCENT',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const ENTITY_GLOSSARY: Record<EntityLabel, string> = {
  PER: 'person («ولادیمیر پوتین»)',
  LOC: 'place: country, city, region, geographic feature («روسیه», «تهران»)',
  ORG: 'organisation: agency, ministry, company, party («خبرگزاری ایسنا»)',
  FAC: 'facility: building, airport, stadium («فرودگاه مهرآباد»)',
  EVENT: 'named event («جام جهانی ۲۰۲۲»)',
  PRODUCT: 'product («پراید»)',
  DATE: 'date, Persian or Gregorian («۱۵ خرداد ۱۴۰۲»)',
  TIME: 'time of day («ساعت ۱۰ صبح»)',
  MONEY: 'amount of money («۲ میلیون تومان»)',
  PERCENT: 'percentage («۳۵ درصد»)',
};

export const QUOTE_KINDS = ['direct', 'guillemet', 'headline', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const QUOTE_GLOSSARY: Record<QuoteKind, string> = {
  direct: 'speech after a reporting verb and a colon («وی افزود: ...»)',
  guillemet: 'speech inside «» or “” attributed nearby',
  headline: 'a headline quote («اسد خطاب به پوتین: ...»)',
  indirect: 'reported speech («... اعلام کرد که ...»)',
};

export const SOURCE_KINDS = ['report', 'citation', 'reporter', 'according-to', 'dateline'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_GLOSSARY: Record<SourceKind, string> = {
  report: '«به گزارش X»: the outlet that reports',
  citation: '«به نقل از Y»: the source the report cites',
  reporter: '«به گزارش خبرنگار X»: a reporter of outlet X',
  'according-to': '«به گفته X»: the person or body the statement is credited to',
  dateline: 'place and date that open a wire report',
};

export const MESSAGE_SEVERITIES = ['info', 'warning', 'error'] as const;
export type MessageSeverity = (typeof MESSAGE_SEVERITIES)[number];
