/** CLI input and output: line streams from files or stdin, buffered stdout with backpressure, progress. */
export { readTextChunks, readLineBatches, readLines, readParagraphs, readInput, type Line, type InputName, type ParagraphMode, type ParagraphOptions } from './read-input.js';
export { createOutput, type Output } from './output.js';
export { createProgress, type Progress } from './progress.js';
export { findInvalidUtf8 } from './find-invalid-utf8.js';
