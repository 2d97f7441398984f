import { describe, expect, it } from 'vitest';
import { BUILTIN_ABBREVIATIONS, HONORIFICS, abbreviationKey, createAbbreviationSet } from './abbreviations.js';

describe('createAbbreviationSet', () => {
  it.each([['ه.ش.'], ['ق.م.'], ['dr.'], ['e.g.']])('holds the built-in %s', (a) => {
    expect(createAbbreviationSet().has(a)).toBe(true);
  });

  it('adds extra entries such as Hazm\'s «م. ق.ر.ر.ک»', () => {
    expect(createAbbreviationSet(['م. ق.ر.ر.ک']).has('م. ق.ر.ر.ک')).toBe(true);
  });

  it.each([
    ['Dr.', 'dr.'],
    ['E.G.', 'e.g.'],
    ['ه.ش.', 'ه.ش.'],
  ])('keys %s as %s', (text, key) => {
    expect(abbreviationKey(text)).toBe(key);
  });

  it('keeps the built-in list lower-case so Latin lookups match: «Prof.» → «prof.»', () => {
    expect(BUILTIN_ABBREVIATIONS.every((a) => a === a.toLowerCase())).toBe(true);
  });

  it('lists the honorifics «(ص)» and «(ره)» in brackets', () => {
    expect(HONORIFICS).toEqual(expect.arrayContaining(['(ص)', '(ره)', '(ع)']));
  });
});
