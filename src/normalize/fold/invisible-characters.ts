/**
 * Characters with no visible form that scraped news carries by accident (bidi marks from editors,
 * BOMs from file joins, C0/C1 controls from bad encodings) and the Unicode spaces that stand for a
 * plain space. The folding pass drops the first and turns the second into U+0020.
 */

/** [from, to, rule id] ranges dropped by the folding pass. ZWJ is handled apart (kept inside emoji). */
export const INVISIBLE_RANGES: readonly (readonly [number, number, string])[] = [
  [0x0000, 0x0008, 'remove/control'],
  [0x000e, 0x001f, 'remove/control'],
  [0x007f, 0x0084, 'remove/control'],
  [0x0086, 0x009f, 'remove/control'],
  [0x00ad, 0x00ad, 'remove/invisible'], // soft hyphen
  [0x061c, 0x061c, 'remove/bidi'], // Arabic letter mark
  [0x180e, 0x180e, 'remove/invisible'],
  [0x200b, 0x200b, 'remove/invisible'], // zero width space
  [0x200e, 0x200f, 'remove/bidi'], // LRM, RLM
  [0x202a, 0x202e, 'remove/bidi'], // LRE, RLE, PDF, LRO, RLO
  [0x2060, 0x2064, 'remove/invisible'], // word joiner, invisible operators
  [0x2066, 0x2069, 'remove/bidi'], // LRI, RLI, FSI, PDI
  [0xfeff, 0xfeff, 'remove/invisible'], // BOM / zero width no-break space
];

export const ZWJ = 0x200d;

/**
 * Code units folded to a plain space: NBSP and the typographic spaces, and the rare line-ish controls
 * (VT, FF, NEL, LS, PS). Those last become a space, not a line break, so `dabir normalize` keeps
 * exactly one output line per input line.
 */
export const SPACE_LIKE: readonly number[] = [
  0x000b, 0x000c, 0x0085, 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
