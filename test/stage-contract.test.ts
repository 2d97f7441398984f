/**
 * The contract every stage keeps (as Lucene's BaseTokenStreamTestCase checks analyzers): on any text
 * it never throws, leaves a Doc that validates, and gives the same output for the same input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/doc.js';
import { validateDoc } from '../src/doc/validate-doc.js';
import { normalize } from '../src/normalize/index.js';
import { ALL_STAGES, STAGE_FACTORIES } from '../src/pipeline/stages.js';
import { analyze } from '../src/analyze.js';
import { escapeForReport, messyText } from './arbitraries.js';
import { propertyRuns } from './property-runs.js';

function runStageByStage(text: string): string[] {
  const n = normalize(text);
  const doc = createDoc(text, n.text, n.map, n.edits);
  const problems = validateDoc(doc).map((p) => `normalize: ${p}`);
  for (const name of ALL_STAGES) {
    for (const stage of STAGE_FACTORIES[name]()) {
      stage.run(doc);
      problems.push(...validateDoc(doc).map((p) => `${stage.name}: ${p}`));
    }
  }
  return problems;
}

describe('stage contract', () => {
  it('keeps every Doc valid after every stage, on messy text', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const problems = runStageByStage(text);
        if (problems.length > 0) throw new Error(`${escapeForReport(text)}\n${problems.join('\n')}`);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it.each([
    [''],
    ['\u200C\u200C\u200C'],
    ['\uD800 تهران \uDFFF'],
    ['\u0000\u0007\u001B'],
    ['به گزارش ایسنا، رئیسجمهوری روسیه گفت: «ما آماده‌ایم.»'],
    ['x'.repeat(200_000)],
    ['کتاب '.repeat(50_000)],
  ])('analyzes hostile or huge input %# without throwing and validates', (text) => {
    const doc = analyze(text);
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.source).toBe(text);
  });

  it('gives the same JSON-able result for the same input twice', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const a = analyze(text);
        const b = analyze(text);
        expect(b.text).toBe(a.text);
        expect(Array.from(b.tokens.start)).toEqual(Array.from(a.tokens.start));
        expect(b.entities).toEqual(a.entities);
        expect(b.quotes).toEqual(a.quotes);
      }),
      { numRuns: propertyRuns(50) },
    );
  });
});
