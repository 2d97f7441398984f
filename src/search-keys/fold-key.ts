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

/** Replacements in the Arabic block U+0600-U+06FF, indexed by code - 0x600 (undefined = keep). */
const ARABIC_FOLD: readonly (string | undefined)[] = (() => {
  const table = new Array<string | undefined>(256).fill(undefined);
  const set = (code: number, rep: string): void => {
    table[code - 0x600] = rep;
  };
  // Arabic and other yeh forms → Persian yeh (U+06CC): ي ى ے ۍ ې
  for (const c of [0x064a, 0x0649, 0x06d2, 0x06cd, 0x06d0]) set(c, YEH);
  // Arabic kaf and swash kaf → Persian keheh (U+06A9): ك ڪ
  for (const c of [0x0643, 0x06aa]) set(c, KAF);
  // heh variants → heh (U+0647): ۀ (heh with yeh above, the ezafe form) ة ہ ە ھ
  for (const c of [0x06c0, 0x0629, 0x06c1, 0x06d5, 0x06be]) set(c, HEH);
  set(0x0671, ALEF); // alef wasla
  set(0x0640, ''); // tatweel (kashida)
  // harakat, tanwin, shadda, sukun, hamza above/below (U+064B-U+065F), superscript alef, Quranic marks
  for (let c = 0x064b; c <= 0x065f; c++) set(c, '');
  set(0x0670, '');
  for (const [a, b] of [[0x06d6, 0x06dc], [0x06df, 0x06e8], [0x06ea, 0x06ed]] as const) for (let c = a; c <= b; c++) set(c, '');
  // Persian and Arabic-Indic digits → ASCII
  for (let d = 0; d < 10; d++) {
    set(0x06f0 + d, String.fromCharCode(0x30 + d));
    set(0x0660 + d, String.fromCharCode(0x30 + d));
  }
  return table;
})();

/** Invisible marks outside the Arabic block that split a word without meaning anything: deleted. */
const INVISIBLE = new Set([0x00ad, 0x200d, 0x200e, 0x200f, 0xfeff, 0x2060, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE) need NFKC before anything else. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/**
 * Folds letter variants that never change the word: Arabic «ي ى ك ة» → Persian «ی ی ک ه», «ۀ» → «ه»,
 * diacritics and tatweel removed, Persian and Arabic-Indic digits → ASCII, presentation forms → letters.
 * ZWNJ, «آ» and hamza seats stay (the lemmatizer reads them). «كتابـها» → «کتابها».
 */
export function foldLetters(text: string): string {
  return foldLettersOnce(text, false);
}

function foldLettersOnce(text: string, isNormalizedNfkc: boolean): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x0600) {
      if (c !== 0x00ad) continue;
      rep = '';
    } else if (c <= 0x06ff) {
      rep = ARABIC_FOLD[c - 0x600];
      if (rep === undefined) continue;
    } else if (isPresentationForm(c) && !isNormalizedNfkc) {
      // Once: NFKC leaves unassigned code points (U+FDC8) as they are.
      return foldLettersOnce(text.normalize('NFKC'), true);
    } else if (INVISIBLE.has(c)) {
      rep = '';
    } else continue;
    out += text.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** An Arabic-script letter other than the vowel letters «ا و ی آ». */
function isConsonant(ch: string | undefined): boolean {
  if (ch === undefined || ch === ALEF || ch === WAW || ch === YEH || ch === 'آ') return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0628 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

/** ZWNJ and every Unicode White_Space character (ASCII controls included): none belongs in a key. */
function isSpaceOrZwnj(c: number): boolean {
  return (
    c <= 0x20 || c === ZWNJ || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x7f
  );
}

/** Whether `s` (already letter-folded) has nothing `foldKey` would change: the common case, checked first. */
function isFoldedKey(s: string): boolean {
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0xa0 && c < 0x0600)) return false;
    // آ أ ؤ إ ئ ء, and a doubled «ی»/«و»
    if ((c >= 0x0621 && c <= 0x0626) || ((c === 0x06cc || c === 0x0648) && c === prev)) return false;
    if (isSpaceOrZwnj(c)) return false;
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
    if (isSpaceOrZwnj(c)) continue;
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
