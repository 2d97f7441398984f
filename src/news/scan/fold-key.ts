/**
 * foldKey: the comparison key news rules match words by, so spelling and spacing variants meet:
 * Arabic ي/ك → ی/ک, hamza seats and آ → ا («تأکید» = «تاکید»), ة/ۀ → ه, and ZWNJ, tatweel and
 * diacritics dropped («می‌گوید» = «میگوید»). Text is normalized before news runs; this makes rules tolerant anyway.
 */

// Read-only lookup built once: 0 keeps the code unit, 0xFFFF drops it, anything else replaces it.
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const map: Array<[number, number]> = [
    [0x064a, 0x06cc], // ي → ی
    [0x0649, 0x06cc], // ى → ی
    [0x0626, 0x06cc], // ئ → ی («رئیس» = «رییس»)
    [0x0643, 0x06a9], // ك → ک
    [0x0629, 0x0647], // ة → ه
    [0x06c0, 0x0647], // ۀ → ه
    [0x0623, 0x0627], // أ → ا
    [0x0625, 0x0627], // إ → ا
    [0x0622, 0x0627], // آ → ا
    [0x0671, 0x0627], // ٱ → ا
    [0x0624, 0x0648], // ؤ → و
  ];
  for (const [from, to] of map) t[from] = to;
  const drop = [0x200c, 0x200d, 0x0640, 0x0654, 0x0655, 0x0670, 0x0621];
  for (const c of drop) t[c] = 0xffff;
  for (let c = 0x064b; c <= 0x065f; c++) if (c !== 0x0654 && c !== 0x0655) t[c] = 0xffff;
  t[0x0654] = 0xffff;
  // Latin capitals fold to lower case so «BBC» = «bbc».
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  return t;
}

/** The folded key of `text[start, end)`: «تأکید‌کرد» → «تاکیدکرد». */
export function foldKey(text: string, start = 0, end = text.length): string {
  let out = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    const f = FOLD[text.charCodeAt(i)]!;
    if (f === 0) continue;
    if (runStart < i) out += text.slice(runStart, i);
    if (f !== 0xffff) out += String.fromCharCode(f);
    runStart = i + 1;
  }
  if (runStart < end) out += text.slice(runStart, end);
  return out;
}

/** Folded key of a phrase with its spaces removed too: «گفته است» → «گفتهاست». */
export function compactKey(phrase: string): string {
  return foldKey(phrase.replace(/\s+/g, ''));
}
