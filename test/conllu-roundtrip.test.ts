import { describe, expect, it } from 'vitest';
import { readConllu, sentenceText, writeConllu } from '../src/formats/conllu/index.js';

const SAMPLE = `# sent_id = s1
# text = خودش آمد.
1-2	خودش	_	_	_	_	_	_	_	_
1	خود	خود	PRON	PR_JOPER	_	3	nsubj	_	_
2	ش	او	PRON	PR_JOPER	_	1	nmod	_	_
3	آمد	آمد	VERB	V_ACT	Tense=Past	0	root	_	SpaceAfter=No
3.1	آمد	آمد	VERB	_	_	_	_	0:root	_
4	.	.	PUNCT	PUNC	_	3	punct	_	_

`;

describe('readConllu / writeConllu', () => {
  it.each([[SAMPLE]])('round-trips comments, ranges, empty nodes and MISC byte for byte', (text) => {
    expect(writeConllu(readConllu(text))).toBe(text);
  });

  it.each([
    ['1\tکتاب\t_\n\n', 'line 1: expected 10 tab-separated columns, found 3'],
    ['2\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n\n', 'word ID 2 where 1 was expected'],
    ['x\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n\n', 'invalid ID "x"'],
  ])('names the line of malformed input %#', (text, message) => {
    expect(() => readConllu(text)).toThrow(message);
  });

  it.each([[SAMPLE, 'خودش آمد.']])('reads the sentence text', (text, expected) => {
    expect(sentenceText(readConllu(text)[0]!)).toBe(expected);
  });
});
