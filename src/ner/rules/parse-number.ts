/**
 * Numbers written in digits, words or both («۲۴ میلیون و ۸۵۰ هزار», «دو میلیون و پانصد هزار»,
 * «سه هزار و ۳۰۰ میلیارد»), read from word keys (see word-key.ts) for the money and percent rules.
 */
import { isNumeric, parseDigits } from '../word-key.js';

/** Persian number words (keys: no ZWNJ) and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['صفر', 0], ['یک', 1], ['دو', 2], ['سه', 3], ['چهار', 4], ['پنج', 5], ['شش', 6], ['شیش', 6], ['هفت', 7], ['هشت', 8],
  ['نه', 9], ['ده', 10], ['یازده', 11], ['دوازده', 12], ['سیزده', 13], ['چهارده', 14], ['پانزده', 15], ['پونزده', 15],
  ['شانزده', 16], ['هفده', 17], ['هجده', 18], ['هیجده', 18], ['نوزده', 19], ['بیست', 20], ['سی', 30], ['چهل', 40],
  ['پنجاه', 50], ['شصت', 60], ['هفتاد', 70], ['هشتاد', 80], ['نود', 90], ['صد', 100], ['یکصد', 100], ['دویست', 200],
  ['سیصد', 300], ['چهارصد', 400], ['پانصد', 500], ['ششصد', 600], ['هفتصد', 700], ['هشتصد', 800], ['نهصد', 900],
  ['نیم', 0.5],
]);

/** Scale words: they multiply what comes before them. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['هزار', 1e3], ['میلیون', 1e6], ['ملیون', 1e6], ['میلیارد', 1e9], ['بیلیون', 1e9], ['تریلیون', 1e12],
]);

export interface ParsedNumber {
  /** One past the last token of the number. */
  readonly end: number;
  readonly value: number;
}

function unitValue(key: string): number {
  if (isNumeric(key)) return parseDigits(key);
  return NUMBER_WORDS.get(key) ?? Number.NaN;
}

/**
 * Reads a number starting at token `i`, or returns null. «و» joins parts only when a number part
 * follows it; a scale larger than every earlier one multiplies the whole so far, a smaller one adds.
 * «دو میلیون و پانصد هزار» → 2500000; «۱۰ هزار میلیارد» → 1e13.
 */
export function parseNumber(keys: readonly string[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let maxScale = 0;
  let end = i;
  let j = i;
  let sawPart = false;
  let lastWasUnit = false;
  while (j < keys.length) {
    const k = keys[j]!;
    const u = unitValue(k);
    const s = SCALE_WORDS.get(k);
    if (!Number.isNaN(u)) {
      // «۲۰ ۳۰» are two numbers, «بیست پنج» is sloppy «بیست و پنج»: digits never run on without «و».
      if (lastWasUnit && (isNumeric(k) || isNumeric(keys[j - 1]!))) break;
      current += u;
      sawPart = true;
      lastWasUnit = true;
      end = ++j;
    } else if (s !== undefined && sawPart) {
      const base = current !== 0 ? current : total === 0 ? 1 : 0;
      if (s > maxScale) {
        total = (total + base) * s;
        maxScale = s;
      } else {
        total += base * s;
      }
      current = 0;
      lastWasUnit = false;
      end = ++j;
    } else if ((k === ',' || k === '٬') && lastWasUnit && isNumeric(keys[j - 1]!) && j + 1 < keys.length && isNumeric(keys[j + 1]!) && keys[j + 1]!.length <= 3) {
      // «۳۲ , ۳۹۰»: a thousands separator written as its own token.
      const next = keys[j + 1]!;
      current = current * 10 ** next.length + parseDigits(next);
      j += 2;
      end = j;
    } else if (k === 'و' && sawPart && j + 1 < keys.length) {
      const next = keys[j + 1]!;
      if (Number.isNaN(unitValue(next)) && !SCALE_WORDS.has(next)) break;
      lastWasUnit = false;
      j++;
    } else {
      break;
    }
  }
  if (!sawPart) return null;
  return { end, value: total + current };
}
