import { describe, expect, it } from 'vitest';
import { findInvalidUtf8 } from './find-invalid-utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('findInvalidUtf8', () => {
  it.each([
    ['valid Persian «سلام»', bytes('سلام'), -1],
    ['a stray continuation byte after «س»', bytes('س', [0x80]), 2],
    ['0xFF', bytes('ab', [0xff]), 2],
    ['an overlong «/» (C0 AF)', bytes([0xc0, 0xaf]), 0],
    ['an encoded surrogate (ED A0 80)', bytes('x', [0xed, 0xa0, 0x80]), 1],
    ['a code point above U+10FFFF (F4 90 80 80)', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a lead byte followed by ASCII (D8 78)', bytes('سل', [0xd8], 'x'), 4],
    ['a character cut off at the end', bytes('سل', [0xd8]), 4],
    ['an emoji (4 bytes) is fine', bytes('😀'), -1],
  ])('%s → %i', (_name, input, expected) => {
    expect(findInvalidUtf8(input)).toBe(expected);
  });

  it('accepts a cut-off character when more input may follow (isFinal false)', () => {
    expect(findInvalidUtf8(bytes('سل', [0xd8]), 0, false)).toBe(-1);
  });

  it('agrees with the fatal TextDecoder on every two-byte sequence', () => {
    const disagreements: string[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const input = Uint8Array.of(a, b);
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        if ((findInvalidUtf8(input) === -1) !== valid) disagreements.push(`${a.toString(16)} ${b.toString(16)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
