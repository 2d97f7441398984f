/**
 * The stage registry: one explicit map from stage name to factory (never registration by import side
 * effect), and the default order that `analyze` runs.
 */
import { segmentStage } from '../segment/index.js';
import { tagStage } from '../tag/index.js';
import { lemmatizeStage } from '../morph/index.js';
import { linkMentionsStage, nerStage } from '../ner/index.js';
import { newsStages } from '../news/index.js';
import type { Stage } from './stage.js';

export const STAGE_FACTORIES = {
  segment: () => [segmentStage()],
  tag: () => [tagStage()],
  lemmatize: () => [lemmatizeStage()],
  ner: () => [nerStage()],
  'link-mentions': () => [linkMentionsStage()],
  news: () => newsStages(),
} satisfies Record<string, () => Stage[]>;

export type StageName = keyof typeof STAGE_FACTORIES;

/** Stage names in pipeline order. */
export const ALL_STAGES: readonly StageName[] = ['segment', 'tag', 'lemmatize', 'ner', 'link-mentions', 'news'];

export function stagesFor(names: readonly StageName[]): Stage[] {
  return names.flatMap((n) => STAGE_FACTORIES[n]());
}
