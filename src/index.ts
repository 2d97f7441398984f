/** Dabir's public, browser-safe API. */
export { analyze, tokenize, type AnalyzeOptions } from './analyze.js';
export { normalize, NORMALIZE_RULES, type NormalizeOptions, type NormalizeResult } from './normalize/index.js';
export { segment, type Segmentation } from './segment/index.js';
export { lemmatize, lemmatizeAll, type LemmatizeOptions } from './morph/index.js';
export { searchKey, searchKeysOfText, textKeys, type TextKey } from './search-keys/index.js';
export { tagWords, TAGGER_MODEL_FILES, type TagResult, type TagOptions, type TagScheme } from './tag/index.js';
export { recognizeEntities, linkMentions, type RecognizeOptions, type EntitySpan, type NerStyle } from './ner/index.js';
export { newsStages, findAttributions, digestNews, REPORTING_VERB_LEMMAS, type NewsOptions, type Attributions, type Digest } from './news/index.js';
export { createPipeline, type Pipeline } from './pipeline/create-pipeline.js';
export { STAGE_FACTORIES, ALL_STAGES, type StageName } from './pipeline/stages.js';
export type { Stage } from './pipeline/stage.js';
export { createDoc, tokenAt, tokensOf, spanText, sourceSpan, type Doc, type DocWriter, type Token, type DocAttribute } from './doc/doc.js';
export type * from './doc/layers.js';
export { OffsetMap } from './doc/offset-map.js';
export { validateDoc } from './doc/validate-doc.js';
export * from './doc/labels.js';
export { DabirError, type DabirErrorCode } from './errors.js';
export { preloadModels, registerModel } from './model-loader/load-model.js';
