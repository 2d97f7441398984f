/**
 * Arabic letter variants and their Persian letters, as the Academy writes them («ي ى» → «ی»,
 * «ك» → «ک»). Letters that are Persian too stay: «ئ» in «رئیس», «أ» in «تأثیر», «ؤ» in «مسؤول», «ء».
 */

/** [Arabic-script code unit, Persian replacement, rule id]. */
export const ARABIC_LETTER_FOLDS: readonly (readonly [number, string, string])[] = [
  [0x064a, '\u06cc', 'fold/arabic-yeh'], // ي
  [0x0649, '\u06cc', 'fold/arabic-yeh'], // ى alef maksura: «حتى» → «حتی», «موسى» → «موسی»
  [0x06d2, '\u06cc', 'fold/arabic-yeh'], // ے Urdu yeh barree
  [0x0643, '\u06a9', 'fold/arabic-kaf'], // ك
  [0x06aa, '\u06a9', 'fold/arabic-kaf'], // ڪ swash kaf
  [0x06d5, '\u0647', 'fold/arabic-heh'], // ە ae
  [0x06be, '\u0647', 'fold/arabic-heh'], // ھ heh doachashmee
  [0x06c1, '\u0647', 'fold/arabic-heh'], // ہ heh goal
  // «ۀ» is one code point for «هٔ»; the Academy and most Persian fonts use ه + hamza above (U+0654).
  [0x06c0, '\u0647\u0654', 'fold/heh-hamza'],
  [0x06c2, '\u0647\u0654', 'fold/heh-hamza'],
  [0x06c3, '\u0647', 'fold/teh-marbuta'], // ۃ
  [0x0671, '\u0627', 'fold/alef-wasla'], // ٱ
];

/** Teh marbuta «ة»: «ه» at a word end («مدرسة» → «مدرسه»), kept inside Arabic compounds («دایرةالمعارف»). */
export const TEH_MARBUTA = 0x0629;

/**
 * A letter followed by a combining hamza or madda that has one precomposed code point: «ا» + «ٓ» → «آ».
 * Keys are `base * 0x10000 + mark`.
 */
export const HAMZA_COMPOSITIONS: ReadonlyMap<number, string> = new Map([
  [0x0627 * 0x10000 + 0x0653, '\u0622'], // ا + madda → آ
  [0x0627 * 0x10000 + 0x0654, '\u0623'], // ا + hamza above → أ
  [0x0627 * 0x10000 + 0x0655, '\u0625'], // ا + hamza below → إ
  [0x0648 * 0x10000 + 0x0654, '\u0624'], // و + hamza above → ؤ
  [0x06cc * 0x10000 + 0x0654, '\u0626'], // ی + hamza above → ئ
]);
