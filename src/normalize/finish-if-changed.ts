/**
 * How the normalize passes end: with their result, or null when they changed nothing, so normalize()
 * skips the pass without building an identity map (a typed-array allocation that, per short line,
 * cost more than the pass itself).
 */
import type { PassResult, TextBuilder } from '../doc/text-builder.js';

/**
 * The builder's result, or null when the pass made no edit. The normalize passes call keepTo only
 * right before an edit, and every edit consumes input or inserts after offset 0, so an untouched
 * builder is still at offset 0.
 */
export function finishIfChanged(b: TextBuilder): PassResult | null {
  return b.position === 0 ? null : b.finish();
}
