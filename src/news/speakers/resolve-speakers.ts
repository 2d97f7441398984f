/**
 * resolveSpeakers: turns each quote's subject phrase into a Speaker, in text order, so a pronoun can
 * point back: a name → its mention group (NER) or fullest spelling; «او»/«وی» or a dropped subject →
 * the person most recently speaking or in subject position; a role → the name an apposition gave it
 * (or NER's alias); «این مقام آمریکایی» → the last person; an organisation → itself.
 */
import type { Entity, MentionGroup, Message, Speaker } from '../../doc/layers.js';
import type { NewsText } from '../scan/scan-news-text.js';
import type { QuoteCandidate } from '../quotes/quote-candidate.js';
import { findSubject, type WordSpan } from './find-subject.js';
import { NameBook } from './name-book.js';
import { DEMONSTRATIVES, SUBJECT_STOPS, TITLES, classifyMention, type MentionKind } from './speaker-words.js';

export interface NerLayers {
  readonly entities: readonly Entity[];
  readonly groups: readonly MentionGroup[];
}

interface Person {
  readonly name: string;
  readonly group: number;
}

const FIRST_SECOND_PERSON = new Set(['من', 'ما', 'تو', 'شما']);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Entities and group aliases sorted by offset, so a phrase finds its overlaps by binary search. */
interface NerIndex {
  readonly entities: readonly Entity[];
  readonly aliases: ReadonlyArray<{ start: number; end: number; group: number }>;
  readonly groups: readonly MentionGroup[];
}

function indexNer(ner: NerLayers): NerIndex {
  const entities = [...ner.entities].sort((a, b) => a.start - b.start);
  const aliases = ner.groups
    .flatMap((g) => (g.aliases ?? []).map((a) => ({ start: a.start, end: a.end, group: g.id })))
    .sort((a, b) => a.start - b.start);
  return { entities, aliases, groups: ner.groups };
}

