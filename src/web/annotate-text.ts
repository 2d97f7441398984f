/**
 * The article text as HTML with every annotation layer marked: tokens (lemma and UPOS on hover),
 * entities, quotes with their cues and speakers, source links, summary sentences and normalization
 * edits. Layers overlap freely, so the text is cut at every layer boundary and each piece carries the
 * classes of all layers covering it (no nesting to balance, nothing dropped).
 */
import { tokenAt, type Doc } from '../doc/doc.js';
import { escapeHtml } from './escape-html.js';

/** One marked range of doc.text: its CSS classes, hover lines and data attributes. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly classes: readonly string[];
  readonly title?: string;
  readonly data?: Readonly<Record<string, string>>;
}

function tokenMarks(doc: Doc): Mark[] {
  const marks: Mark[] = [];
  const tagged = doc.assigned.includes('upos');
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = tokenAt(doc, i);
    if (t.end <= t.start) continue;
    const title = tagged ? `${t.upos}${t.lemma ? ` · ${t.lemma}` : ''}` : undefined;
    marks.push({ start: t.start, end: t.end, classes: ['tok'], title, data: tagged ? { upos: t.upos } : undefined });
  }
  return marks;
}

function layerMarks(doc: Doc): Mark[] {
  const marks: Mark[] = [];
  for (const e of doc.entities) {
    const group = e.group >= 0 ? doc.mentionGroups[e.group] : undefined;
    const name = group && group.canonical !== doc.text.slice(e.start, e.end) ? ` → ${group.canonical}` : '';
    const value = e.value ? ` = ${e.value}` : '';
    marks.push({
      start: e.start,
      end: e.end,
      classes: ['ent', `ent-${e.label}`],
      title: `${e.label}${name}${value}`,
      data: { label: e.label, ...(e.group >= 0 ? { group: String(e.group) } : {}) },
    });
  }
  doc.quotes.forEach((q, k) => {
    const who = q.speaker ? q.speaker.name : 'نامعلوم';
    marks.push({ start: q.start, end: q.end, classes: ['quote', `quote-${q.kind}`], title: `«${who}» (${q.kind})`, data: { quote: String(k + 1) } });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, classes: ['cue'], data: { quote: String(k + 1) } });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, classes: ['speaker'], title: `speaker (${q.speaker.via}): ${q.speaker.name}` });
  });
  for (const s of doc.sources) marks.push({ start: s.start, end: s.end, classes: ['source'], title: `${s.kind}: ${s.name}` });
  for (const i of doc.summary) {
    const s = doc.sentences[i];
    if (s) marks.push({ start: s.start, end: s.end, classes: ['summary'] });
  }
  for (const e of doc.edits) {
    if (e.end > e.start) marks.push({ start: e.start, end: e.end, classes: ['edit'], title: `normalized: ${e.rule}` });
  }
  return marks;
}

function openTag(covering: readonly Mark[]): string {
  const classes = new Set<string>();
  const titles: string[] = [];
  const data = new Map<string, string>();
  for (const m of covering) {
    for (const c of m.classes) classes.add(c);
    if (m.title && !titles.includes(m.title)) titles.push(m.title);
    for (const [k, v] of Object.entries(m.data ?? {})) data.set(k, v);
  }
  let tag = `<span class="${escapeHtml([...classes].join(' '))}"`;
  if (titles.length > 0) tag += ` title="${escapeHtml(titles.join('\n'))}"`;
  for (const [k, v] of data) tag += ` data-${k}="${escapeHtml(v)}"`;
  return `${tag}>`;
}

/**
 * The annotated text as an HTML fragment: «پوتین گفت: «...»» → `<span class="tok ent ent-PER speaker"
 * title="PROPN · پوتین\nPER">پوتین</span> …`. Text outside every mark is escaped and left bare.
 */
export function annotateText(doc: Doc): string {
  const marks = [...tokenMarks(doc), ...layerMarks(doc)].filter((m) => m.start < m.end && m.start >= 0 && m.end <= doc.text.length);
  const cuts = new Set<number>([0, doc.text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Marks sorted by start; a sweep keeps those covering the current piece.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let active: Mark[] = [];
  let html = '';
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    active = active.filter((m) => m.end > from);
    while (next < marks.length && marks[next]!.start <= from) {
      if (marks[next]!.end > from) active.push(marks[next]!);
      next++;
    }
    const piece = escapeHtml(doc.text.slice(from, to));
    html += active.length === 0 ? piece : `${openTag(active)}${piece}</span>`;
  }
  return html;
}
