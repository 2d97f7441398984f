/** STUB (scaffold): POS tagger with its final signature; the tag work replaces the body. */
import type { Stage } from '../pipeline/stage.js';

export interface TagResult {
  readonly upos: string[];
  readonly xpos: string[];
  readonly feats: string[];
}

/** UPOS (and XPOS/FEATS where known) for the words of one sentence. */
export function tagWords(forms: readonly string[]): TagResult {
  return { upos: forms.map(() => 'X'), xpos: forms.map(() => ''), feats: forms.map(() => '') };
}

export function tagStage(): Stage {
  return {
    name: 'tag',
    requires: ['tokens'],
    assigns: ['upos'],
    run() {},
  };
}
