import { describe, expect, it } from 'vitest';
import { readConllu } from '../formats/conllu/index.js';
import { goldFromConllu, keyIndex, scoreSentenceBreaks, scoreTokens } from './score-segmentation.js';

const row = (id: string, form: string): string => [id, form, '_', '_', '_', '_', '_', '_', '_', '_'].join('\t');
const CONLLU = [
  '# text = کتابش را خانواده‌اش خواند.',
  row('1-2', 'کتابش'),
  row('1', 'کتاب'),
  row('2', 'ش'),
  row('3', 'را'),
  row('4-5', 'خانواده‌اش'),
  row('4', 'خانواده'),
  row('5', 'اش'),
  row('6', 'خواند'),
  row('7', '.'),
  '',
].join('\n');

describe('goldFromConllu', () => {
  it('gives surface tokens and words as offsets into the text, a dropped ZWNJ staying with the host', () => {
    const [s] = readConllu(CONLLU);
    const g = goldFromConllu(s!, 'کتابش را خانواده‌اش خواند.');
    expect(g.tokens.map((t) => t.words.map((w) => g.text.slice(w.start, w.end)))).toEqual([
      ['کتاب', 'ش'],
      ['را'],
      ['خانواده‌', 'اش'],
      ['خواند'],
      ['.'],
    ]);
  });
});

describe('scoreTokens', () => {
  it('counts words, tokens and multiword tokens, ignoring spaces and ZWNJ in offsets', () => {
    const [s] = readConllu(CONLLU);
    const text = 'کتابش را خانواده‌اش خواند.';
    const g = goldFromConllu(s!, text);
    const at = (w: string): number => text.indexOf(w);
    // Predicted: «کتابش» split right, «خانواده‌اش» left whole.
    const predicted = [
      { start: 0, end: 4, surface: 0 },
      { start: 4, end: 5, surface: 0 },
      { start: at('را'), end: at('را') + 2, surface: 2 },
      { start: at('خانواده'), end: at('خواند') - 1, surface: 3 },
      { start: at('خواند'), end: at('خواند') + 5, surface: 4 },
      { start: text.length - 1, end: text.length, surface: 5 },
    ];
    const sc = scoreTokens(g, predicted);
    expect(sc.words).toEqual({ gold: 7, predicted: 6, correct: 5 });
    expect(sc.tokens).toEqual({ gold: 5, predicted: 5, correct: 5 });
    expect(sc.multiword).toEqual({ gold: 2, predicted: 1, correct: 1 });
    expect(sc.errors).toEqual(['خانواده+اش → خانواده‌اش']);
  });
});

describe('scoreSentenceBreaks', () => {
  it('compares inner sentence ends in key space: «الف. ب. ج.»', () => {
    expect(scoreSentenceBreaks('الف. ب. ج.', [4, 7, 10], [4, 10])).toEqual({ gold: 2, predicted: 1, correct: 1 });
  });

  it('keys skip spaces and ZWNJ: «a b‌c»', () => {
    expect(Array.from(keyIndex('a b\u200cc'))).toEqual([0, 1, 1, 2, 2, 3]);
  });
});
