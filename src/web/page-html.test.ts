// renderPage: the form, the annotated article beside its panels, errors; a right-to-left Persian page.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { renderPage } from './page-html.js';

const ARTICLE = 'به گزارش ایسنا، ولادیمیر پوتین روز دوشنبه گفت: «ما آمادهایم.» وی افزود: «مذاکرات ادامه دارد.»';

describe('renderPage', () => {
  it('is a Persian right-to-left document', () => {
    expect(renderPage()).toMatch(/^<!doctype html>\n<html lang="fa" dir="rtl">/);
  });

  it('shows the form refilled with the posted text, escaped: «<تهران>»', () => {
    const html = renderPage({ form: true, text: '<تهران>' });
    expect(html).toContain('<textarea id="text" name="text" dir="rtl" required>&lt;تهران&gt;</textarea>');
  });

  it('writes a standalone report without a form', () => {
    const html = renderPage({ doc: analyze(ARTICLE) });
    expect(html).not.toContain('<form');
    expect(html).toContain('<article id="article">');
  });

  it('lists each quote with its speaker, resolved from «وی» to the person', () => {
    const html = renderPage({ doc: analyze(ARTICLE) });
    const quotes = html.slice(html.indexOf('id="quotes"'), html.indexOf('id="entities"'));
    expect(quotes.match(/<li>/g)).toHaveLength(2);
    expect(quotes).toContain('<blockquote>مذاکرات ادامه دارد</blockquote>');
    expect(quotes.match(/ولادیمیر پوتین/g)).toHaveLength(2);
  });

  it('shows the source chain: report ایسنا', () => {
    const html = renderPage({ doc: analyze(ARTICLE) });
    expect(html).toMatch(/<span class="kind">report<\/span> ایسنا<\/li>/);
  });

  it('shows an error with its code: payload-too-large', () => {
    const html = renderPage({ form: true, error: { code: 'payload-too-large', message: 'بیش از حد <بزرگ>' } });
    expect(html).toContain('<div class="error" role="alert"><strong>payload-too-large</strong>: بیش از حد &lt;بزرگ&gt;</div>');
  });

  it('loads the font only when given its URL', () => {
    expect(renderPage({ fontUrl: '/assets/vazirmatn.woff2' })).toContain('src:url("/assets/vazirmatn.woff2")');
    expect(renderPage()).not.toContain('@font-face');
  });
});
