/** STUB (scaffold): news understanding stages with final signatures; the news work replaces them. */
import type { Stage } from '../pipeline/stage.js';

export function newsStages(): Stage[] {
  return [];
}
