/** The Stage contract: a named step that reads some Doc attributes and assigns others. */
import type { DocAttribute, DocWriter } from '../doc/doc.js';

export interface Stage {
  readonly name: string;
  /** Attributes an earlier stage must have assigned. */
  readonly requires: readonly DocAttribute[];
  /** Attributes this stage writes. */
  readonly assigns: readonly DocAttribute[];
  /** Enriches the doc in place; never throws on any text. */
  run(doc: DocWriter): void;
}
