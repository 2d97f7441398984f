// Any text through analyze() up to link-mentions: never throws, the Doc validates, every entity is grouped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { analyze } from '../analyze.js';
import { validateDoc } from '../doc/validate-doc.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('nerStage and linkMentionsStage on messy text', () => {
  it.each([['messyText']])('never throw, keep the Doc valid and give every entity a group (%s)', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const doc = analyze(text, { until: 'link-mentions' });
        const problems = validateDoc(doc);
        if (problems.length > 0) throw new Error(`${escapeForReport(text)}: ${problems.join('; ')}`);
        for (const e of doc.entities) {
          expect(e.group).toBeGreaterThanOrEqual(0);
          expect(doc.mentionGroups[e.group]!.mentions).toContain(doc.entities.indexOf(e));
          expect(e.tokenStart).toBeLessThan(e.tokenEnd);
          expect(doc.tokens.start[e.tokenStart]).toBe(e.start);
          expect(doc.tokens.end[e.tokenEnd - 1]).toBe(e.end);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it.each([
    [''],
    ['\u200c\u200c\u200c'],
    ['۱۵ خرداد'],
    ['پوتین '.repeat(2000)],
    ['\uD83D ولادیمیر پوتین \u0000 در مسکو'],
  ])('handles %j', (text) => {
    const doc = analyze(text, { until: 'link-mentions' });
    expect(validateDoc(doc)).toEqual([]);
  });
});
