/**
 * OffsetMap: maps every offset of an output (normalized) text back to its source text, as Lucene's
 * BaseCharFilter does: sorted output checkpoints, each with the cumulative difference to add. Offsets
 * are UTF-16 code-unit indexes; the map is piecewise `source = out + delta` and never decreasing.
 */

export interface OffsetMapJSON {
  /** Output offsets where the difference changes, strictly increasing, starting at 0. */
  readonly outPos: number[];
  /** `source - output` from each checkpoint on. */
  readonly delta: number[];
  readonly textLength: number;
  readonly sourceLength: number;
}

export class OffsetMap {
  readonly outPos: Int32Array;
  readonly delta: Int32Array;
  readonly textLength: number;
  readonly sourceLength: number;

  constructor(outPos: Int32Array, delta: Int32Array, textLength: number, sourceLength: number) {
    this.outPos = outPos;
    this.delta = delta;
    this.textLength = textLength;
    this.sourceLength = sourceLength;
  }

  /** The map of a text that was not changed. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.of(0), Int32Array.of(0), length, length);
  }

  static fromJSON(json: OffsetMapJSON): OffsetMap {
    return new OffsetMap(Int32Array.from(json.outPos), Int32Array.from(json.delta), json.textLength, json.sourceLength);
  }

  get isIdentity(): boolean {
    return this.outPos.length === 1 && this.delta[0] === 0 && this.textLength === this.sourceLength;
  }

  /** Source offset of output offset `offset` (clamped into [0, textLength]). */
  toSource(offset: number): number {
    const o = offset < 0 ? 0 : offset > this.textLength ? this.textLength : offset;
    const k = lastAtOrBelow(this.outPos, o);
    const s = o + this.delta[k]!;
    return s < 0 ? 0 : s > this.sourceLength ? this.sourceLength : s;
  }

  /**
   * Output offset of source offset `offset`: the smallest output offset whose source offset is at or
   * after it. Inverse of `toSource` on unchanged stretches; inside a replaced stretch it snaps forward.
   */
  toText(offset: number): number {
    let lo = 0;
    let hi = this.textLength;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.toSource(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The map from this map's output through `outer` (whose source is this map's output) to this map's source. */
  composeAfter(outer: OffsetMap): OffsetMap {
    return composeMaps(this, outer);
  }

  toJSON(): OffsetMapJSON {
    return {
      outPos: Array.from(this.outPos),
      delta: Array.from(this.delta),
      textLength: this.textLength,
      sourceLength: this.sourceLength,
    };
  }
}

function lastAtOrBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Composes `inner` (A → source) with `outer` (B → A) into B → source. Both are monotonic piecewise
 * shifts, so one merge over their checkpoints suffices.
 */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  if (outer.isIdentity) return inner;
  if (inner.isIdentity) {
    return new OffsetMap(outer.outPos, outer.delta, outer.textLength, inner.sourceLength);
  }
  const points = new CheckpointList();
  const n = outer.outPos.length;
  let j = 0; // index into inner checkpoints
  for (let i = 0; i < n; i++) {
    const p = outer.outPos[i]!;
    const d = outer.delta[i]!;
    const segEnd = i + 1 < n ? outer.outPos[i + 1]! : outer.textLength + 1;
    const aStart = p + d;
    while (j + 1 < inner.outPos.length && inner.outPos[j + 1]! <= aStart) j++;
    points.push(p, d + inner.delta[j]!);
    // Inner checkpoints inside this segment's A-range split it further.
    let k = j + 1;
    while (k < inner.outPos.length && inner.outPos[k]! - d < segEnd) {
      points.push(inner.outPos[k]! - d, d + inner.delta[k]!);
      k++;
    }
  }
  return points.toMap(outer.textLength, inner.sourceLength);
}

/** Accumulates checkpoints, dropping those that do not change the delta. */
export class CheckpointList {
  private pos: number[] = [0];
  private del: number[] = [0];

  push(outOffset: number, delta: number): void {
    const last = this.pos.length - 1;
    if (this.pos[last] === outOffset) {
      this.del[last] = delta;
      if (last > 0 && this.del[last - 1] === delta) {
        this.pos.pop();
        this.del.pop();
      }
      return;
    }
    if (this.del[last] === delta) return;
    this.pos.push(outOffset);
    this.del.push(delta);
  }

  toMap(textLength: number, sourceLength: number): OffsetMap {
    return new OffsetMap(Int32Array.from(this.pos), Int32Array.from(this.del), textLength, sourceLength);
  }
}
