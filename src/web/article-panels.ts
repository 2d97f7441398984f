/**
 * The side panels of the annotated page: source chain, who said what, entities by type, keywords,
 * summary and normalization edits. Formatting only; every fact comes from the Doc.
 */
import type { Doc } from '../doc/doc.js';
import { ENTITY_GLOSSARY, ENTITY_LABELS, SOURCE_GLOSSARY } from '../doc/labels.js';
import { clip, entitiesByLabel } from '../formats/text-report.js';
import { escapeHtml } from './escape-html.js';

const MAX_QUOTE_CHARS = 300;

function panel(id: string, title: string, body: string): string {
  return `<section class="panel" id="${id}"><h2>${title}</h2>${body}</section>`;
}

const NONE = '<p class="none">—</p>';

function sourcesPanel(doc: Doc): string {
  if (doc.sources.length === 0) return panel('sources', 'منبع‌ها', NONE);
  const items = doc.sources
    .map((s) => `<li style="--depth:${s.depth}" title="${escapeHtml(SOURCE_GLOSSARY[s.kind])}"><span class="kind">${s.kind}</span> ${escapeHtml(s.name)}${s.refersTo ? ` (${escapeHtml(s.refersTo)})` : ''}</li>`)
    .join('');
  return panel('sources', 'منبع‌ها', `<ul class="chain">${items}</ul>`);
}

function quotesPanel(doc: Doc): string {
  if (doc.quotes.length === 0) return panel('quotes', 'نقل‌قول‌ها', NONE);
  const items = doc.quotes
    .map((q) => {
      const who = q.speaker ? escapeHtml(q.speaker.name) : '<em>نامعلوم</em>';
      const via = q.speaker ? ` <span class="kind">${q.speaker.via}</span>` : '';
      const cue = q.cue ? ` · «${escapeHtml(doc.text.slice(q.cue.start, q.cue.end))}»` : '';
      const negated = q.negated ? ' · منفی' : '';
      const said = escapeHtml(clip(doc.text.slice(q.start, q.end), MAX_QUOTE_CHARS));
      return `<li><div class="who">${who}${via}<span class="kind">${q.kind}${cue}${negated}</span></div><blockquote>${said}</blockquote></li>`;
    })
    .join('');
  return panel('quotes', 'نقل‌قول‌ها', `<ol>${items}</ol>`);
}

function entitiesPanel(doc: Doc): string {
  const byLabel = entitiesByLabel(doc);
  if (byLabel.size === 0) return panel('entities', 'موجودیت‌ها', NONE);
  const rows = ENTITY_LABELS.filter((label) => byLabel.has(label))
    .map((label) => {
      const names = byLabel.get(label)!.map((n) => `<span class="ent ent-${label}">${escapeHtml(n)}</span>`).join(' ');
      return `<dt title="${escapeHtml(ENTITY_GLOSSARY[label])}">${label}</dt><dd>${names}</dd>`;
    })
    .join('');
  return panel('entities', 'موجودیت‌ها', `<dl>${rows}</dl>`);
}

function keywordsPanel(doc: Doc): string {
  if (doc.keywords.length === 0) return panel('keywords', 'کلیدواژه‌ها', NONE);
  const chips = doc.keywords.map((k) => `<li title="${escapeHtml(`${k.lemma} × ${k.count}`)}">${escapeHtml(k.text)}</li>`).join('');
  return panel('keywords', 'کلیدواژه‌ها', `<ul class="chips">${chips}</ul>`);
}

function summaryPanel(doc: Doc): string {
  const items = doc.summary
    .map((i) => doc.sentences[i])
    .filter((s) => s !== undefined)
    .map((s) => `<li>${escapeHtml(clip(doc.text.slice(s.start, s.end), 500))}</li>`)
    .join('');
  return panel('summary', 'خلاصه', items ? `<ol>${items}</ol>` : NONE);
}

function editsPanel(doc: Doc): string {
  if (doc.edits.length === 0) return panel('edits', 'ویرایش‌ها', NONE);
  const byRule = new Map<string, number>();
  for (const e of doc.edits) byRule.set(e.rule, (byRule.get(e.rule) ?? 0) + 1);
  const rows = [...byRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `<tr><td>${escapeHtml(rule)}</td><td>${n}</td></tr>`)
    .join('');
  return panel('edits', 'ویرایش‌ها', `<table><tbody>${rows}</tbody></table>`);
}

/** Every panel, in reading order: «به گزارش ایسنا، ...» → sources first, then quotes, entities, … */
export function renderPanels(doc: Doc): string {
  return [sourcesPanel, quotesPanel, entitiesPanel, keywordsPanel, summaryPanel, editsPanel].map((f) => f(doc)).join('\n');
}
