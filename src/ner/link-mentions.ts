/**
 * Within-document mention linking: mentions of one referent become one MentionGroup with the fullest
 * name as canonical. Full name ↔ surname («ولادیمیر پوتین» … «پوتین»), title + name («آقای پوتین»),
 * organisation full ↔ short («سازمان ملل متحد» / «سازمان ملل», «خبرگزاری ایسنا» / «ایسنا»), and role
 * nouns bound by an apposition («ولادیمیر پوتین، رئیس‌جمهوری روسیه، …») become aliases of the group.
 */
import type { EntityLabel } from '../doc/labels.js';
import type { Entity, MentionGroup, TextSpan } from '../doc/layers.js';
import { HONORIFICS, ROLES } from './gazetteers/index.js';
import { ORG_TRIGGERS, LOC_TRIGGERS, FAC_TRIGGERS } from './gazetteers/organizations.js';
import { wordKey } from './word-key.js';

/** What linking reads: the text, word boundaries and the entities in text order. */
export interface LinkInput {
  readonly text: string;
  readonly tokens: { readonly length: number; readonly start: Int32Array; readonly end: Int32Array };
  readonly entities: readonly Entity[];
}

export interface LinkResult {
  readonly groups: MentionGroup[];
  /** Group of each entity (same order as the input entities). */
  readonly entityGroups: number[];
}

const HONORIFIC_KEYS = new Set(HONORIFICS.map(wordKey));
const TRIGGER_KEYS = new Set([...ORG_TRIGGERS, ...LOC_TRIGGERS, ...FAC_TRIGGERS].map(wordKey));
const ROLE_KEYS = new Set(ROLES.map((r) => r.split(/\s+/).map(wordKey).join('')));
const NAMED_LABELS: ReadonlySet<EntityLabel> = new Set(['PER', 'LOC', 'ORG', 'FAC', 'EVENT', 'PRODUCT']);
const COMMAS = new Set(['،', ',', '؛']);
const MAX_ROLE_TOKENS = 7;

interface Mention {
  readonly entity: number;
  readonly label: EntityLabel;
  /** Name word keys, honorifics removed. */
  readonly keys: string[];
  /** Char range of the name without honorifics. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

interface Group {
  readonly label: EntityLabel;
  readonly mentions: number[];
  best: Mention;
  aliases: TextSpan[];
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let s = 0; s + short.length <= long.length; s++) {
    for (let k = 0; k < short.length; k++) if (long[s + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Whether two mentions of the same label name the same referent. */
function corefers(a: Mention, b: Mention): boolean {
  if (sameKeys(a.keys, b.keys)) return true;
  const [short, long] = a.keys.length <= b.keys.length ? [a.keys, b.keys] : [b.keys, a.keys];
  if (a.label === 'PER') {
    // A surname or a first name alone («پوتین», «ولادیمیر») names the person met in full.
    return short.length === 1 ? long[long.length - 1] === short[0] || long[0] === short[0] : isSubsequence(short, long) && short[short.length - 1] === long[long.length - 1];
  }
  // «سازمان ملل» ⊂ «سازمان ملل متحد»: a prefix of at least two words.
  if (short.length >= 2 && long.slice(0, short.length).every((k, i) => k === short[i])) return true;
  // «خبرگزاری ایسنا» / «ایسنا», «شهر تهران» / «تهران»: the name without its trigger word.
  return long.length === short.length + 1 && TRIGGER_KEYS.has(long[0]!) && sameKeys(long.slice(1), short);
}

function better(a: Mention, b: Mention): boolean {
  if (a.keys.length !== b.keys.length) return a.keys.length > b.keys.length;
  return a.nameEnd - a.nameStart > b.nameEnd - b.nameStart;
}

/** The role phrase opened at token `i`: the longest ROLES match, plus following words up to `stop`. */
function roleLength(keys: readonly string[], i: number, stop: number): number {
  let s = '';
  let best = 0;
  for (let j = i; j < stop && j - i < 4; j++) {
    s += keys[j]!;
    if (ROLE_KEYS.has(s)) best = j - i + 1;
  }
  return best;
}

/**
 * Groups the entities of a document. Every entity gets a group; numbers, dates and times are their own.
 * «ولادیمیر پوتین، رئیس‌جمهوری روسیه، … پوتین …» → one PER group «ولادیمیر پوتین» with two mentions
 * and the alias «رئیس‌جمهوری روسیه».
 */
export function linkMentions(input: LinkInput): LinkResult {
  const { text, tokens, entities } = input;
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) keys.push(wordKey(text.slice(tokens.start[i]!, tokens.end[i]!)));
  const groups: Group[] = [];
  const entityGroups = new Array<number>(entities.length).fill(-1);
  const mentionsByEntity: Mention[] = [];

