/**
 * TextBuilder: how a normalization pass writes its output. The pass walks its input left to right
 * and says, for each stretch, keep / replace / insert / delete; the builder assembles the output,
 * the OffsetMap back to the pass's input, and the list of edits with their rule ids.
 */
import { CheckpointList, OffsetMap } from './offset-map.js';

/** One change a normalization rule made, in offsets of the text the pass read. */
export interface PassEdit {
  readonly inputStart: number;
  readonly inputEnd: number;
  readonly outputStart: number;
  readonly outputEnd: number;
  /** Stable rule id, e.g. `fold/arabic-yeh`, `zwnj/glued-mi`; see doc/labels.ts. */
  readonly rule: string;
}

export interface PassResult {
  readonly text: string;
  readonly map: OffsetMap;
  readonly edits: readonly PassEdit[];
}

export class TextBuilder {
  private readonly input: string;
  private readonly parts: string[] = [];
  private readonly points = new CheckpointList();
  private readonly edits: PassEdit[] = [];
  private inPos = 0;
  private outLen = 0;
  private readonly recordEdits: boolean;

  constructor(input: string, options: { recordEdits?: boolean } = {}) {
    this.input = input;
    this.recordEdits = options.recordEdits ?? true;
  }

  /** How far the pass has read its input. */
  get position(): number {
    return this.inPos;
  }

  /** Copies input up to `inputEnd` unchanged. */
  keepTo(inputEnd: number): void {
    if (inputEnd <= this.inPos) return;
    this.parts.push(this.input.slice(this.inPos, inputEnd));
    this.outLen += inputEnd - this.inPos;
    this.inPos = inputEnd;
  }

  /**
   * Replaces input [position, position + inputLength) with `output`. Output characters map one to
   * one onto the input while both last; extra output characters map to the end of the replaced input.
   */
  replace(inputLength: number, output: string, rule: string): void {
    const s = this.inPos;
    const o = this.outLen;
    const b = output.length;
    const a = inputLength;
    if (b > 0) this.parts.push(output);
    if (a > b) {
      this.points.push(o + b, s + a - (o + b));
    } else {
      for (let j = 1; j <= b - a; j++) this.points.push(o + a + j, s + a - (o + a + j));
    }
    this.inPos = s + a;
    this.outLen = o + b;
    if (this.recordEdits) {
      this.edits.push({ inputStart: s, inputEnd: s + a, outputStart: o, outputEnd: o + b, rule });
    }
  }

  insert(output: string, rule: string): void {
    this.replace(0, output, rule);
  }

  delete(inputLength: number, rule: string): void {
    this.replace(inputLength, '', rule);
  }

  /** Finishes the pass, keeping whatever input is left. */
  finish(): PassResult {
    this.keepTo(this.input.length);
    if (this.edits.length === 0 && this.recordEdits) {
      return { text: this.input, map: OffsetMap.identity(this.input.length), edits: [] };
    }
    return {
      text: this.parts.join(''),
      map: this.points.toMap(this.outLen, this.input.length),
      edits: this.edits,
    };
  }
}
