/**
 * Search keys: ZWNJ-, spacing-, spelling- and lemma-insensitive keys, so «می‌روند», «میروند» and
 * «می روند» index alike. README.md lists exactly what is folded and compares it with Lucene.
 */
export { foldKey, foldLetters } from './fold-key.js';
export { searchKey, searchKeyWith } from './search-key.js';
export { searchKeysOfText, textKeys, UNKEYED_UPOS, type TextKey } from './text-keys.js';