  entities.forEach((e, index) => {
    let first = e.tokenStart;
    if (e.label === 'PER') while (first < e.tokenEnd - 1 && HONORIFIC_KEYS.has(keys[first]!)) first++;
    const m: Mention = {
      entity: index,
      label: e.label,
      keys: keys.slice(first, e.tokenEnd),
      nameStart: first < tokens.length && first > e.tokenStart ? tokens.start[first]! : e.start,
      nameEnd: e.end,
    };
    if (NAMED_LABELS.has(e.label) && m.keys.length > 0) {
      const candidates: number[] = [];
      groups.forEach((g, gi) => {
        if (g.label === e.label && g.mentions.some((k) => corefers(mentionsByEntity[k]!, m))) candidates.push(gi);
      });
      // Link only when exactly one referent fits: two people called «رئیسی» stay apart.
      if (candidates.length === 1) {
        const g = groups[candidates[0]!]!;
        g.mentions.push(index);
        if (better(m, g.best)) g.best = m;
        entityGroups[index] = candidates[0]!;
        mentionsByEntity[index] = m;
        return;
      }
    }
    mentionsByEntity[index] = m;
    entityGroups[index] = groups.length;
    groups.push({ label: e.label, mentions: [index], best: m, aliases: [] });
  });

  bindRoles(keys, tokens, entities, entityGroups, groups);

  return {
    entityGroups,
    groups: groups.map((g, id) => {
      const out: MentionGroup = {
        id,
        label: g.label,
        canonical: text.slice(g.best.nameStart, g.best.nameEnd),
        mentions: g.mentions,
      };
      return g.aliases.length > 0 ? { ...out, aliases: g.aliases } : out;
    }),
  };
}

function isPunctuation(key: string): boolean {
  if (key.length === 0) return true;
  const c = key.charCodeAt(0);
  return key.length === 1 && !((c >= 0x0621 && c <= 0x06d3) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a));
}

/**
 * Binds role phrases to people: «X، رئیس‌جمهوری روسیه، …» (apposition between commas) and
 * «رئیس‌جمهوری روسیه X» (role right before the name). A phrase bound to two people is dropped; each
 * later occurrence of a bound phrase (outside a person's name) becomes an alias of the group.
 */
function bindRoles(
  keys: readonly string[],
  tokens: LinkInput['tokens'],
  entities: readonly Entity[],
  entityGroups: readonly number[],
  groups: Group[],
): void {
  const n = keys.length;
  const personAt = new Int32Array(n).fill(-1);
  entities.forEach((e, k) => {
    if (e.label === 'PER') for (let t = e.tokenStart; t < e.tokenEnd && t < n; t++) personAt[t] = k;
  });
  const bound = new Map<string, { keys: string[]; group: number }>();
  const ambiguous = new Set<string>();
  const bind = (from: number, to: number, group: number): void => {
    if (to - from < 2) return;
    const phrase = keys.slice(from, to);
    const id = phrase.join(' ');
    const prior = bound.get(id);
    if (prior && prior.group !== group) ambiguous.add(id);
    else bound.set(id, { keys: phrase, group });
  };
  const clean = (from: number, to: number): boolean => {
    for (let t = from; t < to; t++) if (personAt[t]! >= 0 || isPunctuation(keys[t]!)) return false;
    return true;
  };
  entities.forEach((e, k) => {
    if (e.label !== 'PER' || e.tokenEnd > n) return;
    const group = entityGroups[k]!;
    // Apposition after the name, closed by a comma.
    if (e.tokenEnd < n && COMMAS.has(keys[e.tokenEnd]!)) {
      const r = e.tokenEnd + 1;
      if (roleLength(keys, r, n) > 0) {
        let close = r;
        while (close < n && close - r < MAX_ROLE_TOKENS && !COMMAS.has(keys[close]!)) close++;
        if (close < n && COMMAS.has(keys[close]!) && clean(r, close)) bind(r, close, group);
      }
    }
    // Role right before the name: the farthest role start with only plain words up to the name.
    let best = -1;
    for (let s = e.tokenStart - 1; s >= 0 && e.tokenStart - s <= MAX_ROLE_TOKENS; s--) {
      if (!clean(s, e.tokenStart)) break;
      if (roleLength(keys, s, e.tokenStart) > 0) best = s;
    }
    if (best >= 0) bind(best, e.tokenStart, group);
  });
  for (const [id, { keys: phrase, group }] of bound) {
    if (ambiguous.has(id)) continue;
    const g = groups[group]!;
    for (let i = 0; i + phrase.length <= n; i++) {
      let hit = true;
      for (let k = 0; k < phrase.length && hit; k++) if (keys[i + k] !== phrase[k] || personAt[i + k]! >= 0) hit = false;
      if (hit) g.aliases.push({ start: tokens.start[i]!, end: tokens.end[i + phrase.length - 1]! });
    }
  }
  for (const g of groups) g.aliases.sort((a, b) => a.start - b.start);
}
