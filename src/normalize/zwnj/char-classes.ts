/**
 * Character classes the ZWNJ pass scans by: Arabic-script letters, which of them join to the next
 * letter (only after those is a ZWNJ visible and valid), combining marks, and ZWNJ itself.
 */

export const ZWNJ = 0x200c;
export const ZWNJ_CHAR = '\u200C';

/** 0 = other, 1 = dual-joining letter, 2 = right-joining letter (ا د ذ ر ز ژ و ...), 3 = combining mark. */
const CLASS = new Uint8Array(0x0700 - 0x0600);

const DUAL = 1;
const RIGHT = 2;
const MARK = 3;

for (let c = 0x0620; c <= 0x064a; c++) CLASS[c - 0x0600] = DUAL;
for (let c = 0x066e; c <= 0x06d3; c++) CLASS[c - 0x0600] = DUAL;
CLASS[0x06d5 - 0x0600] = RIGHT;
CLASS[0x06ee - 0x0600] = RIGHT;
CLASS[0x06ef - 0x0600] = RIGHT;
CLASS[0x06fa - 0x0600] = DUAL;
CLASS[0x06fb - 0x0600] = DUAL;
CLASS[0x06fc - 0x0600] = DUAL;
CLASS[0x06ff - 0x0600] = DUAL;
// Letters that join only to the previous letter (Unicode Joining_Type R/U): a ZWNJ after them changes nothing.
for (const c of [
  0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0672,
  0x0673, 0x0675, 0x0676, 0x0677, 0x0688, 0x0689, 0x068a, 0x068b, 0x068c, 0x068d, 0x068e, 0x068f, 0x0690, 0x0691,
  0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0698, 0x0699, 0x06c0, 0x06c3, 0x06c4, 0x06c5, 0x06c6, 0x06c7,
  0x06c8, 0x06c9, 0x06ca, 0x06cb, 0x06cd, 0x06cf, 0x06d2, 0x06d3,
]) {
  CLASS[c - 0x0600] = RIGHT;
}
for (let c = 0x064b; c <= 0x065f; c++) CLASS[c - 0x0600] = MARK;
CLASS[0x0670 - 0x0600] = MARK;
for (let c = 0x06d6; c <= 0x06ed; c++) if (c !== 0x06dd && c !== 0x06de && c !== 0x06e9) CLASS[c - 0x0600] = MARK;
CLASS[0x0640 - 0x0600] = DUAL; // kashida joins both ways

function classOf(code: number): number {
  return code >= 0x0600 && code < 0x0700 ? CLASS[code - 0x0600]! : 0;
}

/** An Arabic-script letter (joining or not), the stuff Persian words are made of. */
export function isLetter(code: number): boolean {
  const k = classOf(code);
  return k === DUAL || k === RIGHT;
}

/** A letter that connects to the following letter, so a ZWNJ after it is meaningful («ب» in «کتاب‌ها»). */
export function isJoiningLetter(code: number): boolean {
  return classOf(code) === DUAL;
}

/** A letter after which a ZWNJ is invisible and wrong (ا د ذ ر ز ژ و ۀ ء ...). */
export function isNonJoiningLetter(code: number): boolean {
  return classOf(code) === RIGHT;
}

/** A combining mark (harakat, hamza above «ٔ», superscript alef): part of the word, transparent for joining. */
export function isMark(code: number): boolean {
  return classOf(code) === MARK;
}

/** 1 for each code in U+0600..U+06FF that belongs inside a word (letter or mark), for inline scans. */
export const WORD_CHAR_0600: Uint8Array = CLASS.map((k) => (k !== 0 ? 1 : 0));

/** A character that belongs inside a word token for this pass: letter, mark or ZWNJ. */
export function isWordChar(code: number): boolean {
  return code === ZWNJ || (code >= 0x0600 && code < 0x0700 && CLASS[code - 0x0600]! !== 0);
}

/** Removes every ZWNJ from `s`. */
export function stripZwnj(s: string): string {
  return s.indexOf(ZWNJ_CHAR) < 0 ? s : s.replaceAll(ZWNJ_CHAR, '');
}

/** The part of a form after its last ZWNJ («کتاب‌ها» → «ها»), or the whole form. */
export function lastPiece(form: string): string {
  const k = form.lastIndexOf(ZWNJ_CHAR);
  return k < 0 ? form : form.slice(k + 1);
}

/** Whether the last letter of `s` (skipping marks) joins forward. */
export function endsWithJoiningLetter(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (isMark(c)) continue;
    return isJoiningLetter(c);
  }
  return false;
}
