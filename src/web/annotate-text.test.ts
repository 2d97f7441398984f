// annotateText: every layer marked on the article text, and the text itself never changed or lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { propertyRuns } from '../../test/property-runs.js';
import { analyze } from '../analyze.js';
import { annotateText } from './annotate-text.js';

/** The text a browser would show: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The pieces carrying `cls`, joined: the text a layer marks. */
function marked(html: string, cls: string): string[] {
  const out: string[] = [];
  const re = /<span class="([^"]*)"[^>]*>([^<]*)<\/span>/g;
  let run = '';
  let last = -1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const has = m[1]!.split(' ').includes(cls);
    if (has && last === m.index) run += m[2];
    else if (has) {
      if (run) out.push(run);
      run = m[2]!;
    }
    if (has) last = re.lastIndex;
  }
  if (run) out.push(visibleText(run));
  return out.map(visibleText);
}

const ARTICLE = 'به گزارش ایسنا، ولادیمیر پوتین روز دوشنبه گفت: «ما آمادهایم.»';

describe('annotateText', () => {
  it('shows exactly the normalized text, restored ZWNJ included: «آمادهایم» → «آماده‌ایم»', () => {
    const doc = analyze(ARTICLE);
    expect(visibleText(annotateText(doc))).toBe(doc.text);
    expect(doc.text).toContain('آماده‌ایم');
  });

  it.each([
    ['ent-ORG', 'ایسنا'],
    ['ent-PER', 'ولادیمیر پوتین'],
    ['cue', 'گفت'],
    ['quote', 'ما آماده‌ایم'],
    ['source', 'به گزارش ایسنا'],
  ])('marks %s over «%s»', (cls, text) => {
    expect(marked(annotateText(analyze(ARTICLE)), cls)).toContain(text);
  });

  it('puts UPOS and lemma on each token: «گفت» → VERB · گفت, «پوتین» → its tag and lemma beside PER', () => {
    const html = annotateText(analyze(ARTICLE));
    expect(html).toMatch(/title="VERB · گفت"[^>]*>گفت</);
    expect(html).toMatch(/title="PER\n[^"]*\n[A-Z]+ · پوتین"[^>]*>پوتین</);
  });

  it('names the rule of a normalization edit: «ي» → «ی» by a fold rule', () => {
    const html = annotateText(analyze('علي آمد.'));
    expect(html).toMatch(/class="[^"]*\bedit\b[^"]*" title="[^"]*normalized: fold\/[a-z-]+/);
  });

  it('escapes markup in the text: «<b>سلام</b> & «تهران»»', () => {
    const doc = analyze('<b>سلام</b> & "تهران"');
    const html = annotateText(doc);
    expect(html).not.toContain('<b>');
    expect(visibleText(html)).toBe(doc.text);
  });

  it('keeps every character of any text, however messy', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const doc = analyze(text);
        const shown = visibleText(annotateText(doc));
        if (shown !== doc.text) throw new Error(`lost text for ${escapeForReport(text)}`);
      }),
      { numRuns: propertyRuns(60) },
    );
  });
});
