/**
 * The readable report of an analyzed Doc (`dabir analyze --format text`): the source chain, who said
 * what, entities by type, keywords and the summary. Formatting only: every fact comes from the Doc.
 */
import type { Doc } from '../doc/doc.js';
import { ENTITY_LABELS, type EntityLabel } from '../doc/labels.js';
import type { Quote } from '../doc/layers.js';

const MAX_QUOTE_CHARS = 240;

/** One line of at most `max` characters: «a\n b» → «a b»; longer text ends in «…». */
export function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

function speakerLine(doc: Doc, q: Quote): string {
  const s = q.speaker;
  if (!s) return 'نامعلوم (unknown)';
  const written = doc.text.slice(s.start, s.end);
  const how = written && written !== s.name ? ` (${s.via}: «${written}»)` : ` (${s.via})`;
  return `${s.name}${how}`;
}

/** Entity names per label: from mention groups when linked, else from the entity spans (the page uses it too). */
export function entitiesByLabel(doc: Doc): Map<EntityLabel, string[]> {
  const byLabel = new Map<EntityLabel, string[]>();
  const add = (label: EntityLabel, name: string): void => {
    const list = byLabel.get(label) ?? [];
    if (!list.includes(name)) list.push(name);
    byLabel.set(label, list);
  };
  if (doc.mentionGroups.length > 0) for (const g of doc.mentionGroups) add(g.label, g.canonical);
  else for (const e of doc.entities) add(e.label, doc.text.slice(e.start, e.end));
  return byLabel;
}

/**
 * The report as text: «به گزارش ایسنا، پوتین گفت: ...» →
 * "Sources\n  report: ایسنا\n\nQuotes\n  1. پوتین (name) [direct, cue «گفت»]\n     «...»\n ...".
 */
export function docToTextReport(doc: Doc): string {
  const lines: string[] = [];
  lines.push('Sources');
  if (doc.sources.length === 0) lines.push('  (none)');
  for (const s of doc.sources) lines.push(`  ${'  '.repeat(s.depth)}${s.kind}: ${s.name}${s.refersTo ? ` (${s.refersTo})` : ''}`);

  lines.push('', 'Quotes (who said what)');
  if (doc.quotes.length === 0) lines.push('  (none)');
  doc.quotes.forEach((q, k) => {
    const cue = q.cue ? `, cue «${doc.text.slice(q.cue.start, q.cue.end)}»` : '';
    const negated = q.negated ? ', negated' : '';
    lines.push(`  ${k + 1}. ${speakerLine(doc, q)} [${q.kind}${cue}${negated}]`);
    lines.push(`     «${clip(doc.text.slice(q.start, q.end), MAX_QUOTE_CHARS)}»`);
  });

  lines.push('', 'Entities');
  const byLabel = entitiesByLabel(doc);
  if (byLabel.size === 0) lines.push('  (none)');
  for (const label of ENTITY_LABELS) {
    const names = byLabel.get(label);
    if (names) lines.push(`  ${label}: ${names.join('، ')}`);
  }

  lines.push('', 'Keywords');
  lines.push(doc.keywords.length === 0 ? '  (none)' : `  ${doc.keywords.map((k) => k.text).join('، ')}`);

  lines.push('', 'Summary');
  if (doc.summary.length === 0) lines.push('  (none)');
  for (const i of doc.summary) {
    const s = doc.sentences[i];
    if (s) lines.push(`  - ${clip(doc.text.slice(s.start, s.end), 400)}`);
  }
  return `${lines.join('\n')}\n`;
}
