import { describe, expect, it } from 'vitest';
import * as dabir from '../src/index.js';

describe('public API', () => {
  it('exports exactly this sorted list (a change here is an API change: update the README too)', () => {
    expect(Object.keys(dabir).sort()).toEqual(["ALL_STAGES", "DabirError", "ENTITY_GLOSSARY", "ENTITY_LABELS", "MESSAGE_SEVERITIES", "NORMALIZE_RULES", "OffsetMap", "QUOTE_GLOSSARY", "QUOTE_KINDS", "REPORTING_VERB_LEMMAS", "SOURCE_GLOSSARY", "SOURCE_KINDS", "STAGE_FACTORIES", "TAGGER_MODEL_FILES", "UPOS_GLOSSARY", "UPOS_TAGS", "analyze", "createDoc", "createPipeline", "digestNews", "findAttributions", "lemmatize", "lemmatizeAll", "linkMentions", "newsStages", "normalize", "preloadModels", "recognizeEntities", "registerModel", "renderPage", "searchKey", "searchKeysOfText", "segment", "sourceSpan", "spanText", "tagWords", "textKeys", "tokenAt", "tokenize", "tokensOf", "uposId", "validateDoc"]);
  });
});
