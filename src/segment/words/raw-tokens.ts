/** The tokenizer's output before clitic splitting: surface tokens as growable typed columns. */

export const enum TokenKind {
  Word = 1,
  Number = 2,
  /** Punctuation that is neither terminal nor ellipsis («،», «»», «(»). */
  Punct = 3,
  /** Sentence-ending punctuation: . ! ? ؟ and kin. */
  Terminal = 4,
  /** «…», «...», «..». */
  Ellipsis = 5,
  Url = 6,
  Email = 7,
  /** Hashtag or mention. */
  Tag = 8,
  /** Abbreviation or initial, period included («ق.م.», «Dr.»). */
  Abbreviation = 9,
  Symbol = 10,
}

/** Break before a token: none, a line break, or a blank line (paragraph). */
export const enum BreakBefore {
  None = 0,
  Line = 1,
  Paragraph = 2,
}

export class RawTokens {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  breakBefore: Uint8Array;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.breakBefore = new Uint8Array(c);
  }

  push(start: number, end: number, kind: TokenKind, breakBefore: BreakBefore): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.breakBefore[i] = breakBefore;
  }

  private grow(): void {
    const c = this.start.length * 2;
    const start = new Int32Array(c);
    start.set(this.start);
    const end = new Int32Array(c);
    end.set(this.end);
    const kind = new Uint8Array(c);
    kind.set(this.kind);
    const breakBefore = new Uint8Array(c);
    breakBefore.set(this.breakBefore);
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.breakBefore = breakBefore;
  }
}
