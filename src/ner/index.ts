/** STUB (scaffold): entity recognition and mention linking with final signatures; the ner work replaces them. */
import type { Stage } from '../pipeline/stage.js';

export function nerStage(): Stage {
  return { name: 'ner', requires: ['tokens'], assigns: ['entities'], run() {} };
}

export function linkMentionsStage(): Stage {
  return { name: 'link-mentions', requires: ['entities'], assigns: ['mentionGroups'], run() {} };
}
