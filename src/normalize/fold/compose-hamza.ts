/**
 * The pass after folding that joins a letter and a following combining hamza or madda into the one
 * precomposed letter: «ا» + «ٓ» → «آ», «ی» + «ٔ» → «ئ». NFD text (macOS, some CMSs) writes «آ» that
 * way. It runs on the folded text, so a kashida or a control that stood between them is gone first
 * and a second normalize finds nothing left to join.
 */
import { TextBuilder, type PassResult } from '../../doc/text-builder.js';
import { HAMZA_COMPOSITIONS } from './arabic-letter-folds.js';
import { finishIfChanged } from '../finish-if-changed.js';

/** Composes letter + hamza/madda: «آب» → «آب». */
export function composeHamza(input: string): PassResult {
  return composeHamzaIfChanged(input) ?? new TextBuilder(input).finish();
}

/** composeHamza, or null when it changes nothing. */
export function composeHamzaIfChanged(input: string): PassResult | null {
  if (input.indexOf('\u0653') < 0 && input.indexOf('\u0654') < 0 && input.indexOf('\u0655') < 0) return null;
  const b = new TextBuilder(input);
  for (let i = 1; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x0653 || c > 0x0655) continue;
    const composed = HAMZA_COMPOSITIONS.get(input.charCodeAt(i - 1) * 0x10000 + c);
    if (composed === undefined || b.position > i - 1) continue;
    b.keepTo(i - 1);
    b.replace(2, composed, 'fold/compose-hamza');
  }
  return finishIfChanged(b);
}
