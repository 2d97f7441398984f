/**
 * The library's main entry points: `analyze` runs the whole pipeline, `tokenize` stops after
 * segmentation. Both normalize first, build a Doc from the result and pass it through the stages.
 */
import type { Doc } from './doc/doc.js';
import { DabirError, assertKnownOptions } from './errors.js';
import { normalize, type NormalizeOptions } from './normalize/index.js';
import { createPipeline, docFromNormalized, type Pipeline } from './pipeline/create-pipeline.js';
import { ALL_STAGES, stagesFor, type StageName } from './pipeline/stages.js';

export interface AnalyzeOptions {
  /** Options passed to normalize(). */
  readonly normalize?: NormalizeOptions;
  /** Stop after this stage (default: run all). */
  readonly until?: StageName;
}

const ANALYZE_OPTION_KEYS = ['normalize', 'until'] as const;

// Pipelines are pure configuration; building them is cheap, so they are made per call rather than cached globally.
function pipelineUntil(until: StageName | undefined): Pipeline {
  const last = until === undefined ? ALL_STAGES.length - 1 : ALL_STAGES.indexOf(until);
  if (last < 0) {
    throw new DabirError('invalid-option', `analyze: option "until" must be one of ${ALL_STAGES.join(', ')}, got ${JSON.stringify(until)}`);
  }
  return createPipeline(stagesFor(ALL_STAGES.slice(0, last + 1)));
}

function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new DabirError('invalid-argument', `${where}: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/** Runs the whole pipeline: «به گزارش ایسنا، پوتین گفت: ...» → Doc with tokens, entities, quotes, sources. */
export function analyze(text: string, options: AnalyzeOptions = {}): Doc {
  checkText(text, 'analyze');
  assertKnownOptions(options, ANALYZE_OPTION_KEYS, 'analyze');
  const pipeline = pipelineUntil(options.until);
  return pipeline.runOn(docFromNormalized(text, normalize(text, options.normalize)));
}

/** Normalizes and segments: «کتابها را خواندم.» → Doc with sentences and words. */
export function tokenize(text: string, options: { normalize?: NormalizeOptions } = {}): Doc {
  checkText(text, 'tokenize');
  assertKnownOptions(options, ['normalize'], 'tokenize');
  return analyze(text, { normalize: options.normalize, until: 'segment' });
}
