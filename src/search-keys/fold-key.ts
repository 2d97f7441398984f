/**
 * Character folding for search keys, as char-code loops over lookup tables (no regex on the hot path).
 * `foldLetters` runs before lemmatization and keeps what the lemmatizer reads (ZWNJ, «آ», hamza seats);
 * `foldKey` runs on the lemma and removes every spelling difference a searcher should not have to type.
 */

const ZWNJ = 0x200c;
const YEH = 'ی';
const KAF = 'ک';
const HEH = 'ه';
const ALEF = 'ا';
const WAW = 'و';

/** Single characters replaced by another (or deleted, '') in both folds. */
const LETTER_MAP = new Map<number, string>([
  // Arabic and other yeh forms → Persian yeh (U+06CC): ي ى ے ۍ ې
  [0x064a, YEH], [0x0649, YEH], [0x06d2, YEH], [0x06cd, YEH], [0x06d0, YEH],
  // Arabic kaf and swash kaf → Persian keheh (U+06A9): ك ڪ
  [0x0643, KAF], [0x06aa, KAF],
  // heh variants → heh (U+0647): ۀ (heh with yeh above, the ezafe form) ة ہ ە ھ
  [0x06c0, HEH], [0x0629, HEH], [0x06c1, HEH], [0x06d5, HEH], [0x06be, HEH],
  // alef wasla → alef
  [0x0671, ALEF],
  // tatweel (kashida) and the invisible marks that split a word without meaning anything
  [0x0640, ''], [0x200d, ''], [0x200e, ''], [0x200f, ''], [0x00ad, ''], [0xfeff, ''], [0x2060, ''],
  [0x202a, ''], [0x202b, ''], [0x202c, ''], [0x202d, ''], [0x202e, ''],
  [0x2066, ''], [0x2067, ''], [0x2068, ''], [0x2069, ''],
]);

function isDiacritic(c: number): boolean {
  // harakat, tanwin, shadda, sukun, hamza above/below (U+064B-U+065F), superscript alef, Quranic marks
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed);
}

function digitOf(c: number): number {
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  return -1;
}

/** Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) need NFKC before anything else. */
function hasPresentationForms(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) return true;
  }
  return false;
}

/**
 * Folds letter variants that never change the word: Arabic «ي ى ك ة» → Persian «ی ی ک ه», «ۀ» → «ه»,
 * diacritics and tatweel removed, Persian and Arabic-Indic digits → ASCII, presentation forms → letters.
 * ZWNJ, «آ» and hamza seats stay (the lemmatizer reads them). «كتابـها» → «کتابها».
 */
export function foldLetters(text: string): string {
  const s = hasPresentationForms(text) ? text.normalize('NFKC') : text;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0600 && c !== 0x00ad) continue;
    const mapped = LETTER_MAP.get(c);
    let rep: string | undefined;
    if (mapped !== undefined) rep = mapped;
    else if (isDiacritic(c)) rep = '';
    else {
      const d = digitOf(c);
      if (d >= 0) rep = String.fromCharCode(0x30 + d);
    }
    if (rep === undefined) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** An Arabic-script letter other than the vowel letters «ا و ی آ». */
function isConsonant(ch: string | undefined): boolean {
  if (ch === undefined || ch === ALEF || ch === WAW || ch === YEH || ch === 'آ') return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0628 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

/** Whether `s` (already letter-folded) has nothing `foldKey` would change: the common case, checked first. */
function isFoldedKey(s: string): boolean {
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0xa0 && c < 0x0600)) return false;
    // آ أ ؤ إ ئ ء, and a doubled «ی»/«و»
    if ((c >= 0x0621 && c <= 0x0626) || ((c === 0x06cc || c === 0x0648) && c === prev)) return false;
    if ((c >= 0x2000 && c <= 0x200c) || c === 0x202f) return false;
    prev = c;
  }
  return true;
}

/**
 * The final key: `foldLetters`, then ZWNJ and spaces removed, «آ/أ/إ» → «ا», hamza seats written the
 * way people type them without hamza («ؤ» → «و», «ئ» → «ی», «ء» dropped; «ئو/ؤو» → «و» so «مسئول» =
 * «مسؤول»; «ئ/أ» between consonants → «ا» so «مسئله» = «مسأله» = «مساله»), doubled «یی»/«وو» → one
 * («رئیس» = «رییس»), Latin lowercased. «می‌روند» and «میروند» differ only by ZWNJ: both → «میروند».
 */
export function foldKey(text: string): string {
  const s = foldLetters(text);
  if (isFoldedKey(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = ch.charCodeAt(0);
    if (c <= 0x20 || c === ZWNJ || c === 0x00a0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f) continue;
    if (c >= 0x41 && c <= 0x5a) {
      out += String.fromCharCode(c + 32);
      continue;
    }
    let rep: string;
    switch (ch) {
      case 'آ':
      case 'أ':
      case 'إ':
        rep = ALEF;
        break;
      case 'ؤ':
      case 'ئ':
        if (s[i + 1] === WAW) rep = '';
        else if (ch === 'ئ' && isConsonant(s[i - 1]) && isConsonant(s[i + 1])) rep = ALEF;
        else rep = ch === 'ؤ' ? WAW : YEH;
        break;
      case 'ء':
        rep = '';
        break;
      default:
        rep = c >= 0xc0 && c < 0x0600 ? ch.toLowerCase() : ch;
    }
    // One «ی» or «و» for a doubled one: «رییس» = «رئیس» → «ریس», «طاووس» = «طاوس».
    if ((rep === YEH || rep === WAW) && out.endsWith(rep)) continue;
    out += rep;
  }
  return out;
}
