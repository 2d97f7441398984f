/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF): glyph-shaped copies of letters and
 * ligatures («ﻻ», «ﷲ», «ﺑ») left by PDF extraction and old encoders. Their NFKC decomposition is the
 * plain letters; the folding pass writes that instead.
 */

const KASHIDA = '\u0640';

function inPresentationRanges(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/**
 * The plain letters of a presentation form, or null when `code` is not one: «ﻻ» → «لا», «ﷲ» → «الله».
 * The kashida and the leading space of isolated mark forms («ﹰ» → « ً») are dropped: they only
 * described the glyph, and a space there would split the word.
 */
export function decomposePresentationForm(code: number): string | null {
  if (!inPresentationRanges(code)) return null;
  const ch = String.fromCharCode(code);
  const nfkc = ch.normalize('NFKC');
  if (nfkc === ch) return null;
  let out = nfkc.split(KASHIDA).join('');
  if (out.length > 1 && out.charCodeAt(0) === 0x20 && out.charCodeAt(1) >= 0x064b && out.charCodeAt(1) <= 0x0670) {
    out = out.slice(1);
  }
  return out;
}

/** Every presentation form with its decomposition, in code order. */
export function listPresentationForms(): [number, string][] {
  const out: [number, string][] = [];
  for (let c = 0xfb50; c <= 0xfefe; c++) {
    const d = decomposePresentationForm(c);
    if (d !== null) out.push([c, d]);
  }
  return out;
}
