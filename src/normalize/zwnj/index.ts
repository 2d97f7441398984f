/** STUB (scaffold): the ZWNJ restoration pass with its final signature; the zwnj work replaces the body. */
import type { PassResult } from '../../doc/text-builder.js';
import { TextBuilder } from '../../doc/text-builder.js';

export interface ZwnjOptions {}

export function restoreZwnj(text: string, _options: ZwnjOptions = {}): PassResult {
  return new TextBuilder(text).finish();
}
