/**
 * The whole page that shows an article annotated: a form to paste an article (when served) and the
 * annotated text beside its panels. The server renders it per request; `dabir analyze --format html`
 * writes it as one standalone file. No client framework: the page works without scripts, and a few
 * lines of script only light up every mention of an entity under the pointer.
 */
import type { Doc } from '../doc/doc.js';
import { ENTITY_GLOSSARY, ENTITY_LABELS } from '../doc/labels.js';
import { annotateText } from './annotate-text.js';
import { renderPanels } from './article-panels.js';
import { escapeHtml } from './escape-html.js';
import { pageStyles } from './page-styles.js';

export interface PageOptions {
  /** The analyzed article; without it the page shows only the form. */
  readonly doc?: Doc;
  /** Show the form, filled with `text` (the server does; a standalone report does not). */
  readonly form?: boolean;
  readonly text?: string;
  /** A problem to show above the article, e.g. a request that was too large. */
  readonly error?: { readonly code: string; readonly message: string };
  /** URL of a Vazirmatn woff2; without it the page falls back to system fonts. */
  readonly fontUrl?: string;
  /** Where the form posts (default "/"). */
  readonly action?: string;
}

// Hovering one mention outlines every mention of the same referent (data-group).
const LINK_MENTIONS_SCRIPT = `document.addEventListener('mouseover',function(e){
var t=e.target.closest&&e.target.closest('[data-group]');
document.querySelectorAll('.linked').forEach(function(n){n.classList.remove('linked')});
if(t)document.querySelectorAll('[data-group="'+t.dataset.group+'"]').forEach(function(n){n.classList.add('linked')});});`;

function legend(): string {
  const items = ENTITY_LABELS.map((l) => `<li class="ent-${l}" title="${escapeHtml(ENTITY_GLOSSARY[l])}">${l}</li>`).join('');
  return `<ul class="legend">${items}<li class="quote">نقل‌قول</li><li class="cue">فعل گزارش</li><li class="speaker">گوینده</li><li class="source">منبع</li><li class="summary">خلاصه</li><li class="edit">ویرایش</li></ul>`;
}

function formHtml(options: PageOptions): string {
  const action = escapeHtml(options.action ?? '/');
  return `<form method="post" action="${action}"><label for="text">متن خبر</label><textarea id="text" name="text" dir="rtl" required>${escapeHtml(options.text ?? '')}</textarea><button type="submit">تحلیل</button></form>`;
}

/**
 * The page as one HTML document: renderPage({ doc: analyze('به گزارش ایسنا، پوتین گفت: «...»') }) →
 * `<!doctype html><html lang="fa" dir="rtl">…<article>…</article><aside>…</aside>…`.
 */
export function renderPage(options: PageOptions = {}): string {
  const { doc } = options;
  const error = options.error
    ? `<div class="error" role="alert"><strong>${escapeHtml(options.error.code)}</strong>: ${escapeHtml(options.error.message)}</div>`
    : '';
  const body = doc
    ? `<main><div>${legend()}<article id="article">${annotateText(doc)}</article></div><aside>${renderPanels(doc)}</aside></main>`
    : '';
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>دبیر — تحلیل خبر</title>
<style>${pageStyles(options.fontUrl)}</style>
</head>
<body>
<header><h1>دبیر</h1><p>نرمال‌سازی، نیم‌فاصله، برچسب‌گذاری، موجودیت‌ها، نقل‌قول‌ها و منبع‌های خبر</p></header>
${options.form ? formHtml(options) : ''}
${error}
${body}
<script>${LINK_MENTIONS_SCRIPT}</script>
</body>
</html>
`;
}
