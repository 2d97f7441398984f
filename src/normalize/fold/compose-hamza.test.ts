import { describe, expect, it } from 'vitest';
import { composeHamza } from './compose-hamza.js';

describe('composeHamza', () => {
  it.each([
    ['alef + madda (NFD «آ»)', 'ا\u0653ب', 'آب'],
    ['alef + hamza above', 'تا\u0654ثیر', 'تأثیر'],
    ['alef + hamza below', 'ا\u0655سلام', 'إسلام'],
    ['waw + hamza above', 'مو\u0654سسه', 'مؤسسه'],
    ['yeh + hamza above', 'ری\u0654یس', 'رئیس'],
    ['heh + hamza above (ezafe) stays', 'خانه\u0654 ما', 'خانه\u0654 ما'],
    ['text without marks is returned as is', 'کتاب', 'کتاب'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(composeHamza(input).text).toBe(expected);
  });

  it('names the rule fold/compose-hamza', () => {
    expect(composeHamza('ا\u0653').edits.map((e) => e.rule)).toEqual(['fold/compose-hamza']);
  });
});
