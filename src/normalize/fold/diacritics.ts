/**
 * Which Arabic combining marks each `diacritics` option removes. Persian news rarely writes harakat
 * and, when it does, inconsistently, so search and tagging want them gone; the hamza above «ٔ» of the
 * ezafe «خانهٔ» is orthography (Academy), not a vowel sign, so the default keeps it.
 */

export type DiacriticsMode = 'remove' | 'keep' | 'remove-all';

export const DIACRITICS_MODES: readonly DiacriticsMode[] = ['remove', 'keep', 'remove-all'];

const HAMZA_ABOVE = 0x0654;
const HAMZA_BELOW = 0x0655;

/** Whether mode `mode` removes mark `code` (a C_MARK code unit). */
export function removesMark(mode: DiacriticsMode, code: number): boolean {
  if (mode === 'keep') return false;
  // Honorific signs (ؐ ؑ ...) are not vowel marks; keep them in every mode.
  if (code >= 0x0610 && code <= 0x061a) return false;
  if (code === HAMZA_ABOVE || code === HAMZA_BELOW) return mode === 'remove-all';
  return true;
}
