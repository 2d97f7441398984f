/**
 * createPipeline: checks that every stage's requirements are assigned by an earlier stage (as spaCy's
 * pipe analysis does), then freezes the list. Running it builds a Doc from raw text and passes it on.
 */
import { createDoc, markAssigned, type Doc, type DocAttribute, type DocWriter } from '../doc/doc.js';
import { DabirError } from '../errors.js';
import type { Stage } from './stage.js';
import type { NormalizeResult } from './normalize-contract.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs the stages on an existing doc. */
  runOn(doc: DocWriter): Doc;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<DocAttribute>(['text']);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new DabirError(
          'pipeline-order',
          `stage "${stage.name}" requires "${need}", which no earlier stage assigns (have: ${[...available].join(', ')})`,
        );
      }
    }
    for (const a of stage.assigns) available.add(a);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    runOn(doc: DocWriter): Doc {
      for (const stage of frozen) {
        stage.run(doc);
        markAssigned(doc, stage.assigns);
      }
      return doc;
    },
  });
}

/** Builds a doc from a normalizer's result. */
export function docFromNormalized(source: string, normalized: NormalizeResult): DocWriter {
  return createDoc(source, normalized.text, normalized.map, normalized.edits);
}
