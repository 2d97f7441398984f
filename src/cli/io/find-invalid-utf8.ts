/**
 * Locates the first byte that breaks UTF-8, so an invalid-UTF-8 error can name a byte offset and line.
 * Only run after TextDecoder (fatal) has failed, so it favours clarity over speed.
 */

/**
 * Returns the index of the first byte of the first ill-formed sequence in `bytes[from..]`, or -1 when
 * all is well-formed; a sequence cut off by the end counts as ill-formed only when `isFinal`.
 * Follows the WHATWG decoder: no overlongs, no surrogates (U+D800..DFFF), nothing above U+10FFFF.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0, isFinal = true): number {
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return isFinal ? i : -1;
      const c = bytes[i + k]!;
      if (c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** Index of the last character start among the final (up to 4) bytes, i.e. where an unfinished sequence may begin. */
export function lastCharStart(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
    if ((bytes[i]! & 0xc0) !== 0x80) return i;
  }
  return Math.max(0, bytes.length - 4);
}
