/** CoNLL-U read and write; no analysis here. */
export * from './conllu-types.js';
export { readConllu, readConlluLines, sentenceText } from './read-conllu.js';
export { writeConllu, writeConlluSentence } from './write-conllu.js';
