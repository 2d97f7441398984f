/**
 * Offset lookups for ascending queries by one sweep over an OffsetMap's checkpoints, instead of a
 * binary search per query: normalize() rewrites every pass's edits (sorted) into final-text and
 * input offsets, and on noisy text there are many. Same results as OffsetMap.toSource / toText.
 */
import type { OffsetMap } from '../doc/offset-map.js';

/** `map.toSource(o)` for non-decreasing `o`. */
export class SourceCursor {
  private k = 0;
  constructor(private readonly map: OffsetMap) {}

  toSource(offset: number): number {
    const m = this.map;
    const o = offset < 0 ? 0 : offset > m.textLength ? m.textLength : offset;
    const pos = m.outPos;
    while (this.k + 1 < pos.length && pos[this.k + 1]! <= o) this.k++;
    const s = o + m.delta[this.k]!;
    return s < 0 ? 0 : s > m.sourceLength ? m.sourceLength : s;
  }
}

/** `map.toText(o)` (smallest output offset whose source offset is at or after `o`) for non-decreasing `o`. */
export class TextCursor {
  private k = 0;
  constructor(private readonly map: OffsetMap) {}

  toText(offset: number): number {
    const m = this.map;
    const pos = m.outPos;
    const last = pos.length - 1;
    while (this.k < last && clamp(pos[this.k + 1]! - 1 + m.delta[this.k]!, m.sourceLength) < offset) this.k++;
    const segEnd = this.k < last ? pos[this.k + 1]! - 1 : m.textLength;
    let y = offset - m.delta[this.k]!;
    if (y < pos[this.k]!) y = pos[this.k]!;
    // The clamped source of the segment's first offsets may already reach `offset`.
    while (y > pos[this.k]! && clamp(y - 1 + m.delta[this.k]!, m.sourceLength) >= offset) y--;
    if (y > segEnd) y = this.k < last ? pos[this.k + 1]! : m.textLength;
    return y < 0 ? 0 : y > m.textLength ? m.textLength : y;
  }
}

function clamp(s: number, max: number): number {
  return s < 0 ? 0 : s > max ? max : s;
}
