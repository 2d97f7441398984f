/**
 * Straight and curly double quotes around Persian text become guillemets, as the Academy writes
 * quotations: «"سلام"» → «سلام». Pairs are taken in order within one line; a pair around Latin text
 * («"OK"») and an unpaired quote stay as they are.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import { CHAR_CLASS, C_PERSIAN_LETTER } from '../fold/char-classes.js';

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d;
}

/** Pairs double quotes per line and turns those around Persian text into «». */
export function convertQuotes(input: string): PassResult {
  const n = input.length;
  const b = new TextBuilder(input);
  let open = -1;
  let hasPersian = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0a) {
      open = -1;
    } else if (isQuote(c)) {
      if (open < 0) {
        open = i;
        hasPersian = false;
      } else {
        if (hasPersian) {
          b.keepTo(open);
          b.replace(1, '\u00ab', 'punct/guillemets');
          b.keepTo(i);
          b.replace(1, '\u00bb', 'punct/guillemets');
        }
        open = -1;
      }
    } else if (open >= 0 && CHAR_CLASS[c] === C_PERSIAN_LETTER) {
      hasPersian = true;
    }
  }
  return b.finish();
}
