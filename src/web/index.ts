/** The annotated-article page: pure string rendering of a Doc, browser-safe, shared by the server and the CLI. */
export { renderPage, type PageOptions } from './page-html.js';
export { annotateText } from './annotate-text.js';
export { renderPanels } from './article-panels.js';
export { escapeHtml } from './escape-html.js';
