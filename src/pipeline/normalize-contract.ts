/** What a normalizer returns: the text, the map back to the source, and every edit. */
import type { Edit } from '../doc/layers.js';
import type { OffsetMap } from '../doc/offset-map.js';

export interface NormalizeResult {
  readonly text: string;
  /** Maps every offset of `text` back to the input. */
  readonly map: OffsetMap;
  readonly edits: readonly Edit[];
}
