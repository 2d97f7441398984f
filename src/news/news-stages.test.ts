import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, markAssigned, type DocWriter } from '../doc/doc.js';
import { OffsetMap } from '../doc/offset-map.js';
import { createTokenTable } from '../doc/token-table.js';
import { validateDoc } from '../doc/validate-doc.js';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { newsStages } from './index.js';
import { scanNewsText } from './scan/scan-news-text.js';
import { propertyRuns } from '../../test/property-runs.js';

/** A Doc segmented by hand (the news scan's words and sentences), as earlier stages would leave it. */
function segmentedDoc(text: string): DocWriter {
  const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
  const nt = scanNewsText(text);
  const words = Array.from({ length: nt.wordCount }, (_, i) => ({ start: nt.wordStart[i]!, end: nt.wordEnd[i]! }));
  doc.tokens = createTokenTable(words, (i) => nt.wordSentence[i]!);
  doc.sentences = nt.sentences.map((s) => ({ start: s.start, end: s.end, tokenStart: s.wordStart, tokenEnd: s.wordEnd }));
  markAssigned(doc, ['sentences', 'tokens']);
  return doc;
}

function runNews(text: string, options = {}): DocWriter {
  const doc = segmentedDoc(text);
  for (const stage of newsStages(options)) {
    stage.run(doc);
    markAssigned(doc, stage.assigns);
  }
  return doc;
}

describe('newsStages', () => {
  it('assigns quotes, sources, keywords and summary: «به گزارش ایسنا، پوتین گفت: ...»', () => {
    const doc = runNews('به گزارش ایسنا، پوتین در جمع نیروهای روسی گفت: ما به پیروزی نزدیک هستیم. وی افزود: جنگ به زودی تمام می‌شود.');
    expect(doc.assigned).toEqual(expect.arrayContaining(['quotes', 'sources', 'keywords', 'summary']));
    expect(doc.sources.map((s) => s.name)).toEqual(['ایسنا']);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['پوتین', 'پوتین']);
    expect(doc.summary.length).toBeGreaterThan(0);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('honours summarySentences: 1', () => {
    const doc = runNews('پوتین گفت: ما آماده‌ایم. اسد گفت: سوریه ایستاده است. لاوروف گفت: مذاکره ادامه دارد.', { summarySentences: 1 });
    expect(doc.summary).toHaveLength(1);
  });

  it.each([
    [{ summary: 2 }, 'unknown-option'],
    [{ keywords: -1 }, 'invalid-option'],
    [{ summarySentences: 1.5 }, 'invalid-option'],
  ])('rejects the options %j with %s', (options, code) => {
    expect(() => newsStages(options as never)).toThrow(expect.objectContaining({ code }));
  });

  it('never throws on messy text, and the Doc validates after each news stage', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const doc = segmentedDoc(text);
        for (const stage of newsStages()) {
          try {
            stage.run(doc);
          } catch (error) {
            throw new Error(`stage ${stage.name} threw on ${escapeForReport(text)}: ${(error as Error).message}`);
          }
          const problems = validateDoc(doc);
          if (problems.length > 0) throw new Error(`stage ${stage.name} broke the Doc on ${escapeForReport(text)}: ${problems.join('; ')}`);
        }
        for (const q of doc.quotes) {
          if (q.start > q.end || (q.speaker && q.speaker.start > q.speaker.end)) throw new Error(`bad quote span on ${escapeForReport(text)}`);
        }
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('gives the same result twice for the same text', () => {
    const text = '«ما عجله‌ای نداریم.» این را عباس عراقچی گفت. عراقچی تاکید کرد که تصمیم با شورا است.';
    const a = runNews(text);
    const b = runNews(text);
    expect(JSON.stringify([a.quotes, a.sources, a.keywords, a.summary])).toBe(JSON.stringify([b.quotes, b.sources, b.keywords, b.summary]));
  });
});
