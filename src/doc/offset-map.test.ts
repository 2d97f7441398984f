import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMaps } from './offset-map.js';
import { TextBuilder } from './text-builder.js';

describe('TextBuilder + OffsetMap', () => {
  it.each([
    // input, build steps → expected text, expected source offsets for each output offset 0..n
    ['میروم', (b: TextBuilder) => { b.keepTo(2); b.insert('\u200C', 'zwnj/glued-mi'); }, 'می\u200Cروم', [0, 1, 2, 2, 3, 4, 5]],
    ['كتاب', (b: TextBuilder) => { b.replace(1, 'ک', 'fold/arabic-kaf'); }, 'کتاب', [0, 1, 2, 3, 4]],
    ['بـزرگ', (b: TextBuilder) => { b.keepTo(1); b.delete(1, 'fold/kashida'); }, 'بزرگ', [0, 2, 3, 4, 5]],
  ])('maps %s back to the input', (input, steps, text, expected) => {
    const b = new TextBuilder(input);
    steps(b);
    const r = b.finish();
    expect(r.text).toBe(text);
    expect(Array.from({ length: r.text.length + 1 }, (_, i) => r.map.toSource(i))).toEqual(expected);
  });

  it('composes two passes into one map back to the original input', () => {
    const p1 = new TextBuilder('كتابها');
    p1.replace(1, 'ک', 'fold/arabic-kaf');
    const r1 = p1.finish();
    const p2 = new TextBuilder(r1.text);
    p2.keepTo(4);
    p2.insert('\u200C', 'zwnj/plural');
    const r2 = p2.finish();
    const m = composeMaps(r1.map, r2.map);
    expect(r2.text).toBe('کتاب\u200Cها');
    expect(Array.from({ length: 8 }, (_, i) => m.toSource(i))).toEqual([0, 1, 2, 3, 4, 4, 5, 6]);
  });

  it('keeps composed maps equal to step-by-step mapping for random edit scripts', () => {
    const op = fc.record({ kind: fc.constantFrom('keep', 'replace', 'insert', 'delete'), n: fc.integer({ min: 0, max: 3 }), s: fc.string({ maxLength: 3 }) });
    const run = (input: string, ops: { kind: string; n: number; s: string }[]) => {
      const b = new TextBuilder(input);
      for (const o of ops) {
        const left = input.length - b.position;
        const n = Math.min(o.n, left);
        if (o.kind === 'keep') b.keepTo(b.position + n);
        else if (o.kind === 'replace') b.replace(n, o.s, 'r');
        else if (o.kind === 'insert') b.insert(o.s, 'i');
        else b.delete(n, 'd');
      }
      return b.finish();
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 8 }), (input, ops1, ops2) => {
        const r1 = run(input, ops1);
        const r2 = run(r1.text, ops2);
        const m = composeMaps(r1.map, r2.map);
        let prev = 0;
        for (let i = 0; i <= r2.text.length; i++) {
          const direct = r1.map.toSource(r2.map.toSource(i));
          expect(m.toSource(i)).toBe(direct);
          expect(direct).toBeGreaterThanOrEqual(prev);
          expect(direct).toBeLessThanOrEqual(input.length);
          prev = direct;
        }
      }),
    );
  });
});
