/**
 * CoNLL-U reader: sentences from lines, streaming (a generator over any iterable of lines), with a
 * DabirError `parse-error` that names the line for anything malformed instead of a silent misalignment.
 */
import { DabirError } from '../../errors.js';
import type { ConlluLine, ConlluSentence } from './conllu-types.js';

const WORD_ID = /^[1-9][0-9]*$/;
const RANGE_ID = /^[1-9][0-9]*-[1-9][0-9]*$/;
const EMPTY_ID = /^(?:0|[1-9][0-9]*)\.[1-9][0-9]*$/;

function parseLine(line: string, lineNumber: number): ConlluLine {
  const columns = line.split('\t');
  if (columns.length !== 10) {
    throw new DabirError(
      'parse-error',
      `CoNLL-U line ${lineNumber}: expected 10 tab-separated columns, found ${columns.length}`,
    );
  }
  const id = columns[0]!;
  if (WORD_ID.test(id)) return { kind: 'word', columns };
  if (RANGE_ID.test(id)) return { kind: 'range', columns };
  if (EMPTY_ID.test(id)) return { kind: 'empty', columns };
  throw new DabirError('parse-error', `CoNLL-U line ${lineNumber}: invalid ID "${id}"`);
}

function checkSentence(sentence: ConlluSentence): void {
  let expected = 1;
  let line = sentence.lineNumber + sentence.comments.length;
  for (const l of sentence.lines) {
    if (l.kind === 'word') {
      const id = Number(l.columns[0]);
      if (id !== expected) {
        throw new DabirError('parse-error', `CoNLL-U line ${line}: word ID ${id} where ${expected} was expected`);
      }
      expected++;
    } else if (l.kind === 'range') {
      const [a, b] = l.columns[0]!.split('-').map(Number) as [number, number];
      if (a !== expected || b < a) {
        throw new DabirError('parse-error', `CoNLL-U line ${line}: range ${l.columns[0]} does not start at word ${expected}`);
      }
    }
    line++;
  }
}

/** Reads sentences lazily from lines (without their line breaks). */
export function* readConlluLines(lines: Iterable<string>): Generator<ConlluSentence> {
  let comments: string[] = [];
  let words: ConlluLine[] = [];
  let start = 0;
  let lineNumber = 0;
  for (const raw of lines) {
    lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (comments.length > 0 || words.length > 0) {
        if (words.length === 0) {
          throw new DabirError('parse-error', `CoNLL-U line ${lineNumber}: sentence starting at line ${start} has no words`);
        }
        const sentence = { comments, lines: words, lineNumber: start };
        checkSentence(sentence);
        yield sentence;
      }
      comments = [];
      words = [];
      continue;
    }
    if (comments.length === 0 && words.length === 0) start = lineNumber;
    if (line.startsWith('#')) {
      if (words.length > 0) {
        throw new DabirError('parse-error', `CoNLL-U line ${lineNumber}: comment inside a sentence`);
      }
      comments.push(line);
    } else {
      words.push(parseLine(line, lineNumber));
    }
  }
  if (words.length > 0) {
    const sentence = { comments, lines: words, lineNumber: start };
    checkSentence(sentence);
    yield sentence;
  } else if (comments.length > 0) {
    throw new DabirError('parse-error', `CoNLL-U line ${start}: comments with no sentence after them`);
  }
}

/** Reads all sentences of a CoNLL-U string. */
export function readConllu(text: string): ConlluSentence[] {
  return [...readConlluLines(text.split('\n'))].filter(Boolean);
}

/** The `# text = ...` of a sentence, or the forms joined by SpaceAfter when the comment is missing. */
export function sentenceText(sentence: ConlluSentence): string {
  for (const c of sentence.comments) {
    const m = /^# text = (.*)$/.exec(c);
    if (m) return m[1]!;
  }
  let text = '';
  let skipUntil = 0;
  for (const l of sentence.lines) {
    if (l.kind === 'empty') continue;
    const id = l.columns[0]!;
    if (l.kind === 'word' && Number(id) <= skipUntil) continue;
    if (l.kind === 'range') skipUntil = Number(id.split('-')[1]);
    text += l.columns[1];
    if (!/(?:^|\|)SpaceAfter=No(?:\||$)/.test(l.columns[9]!)) text += ' ';
  }
  return text.trimEnd();
}
