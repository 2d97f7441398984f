/**
 * Doc → its public JSON shape (what `dabir ... --format json`, the server and the page use): plain
 * objects, tokens as objects, and only the layers the pipeline actually assigned (doc.assigned).
 */
import { tokensOf, type Doc } from '../doc/doc.js';
import type { Edit, Entity, Keyword, MentionGroup, Message, Quote, SourceLink } from '../doc/layers.js';
import type { OffsetMapJSON } from '../doc/offset-map.js';

/** One word as JSON; upos/xpos/feats appear once tagged, lemma once lemmatized. */
export interface TokenJSON {
  i: number;
  text: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** Index of the first word of the surface (multiword) token holding this word. */
  surface: number;
  sentence: number;
  upos?: string;
  xpos?: string;
  feats?: string;
  lemma?: string;
}

export interface SentenceJSON {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

export interface DocJSON {
  text: string;
  source: string;
  offsets: OffsetMapJSON;
  edits: Edit[];
  sentences?: SentenceJSON[];
  tokens?: TokenJSON[];
  entities?: Entity[];
  mentionGroups?: MentionGroup[];
  quotes?: Quote[];
  sources?: SourceLink[];
  keywords?: Keyword[];
  summary?: number[];
  messages: Message[];
  /** The layers present, in the order they were assigned. */
  assigned: string[];
}

/**
 * The public JSON of a Doc: «کتابها را خواندم.» tokenized → {text: "کتاب‌ها را خواندم.", tokens: [{i: 0,
 * text: "کتاب‌ها", start: 0, end: 7, ...}, ...], sentences: [...], ...}.
 */
export function docToJSON(doc: Doc): DocJSON {
  const has = (a: string): boolean => (doc.assigned as readonly string[]).includes(a);
  const json: DocJSON = {
    text: doc.text,
    source: doc.source,
    offsets: doc.offsets.toJSON(),
    edits: [...doc.edits],
    messages: [...doc.messages],
    assigned: [...doc.assigned],
  };
  if (has('sentences')) {
    json.sentences = doc.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      sourceStart: doc.offsets.toSource(s.start),
      sourceEnd: doc.offsets.toSource(s.end),
      tokenStart: s.tokenStart,
      tokenEnd: s.tokenEnd,
      text: doc.text.slice(s.start, s.end),
    }));
  }
  if (has('tokens')) {
    const tagged = has('upos');
    const lemmatized = has('lemma');
    const tokens: TokenJSON[] = [];
    for (const t of tokensOf(doc)) {
      const token: TokenJSON = {
        i: t.i,
        text: t.text,
        start: t.start,
        end: t.end,
        sourceStart: t.sourceStart,
        sourceEnd: t.sourceEnd,
        surface: t.surface,
        sentence: t.sentence,
      };
      if (tagged) {
        token.upos = t.upos;
        token.xpos = t.xpos;
        token.feats = t.feats;
      }
      if (lemmatized) token.lemma = t.lemma;
      tokens.push(token);
    }
    json.tokens = tokens;
  }
  if (has('entities')) json.entities = [...doc.entities];
  if (has('mentionGroups')) json.mentionGroups = [...doc.mentionGroups];
  if (has('quotes')) json.quotes = [...doc.quotes];
  if (has('sources')) json.sources = [...doc.sources];
  if (has('keywords')) json.keywords = [...doc.keywords];
  if (has('summary')) json.summary = [...doc.summary];
  return json;
}
