import { describe, expect, it } from 'vitest';
import { createDoc, markAssigned } from '../doc/doc.js';
import { OffsetMap } from '../doc/offset-map.js';
import { docToTextReport } from './text-report.js';

/** A hand-built analyzed Doc: «به گزارش ایسنا، ولادیمیر پوتین گفت: «ما آماده‌ایم.» وی افزود: جنگ تمام می‌شود.» */
function makeAnalyzedDoc() {
  const text = 'به گزارش ایسنا، ولادیمیر پوتین گفت: «ما آماده‌ایم.» وی افزود: جنگ تمام می‌شود.';
  const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  doc.sentences = [
    { start: 0, end: at('.»').end, tokenStart: 0, tokenEnd: 0 },
    { start: at('وی').start, end: text.length, tokenStart: 0, tokenEnd: 0 },
  ];
  doc.entities = [{ ...at('ولادیمیر پوتین'), tokenStart: 0, tokenEnd: 0, label: 'PER', group: 0 }, { ...at('ایسنا'), tokenStart: 0, tokenEnd: 0, label: 'ORG', group: 1 }];
  doc.mentionGroups = [
    { id: 0, label: 'PER', canonical: 'ولادیمیر پوتین', mentions: [0] },
    { id: 1, label: 'ORG', canonical: 'ایسنا', mentions: [1] },
  ];
  doc.sources = [{ kind: 'report', name: 'ایسنا', ...at('به گزارش ایسنا'), depth: 0 }];
  doc.quotes = [
    { kind: 'direct', ...at('ما آماده‌ایم'), cue: at('گفت'), speaker: { ...at('ولادیمیر پوتین'), group: 0, name: 'ولادیمیر پوتین', via: 'name' }, negated: false },
    { kind: 'direct', ...at('جنگ تمام می‌شود'), cue: at('افزود'), speaker: { ...at('وی'), group: 0, name: 'ولادیمیر پوتین', via: 'pronoun' }, negated: false },
  ];
  doc.keywords = [{ text: 'جنگ', lemma: 'جنگ', score: 1, count: 1 }];
  doc.summary = [1];
  markAssigned(doc, ['sentences', 'entities', 'mentionGroups', 'quotes', 'sources', 'keywords', 'summary']);
  return doc;
}

describe('docToTextReport', () => {
  const report = docToTextReport(makeAnalyzedDoc());

  it.each([
    ['the source chain', '  report: ایسنا'],
    ['who said what, with the cue', '  1. ولادیمیر پوتین (name) [direct, cue «گفت»]'],
    ['the quote content', '     «ما آماده‌ایم»'],
    ['a pronoun speaker with what was written', '  2. ولادیمیر پوتین (pronoun: «وی») [direct, cue «افزود»]'],
    ['entities by type', '  PER: ولادیمیر پوتین'],
    ['organisations', '  ORG: ایسنا'],
    ['keywords', '  جنگ'],
    ['the summary sentence', '  - وی افزود: جنگ تمام می‌شود.'],
  ])('shows %s: %s', (_what, line) => {
    expect(report.split('\n')).toContain(line);
  });

  it('prints (none) for the empty layers of an empty Doc', () => {
    const empty = docToTextReport(createDoc('', '', OffsetMap.identity(0), []));
    expect(empty.match(/\(none\)/g)).toHaveLength(5);
  });
});
