/** Small readers shared by the date and time rules: weekdays, months and day numbers at a token position. */
import { digitValue, isNumeric, parseDigits } from '../word-key.js';
import {
  GREGORIAN_MONTHS, HIJRI_FIRST_HALVES, HIJRI_MONTHS, JALALI_MONTHS, WEEKDAY_FIRST_HALVES, WEEKDAYS,
} from './calendar-words.js';

export type Calendar = 'jalali' | 'gregorian' | 'hijri';

/** Number of tokens of a weekday at `i` («دوشنبه» 1, «سه شنبه» 2), else 0. */
export function weekdayLength(keys: readonly string[], i: number): number {
  const k = keys[i];
  if (k === undefined) return 0;
  if (WEEKDAYS.has(k)) return 1;
  if (WEEKDAY_FIRST_HALVES.has(k) && keys[i + 1] === 'شنبه') return 2;
  return 0;
}

export interface MonthAt {
  readonly calendar: Calendar;
  readonly month: number;
  readonly length: number;
  readonly key: string;
  /** «آبان‌ماه»: the month word «ماه» glued to the name. */
  readonly withMonthWord?: boolean;
}

/** The month named at `i`, Jalali first (news default), then Gregorian, then Hijri. */
export function monthAt(keys: readonly string[], i: number): MonthAt | null {
  const k = keys[i];
  if (k === undefined) return null;
  const j = JALALI_MONTHS.get(k);
  if (j !== undefined) return { calendar: 'jalali', month: j, length: 1, key: k };
  if (k.length > 4 && k.endsWith('ماه')) {
    const glued = JALALI_MONTHS.get(k.slice(0, -3));
    if (glued !== undefined) return { calendar: 'jalali', month: glued, length: 1, key: k.slice(0, -3), withMonthWord: true };
  }
  const g = GREGORIAN_MONTHS.get(k);
  if (g !== undefined) return { calendar: 'gregorian', month: g, length: 1, key: k };
  const h = HIJRI_MONTHS.get(k);
  if (h !== undefined) return { calendar: 'hijri', month: h, length: 1, key: k };
  if (HIJRI_FIRST_HALVES.has(k) && keys[i + 1] !== undefined) {
    const joined = k + keys[i + 1]!;
    const h2 = HIJRI_MONTHS.get(joined);
    if (h2 !== undefined) return { calendar: 'hijri', month: h2, length: 2, key: joined };
  }
  return null;
}

/** A day of the month at `i`: «۱۵», «15», «۱۵ام», «پانزدهم» is not read. */
export function dayAt(keys: readonly string[], i: number): number {
  let k = keys[i];
  if (k === undefined) return 0;
  if (k.endsWith('ام') && k.length > 2) k = k.slice(0, -2);
  else if (k.endsWith('م') && k.length > 1 && digitValue(k.charCodeAt(k.length - 2)) >= 0) k = k.slice(0, -1);
  if (!isNumeric(k) || k.length > 2) return 0;
  const d = parseDigits(k);
  return d >= 1 && d <= 31 && Number.isInteger(d) ? d : 0;
}

/** A year at `i`: 2 to 4 digits, an integer. */
export function yearAt(keys: readonly string[], i: number): number {
  const k = keys[i];
  if (k === undefined || !isNumeric(k) || k.length < 2 || k.length > 4) return 0;
  const y = parseDigits(k);
  return Number.isInteger(y) ? y : 0;
}
