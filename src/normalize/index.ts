/**
 * STUB (scaffold): pass-through normalize with the final signature; the normalize-core work replaces
 * the body with folding, spacing and ZWNJ restoration passes.
 */
import { OffsetMap } from '../doc/offset-map.js';
import type { NormalizeResult } from '../pipeline/normalize-contract.js';

export type { NormalizeResult } from '../pipeline/normalize-contract.js';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface NormalizeOptions {}

export function normalize(text: string, _options: NormalizeOptions = {}): NormalizeResult {
  return { text, map: OffsetMap.identity(text.length), edits: [] };
}
