import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../doc/text-builder.js';
import { SourceCursor, TextCursor } from './offset-cursors.js';
import { propertyRuns } from '../../test/property-runs.js';

/** A random pass over `input`: keeps, replaces, inserts and deletes stretches. */
const passes = fc
  .tuple(fc.string({ maxLength: 30 }), fc.array(fc.tuple(fc.nat(5), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 8 }))
  .map(([input, ops]) => {
    const b = new TextBuilder(input);
    for (const [keep, len, out] of ops) {
      b.keepTo(Math.min(input.length, b.position + keep));
      b.replace(Math.min(len, input.length - b.position), out, 'test/op');
    }
    return b.finish().map;
  });

describe('SourceCursor and TextCursor', () => {
  it('give the same offsets as OffsetMap.toSource and toText for ascending queries («کتاب» → «کتاب‌ها»)', () => {
    fc.assert(
      fc.property(passes, (map) => {
        const sc = new SourceCursor(map);
        for (let o = 0; o <= map.textLength; o++) expect(sc.toSource(o)).toBe(map.toSource(o));
        const tc = new TextCursor(map);
        for (let o = 0; o <= map.sourceLength; o++) expect(tc.toText(o)).toBe(map.toText(o));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
