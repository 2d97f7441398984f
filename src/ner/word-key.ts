/**
 * Word keys for NER features and rule matching: one spelling per word whatever the corpus did with
 * Arabic letters, digits, diacritics and ZWNJ («رئيس جمهوري» and «رئیس‌جمهوری» share a key).
 */

const ZWNJ = 0x200c;

// Folding table for the BMP characters that matter; built once, read-only.
const FOLD = new Map<number, string>([
  [0x064a, 'ی'], [0x0649, 'ی'], [0x06cc, 'ی'], [0x0643, 'ک'], [0x06a9, 'ک'],
  [0x0629, 'ه'], [0x06c0, 'ه'], [0x0623, 'ا'], [0x0625, 'ا'], [0x0671, 'ا'], [0x0624, 'و'],
  [0x200d, ''], [0x200e, ''], [0x200f, ''], [0x0640, ''], [0xfeff, ''],
]);

function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/** The digit value of Latin, Persian or Arabic-Indic digits, else -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  return -1;
}

/**
 * The key of a word: Arabic variants folded to Persian letters, diacritics and tatweel dropped,
 * ZWNJ and inner spaces removed, Latin lower-cased, digits kept as Latin digits.
 * «رئيس‌جمهوري» → «رئیسجمهوری», «۱۴۰۲» → «1402».
 */
export function wordKey(form: string): string {
  let clean = true;
  for (let i = 0; i < form.length && clean; i++) {
    const c = form.charCodeAt(i);
    // Fast path: Persian letters U+0621..U+063A, U+0641..U+064A minus the folded ones, and plain ASCII.
    if (c === ZWNJ || c === 0x20 || c === 0xa0 || isDiacritic(c) || (c >= 0x41 && c <= 0x5a) || c > 0x39 && digitValue(c) >= 0 || FOLD.has(c)) clean = false;
  }
  if (clean) return form;
  let out = '';
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c === ZWNJ || c === 0x20 || c === 0xa0 || isDiacritic(c)) {
      changed = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= 0) {
      if (c > 0x39) changed = true;
      out += String.fromCharCode(0x30 + d);
      continue;
    }
    const f = FOLD.get(c);
    if (f !== undefined) {
      changed = true;
      out += f;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      changed = true;
      out += String.fromCharCode(c + 32);
      continue;
    }
    out += form[i];
  }
  return changed ? out : form;
}

/** Word shape with runs collapsed: «۱۴۰۲» → «d», «Iran» → «Xx», «خبرگزاری» → «a», «۱۰:۳۰» → «d:d». */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let k: string;
    if (digitValue(c) >= 0) k = 'd';
    else if (c >= 0x0600 && c <= 0x06ff) k = 'a';
    else if (c >= 0x41 && c <= 0x5a) k = 'X';
    else if (c >= 0x61 && c <= 0x7a) k = 'x';
    else if (c === ZWNJ) k = 'z';
    else if (c === 0x20) k = '_';
    else if (c >= 0xd800 && c <= 0xdfff) k = 'u';
    else if (c < 0x20) k = 'c';
    else k = form[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Whether every character is a digit or a decimal/thousands separator, with at least one digit. */
export function isNumeric(form: string): boolean {
  let digits = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (digitValue(c) >= 0) digits++;
    else if (!(c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f)) return false;
  }
  return digits > 0;
}

/** The number written in digits (any script, «٫» or «.» decimals, «,» or «٬» thousands), else NaN. */
export function parseDigits(form: string): number {
  let s = '';
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) s += String.fromCharCode(0x30 + d);
    else if (c === 0x2e || c === 0x066b) s += '.';
    else if (c === 0x2c || c === 0x066c) continue;
    else return Number.NaN;
  }
  return s.length === 0 ? Number.NaN : Number(s);
}
