/** CoNLL-U sentences as read and written: every line kept, so a file round-trips byte for byte. */

/** One word line (ID is an integer), a multiword-token range line ("3-4") or an empty node ("5.1"). */
export interface ConlluLine {
  readonly kind: 'word' | 'range' | 'empty';
  /** The ten columns, exactly as in the file ("_" included). */
  readonly columns: string[];
}

export interface ConlluSentence {
  /** Comment lines, including the leading "#". */
  readonly comments: string[];
  readonly lines: ConlluLine[];
  /** 1-based line number of the sentence's first line in the input. */
  readonly lineNumber: number;
}

/** Column indexes. */
export const ID = 0;
export const FORM = 1;
export const LEMMA = 2;
export const UPOS = 3;
export const XPOS = 4;
export const FEATS = 5;
export const HEAD = 6;
export const DEPREL = 7;
export const DEPS = 8;
export const MISC = 9;
