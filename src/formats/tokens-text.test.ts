import { describe, expect, it } from 'vitest';
import { docToTokensText } from './tokens-text.js';
import { makeDoc } from '../../test/tokenized-doc.js';

describe('docToTokensText', () => {
  it('writes one sentence per line with surface tokens between spaces: «کتابش را خواندم.» → "کتابش را خواندم ."', () => {
    expect(docToTokensText(makeDoc())).toBe('کتابش را خواندم .\nرفتم .\n');
  });
});