/** Index of the first span whose end is after `offset` (spans sorted by start and not nested). */
export function firstEndingAfter(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** NER's reading of a phrase: a PER entity inside it, or an ORG/LOC/FAC entity opening it, or a group alias over it. */
function nerFor(span: WordSpan, ner: NerIndex): { entity?: Entity; group: number } {
  let person: Entity | undefined;
  let other: Entity | undefined;
  const { entities } = ner;
  for (let k = firstEndingAfter(entities, span.start); k < entities.length && entities[k]!.start < span.end; k++) {
    const e = entities[k]!;
    if (!overlaps(e, span)) continue;
    if (e.label === 'PER' && !person) person = e;
    else if ((e.label === 'ORG' || e.label === 'LOC' || e.label === 'FAC') && e.start === span.start && !other) other = e;
  }
  const entity = person ?? other;
  if (entity) return { entity, group: entity.group };
  const { aliases } = ner;
  for (let k = firstEndingAfter(aliases, span.start); k < aliases.length && aliases[k]!.start < span.end; k++) {
    if (overlaps(aliases[k]!, span)) return { group: aliases[k]!.group };
  }
  return { group: -1 };
}

function kindOf(nt: NewsText, span: WordSpan): MentionKind {
  return classifyMention(nt.wordKey.slice(span.wordStart, span.wordEnd));
}

export interface ResolveResult {
  readonly speakers: Array<Speaker | null>;
  readonly messages: Message[];
}

/** Speakers for `candidates` (sorted by anchor): «پوتین گفت ... وی افزود» → both «ولادیمیر پوتین» when the text names him so. */
export function resolveSpeakers(
  nt: NewsText,
  candidates: readonly QuoteCandidate[],
  ner: NerLayers,
  chainEnds: ReadonlyMap<number, number>,
  cueAt: ReadonlyMap<number, unknown>,
): ResolveResult {
  const text = nt.text;
  const layers = indexNer(ner);
  const book = new NameBook();
  const slice = (s: WordSpan): string => text.slice(s.start, s.end);
  const contents = [...candidates].sort((a, b) => a.start - b.start);
  const insideQuote = (offset: number): boolean => {
    const k = firstEndingAfter(contents, offset);
    return k < contents.length && contents[k]!.start <= offset;
  };

  // «سردار حسین نعمتی» names «حسین نعمتی»: titles are not part of the name.
  const withoutTitles = (span: WordSpan): string => {
    let w = span.wordStart;
    while (w < span.wordEnd - 1 && TITLES.has(nt.wordKey[w]!)) w++;
    return text.slice(nt.wordStart[w]!, span.end);
  };

  // Only short phrases that open with a plausible name word are recorded as names («وقتی پدر مرد» is not).
  const looksLikeName = (span: WordSpan, maxWords: number): boolean => {
    const first = nt.wordKey[span.wordStart]!;
    if (SUBJECT_STOPS.has(first) || FIRST_SECOND_PERSON.has(first) || DEMONSTRATIVES.has(first)) return false;
    // «امانوئل مکرون و اولاف شولتس»: each conjunct counts on its own.
    let run = 0;
    for (let w = span.wordStart; w < span.wordEnd; w++) {
      run = nt.wordKey[w] === 'و' ? 0 : run + 1;
      if (run > maxWords) return false;
    }
    return true;
  };

  // Pass 1: what the text establishes. Subjects of every sentence and of every quote, with appositions.
  const sentenceSubjects: Array<{ at: number; span: WordSpan }> = [];
  const note = (span: WordSpan, apposition: WordSpan | undefined, isQuoteSubject: boolean): void => {
    const kind = kindOf(nt, span);
    // A sentence's opening phrase is a name far less surely than a quote's subject: keep it to 3 words.
    if (kind === 'name' && looksLikeName(span, isQuoteSubject ? 4 : 3)) book.addName(withoutTitles(span));
    if (!apposition) return;
    const appKind = kindOf(nt, apposition);
    if (kind === 'name' && (appKind === 'role' || appKind === 'organization')) book.addApposition(slice(apposition), slice(span), span.start);
    else if (kind === 'role' && appKind === 'name') book.addApposition(slice(span), slice(apposition), span.start);
  };
  for (const s of nt.sentences) {
    if (s.wordStart >= s.wordEnd || insideQuote(nt.wordStart[s.wordStart]!)) continue;
    // The subject lies before the sentence's first reporting verb, never across it.
    let limit = s.wordStart;
    while (limit < s.wordEnd && !cueAt.has(limit)) limit++;
    const subject = findSubject(nt, s.wordStart, limit, { chainEnds });
    if (!subject || insideQuote(subject.start)) continue;
    note(subject, subject.apposition, false);
    sentenceSubjects.push({ at: subject.start, span: subject });
  }
  for (const c of candidates) if (c.subject && c.subject.end > c.subject.start) note(c.subject, c.subject.apposition, true);
  for (const g of ner.groups) if (g.label === 'PER') book.addName(g.canonical);

  // Pass 2: resolve in text order, tracking the last person for pronouns.
  const speakers: Array<Speaker | null> = [];
  const messages: Message[] = [];
  let lastPerson: Person | undefined;
  let nextSubject = 0;

  const resolvePhrase = (span: WordSpan, at: number): Speaker => {
    const kind = kindOf(nt, span);
    const written = slice(span);
    const fromNer = nerFor(span, layers);
    if (FIRST_SECOND_PERSON.has(nt.wordKey[span.wordStart]!) && span.wordEnd - span.wordStart === 1) {
      return { start: span.start, end: span.end, group: -1, name: written, via: 'pronoun' };
    }
    if (kind === 'pronoun') {
      if (lastPerson) return { start: span.start, end: span.end, group: lastPerson.group, name: lastPerson.name, via: 'pronoun' };
      return { start: span.start, end: span.end, group: -1, name: written, via: 'unresolved' };
    }
    // A place or organization that only opens the phrase names something else: «ایران خودرو» is not «ایران».
    const partOfName = fromNer.entity !== undefined && fromNer.entity.label !== 'PER' && fromNer.entity.end < span.end;
    if (fromNer.group >= 0 && fromNer.group < ner.groups.length && !partOfName) {
      const g = ner.groups[fromNer.group]!;
      const via = g.label === 'PER' ? (kind === 'role' || kind === 'anaphoric-role' ? 'role' : 'name') : 'organization';
      // The text may spell the person fuller than NER's group did («امیر قلعه‌نویی» for «قلعه‌نویی»).
      const name = g.label === 'PER' ? book.fullName(g.canonical) : g.canonical;
      return { start: span.start, end: span.end, group: g.id, name, via };
    }
    if (kind === 'anaphoric-role') {
      if (lastPerson) return { start: span.start, end: span.end, group: lastPerson.group, name: lastPerson.name, via: 'role' };
      return { start: span.start, end: span.end, group: -1, name: written, via: 'role' };
    }
    if (kind === 'role') {
      const name = book.nameForRole(written, at);
      return { start: span.start, end: span.end, group: -1, name: name ?? written, via: 'role' };
    }
    if (kind === 'quantified-role') return { start: span.start, end: span.end, group: -1, name: written, via: 'role' };
    if (kind === 'organization' || fromNer.entity?.label === 'ORG' || fromNer.entity?.label === 'LOC') {
      return { start: span.start, end: span.end, group: -1, name: written, via: 'organization' };
    }
    return { start: span.start, end: span.end, group: -1, name: book.fullName(withoutTitles(span)), via: 'name' };
  };

  const notePerson = (speaker: Speaker): void => {
    if (speaker.via === 'organization' || speaker.via === 'unresolved') return;
    lastPerson = { name: speaker.name, group: speaker.group };
  };

  for (const c of candidates) {
    const at = c.subject ? c.subject.start : c.anchor;
    while (nextSubject < sentenceSubjects.length && sentenceSubjects[nextSubject]!.at < at) {
      const { span } = sentenceSubjects[nextSubject++]!;
      const kind = kindOf(nt, span);
      const fromNer = nerFor(span, layers);
      // A role noun is a person with or without NER; a bare name counts when NER says PER (or, without
      // NER, when it has two words or is part of a known name).
      const isPerson =
        kind === 'role' ||
        (ner.entities.length > 0
          ? fromNer.entity?.label === 'PER'
          : kind === 'name' && (span.wordEnd - span.wordStart >= 2 || book.isKnownNameWord(nt.wordKey[span.wordStart]!)));
      if (isPerson && !FIRST_SECOND_PERSON.has(nt.wordKey[span.wordStart]!)) notePerson(resolvePhrase(span, span.start));
    }
    let speaker: Speaker | null;
    const subject = c.subject;
    if (c.firstPerson) {
      // «گفتم: ...», «ما اعلام کرده‌ایم که ...»: the writer (or «ما») speaks; no third person to resolve.
      const own = subject && FIRST_SECOND_PERSON.has(nt.wordKey[subject.wordStart]!) ? subject : undefined;
      const at0 = own ? own.start : c.cue ? c.cue.start : c.start;
      speaker = {
        start: at0,
        end: own ? own.end : at0,
        group: -1,
        name: own ? slice(own) : c.firstPerson.plural ? 'ما' : 'من',
        via: 'pronoun',
      };
      speakers.push(speaker);
      continue;
    }
    if (!subject || subject.end <= subject.start) {
      const at0 = c.cue ? c.cue.start : c.start;
      speaker = lastPerson
        ? { start: at0, end: at0, group: lastPerson.group, name: lastPerson.name, via: 'pronoun' }
        : null;
    } else {
      // «سخنگوی دولت، فاطمه مهاجرانی، ...»: a role with a name in apposition speaks as the name.
      const app = subject.apposition;
      const useApposition = app && kindOf(nt, subject) === 'role' && kindOf(nt, app) === 'name';
      speaker = resolvePhrase(useApposition ? app : subject, at);
    }
    if (speaker) notePerson(speaker);
    if (!speaker || speaker.group < 0) {
      const span = speaker ?? c.cue ?? { start: c.start, end: c.start };
      messages.push({
        ruleId: 'news/speaker-unresolved',
        severity: 'info',
        start: span.start,
        end: span.end,
        text: speaker
          ? `speaker «${text.slice(speaker.start, speaker.end) || speaker.name}» is not linked to an entity group (resolved as ${speaker.via}: «${speaker.name}»)`
          : 'quote has no speaker: the subject is dropped and no earlier person is known',
      });
    }
    speakers.push(speaker);
  }
  return { speakers, messages };
}
