import { describe, expect, it } from 'vitest';
import { nextWordKey } from './next-word-key.js';

const Z = '\u200C';

describe('nextWordKey', () => {
  it.each([
    ['حرفهای که', 'که'],
    [`حرفهای می${Z}زند`, 'میزند'],
    ['حرفهای.', '.'],
    ['حرفهای ،', '.'],
    ['حرفهای', '.'],
  ])('reads what follows «حرفهای» in %s as %s', (text, expected) => {
    expect(nextWordKey(text, 'حرفهای'.length)).toBe(expected);
  });

  it.each([['حرفهای 2010'], ['حرفهای  که'], ['حرفهای abc']])('has no context for %s', (text) => {
    expect(nextWordKey(text, 'حرفهای'.length)).toBeUndefined();
  });
});
