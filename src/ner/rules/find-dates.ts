/**
 * Exact date recognizers: «۱۵ خرداد ۱۴۰۲», «خرداد ماه», «۲۵ مه ۲۰۲۳», «۱۰ محرم», «روز دوشنبه»,
 * «سال ۲۰۱۶», «۱۴۰۲/۰۳/۱۵», and relative days («امروز», «سال گذشته»). Values are ISO dates when the
 * day, month and year are all known (Jalali converted with jalaali-js).
 */
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { isNumeric } from '../word-key.js';
import { dayAt, monthAt, weekdayLength, yearAt, type MonthAt } from './calendar-parts.js';
import { AMBIGUOUS_MONTHS, ERA_WORDS, PERIOD_NOUNS, PERIOD_QUALIFIERS, RELATIVE_DAYS } from './calendar-words.js';
import type { RuleSpan } from './rule-span.js';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(month: MonthAt, day: number, year: number): string | undefined {
  if (day === 0 || year === 0) return undefined;
  if (month.calendar === 'jalali') {
    const jy = year < 100 ? 1300 + year : year;
    if (jy < 1000 || !isValidJalaaliDate(jy, month.month, day)) return undefined;
    const g = toGregorian(jy, month.month, day);
    return `${pad(g.gy, 4)}-${pad(g.gm, 2)}-${pad(g.gd, 2)}`;
  }
  if (month.calendar === 'gregorian') {
    if (year < 1000) return undefined;
    const d = new Date(Date.UTC(year, month.month - 1, day));
    if (d.getUTCMonth() !== month.month - 1) return undefined;
    return `${pad(year, 4)}-${pad(month.month, 2)}-${pad(day, 2)}`;
  }
  return undefined;
}

function skipEra(keys: readonly string[], j: number): number {
  while (j < keys.length && ERA_WORDS.has(keys[j]!)) j++;
  return j;
}

/** A date around a month name, optionally opened by «روز» + weekday: «دوشنبه ۱۵ خرداد ۱۴۰۲». */
export function findCalendarDate(keys: readonly string[], i: number): RuleSpan | null {
  let j = i;
  if (keys[j] === 'روز' && weekdayLength(keys, j + 1) > 0) j++;
  const w = weekdayLength(keys, j);
  j += w;
  const day = dayAt(keys, j);
  if (day > 0) j++;
  let hasMonthWord = false;
  if (day === 0 && keys[j] === 'ماه') {
    hasMonthWord = true;
    j++;
    if (keys[j] === 'مبارک') j++;
  }
  const month = monthAt(keys, j);
  if (!month) return null;
  j += month.length;
  if (month.withMonthWord) hasMonthWord = true;
  else if (keys[j] === 'ماه' && !hasMonthWord) {
    hasMonthWord = true;
    j++;
  }
  const year = yearAt(keys, j);
  if (year > 0) j++;
  // A month name alone is often an ordinary word («مهر» the agency, «تیر» a bullet): ask for company.
  if (AMBIGUOUS_MONTHS.has(month.key) && day === 0 && year === 0 && !hasMonthWord) return null;
  if (year > 0) j = skipEra(keys, j);
  return { start: i, end: j, label: 'DATE', value: isoDate(month, day, year), rule: `ner/date-${month.calendar}` };
}

/** «روز دوشنبه», «دوشنبه»: a weekday without a month. */
export function findWeekday(keys: readonly string[], i: number): RuleSpan | null {
  const opener = keys[i] === 'روز' ? 1 : 0;
  const w = weekdayLength(keys, i + opener);
  if (w === 0) return null;
  return { start: i, end: i + opener + w, label: 'DATE', rule: 'ner/date-weekday' };
}

/** «سال ۲۰۱۶», «سال ۱۴۰۲ هجری شمسی». */
export function findYear(keys: readonly string[], i: number): RuleSpan | null {
  if (keys[i] !== 'سال') return null;
  const y = yearAt(keys, i + 1);
  if (y === 0) return null;
  return { start: i, end: skipEra(keys, i + 2), label: 'DATE', value: String(y), rule: 'ner/date-year' };
}

/** «۱۴۰۲/۰۳/۱۵» or «2023/06/05» in one token. */
export function findSlashDate(keys: readonly string[], i: number): RuleSpan | null {
  const k = keys[i]!;
  const parts = k.split('/');
  if (parts.length !== 3 || !parts.every((p) => p.length > 0 && p.length <= 4 && isNumeric(p))) return null;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  let value: string | undefined;
  if (a >= 1300 && a < 1500 && isValidJalaaliDate(a, b, c)) {
    const g = toGregorian(a, b, c);
    value = `${pad(g.gy, 4)}-${pad(g.gm, 2)}-${pad(g.gd, 2)}`;
  } else if (a >= 1900 && a < 2200 && b >= 1 && b <= 12 && c >= 1 && c <= 31) {
    value = `${pad(a, 4)}-${pad(b, 2)}-${pad(c, 2)}`;
  } else if (!(c >= 1300 && c < 2200)) {
    return null;
  }
  return { start: i, end: i + 1, label: 'DATE', value, rule: 'ner/date-numeric' };
}

/** «امروز», «امسال», «سال گذشته», «هفته آینده», «این هفته». */
export function findRelativeDate(keys: readonly string[], i: number): RuleSpan | null {
  const k = keys[i]!;
  if (RELATIVE_DAYS.has(k)) return { start: i, end: i + 1, label: 'DATE', rule: 'ner/date-relative' };
  if (PERIOD_NOUNS.has(k) && keys[i + 1] !== undefined && PERIOD_QUALIFIERS.has(keys[i + 1]!)) {
    return { start: i, end: i + 2, label: 'DATE', rule: 'ner/date-relative' };
  }
  if (k === 'این' && (keys[i + 1] === 'هفته' || keys[i + 1] === 'ماه')) {
    return { start: i, end: i + 2, label: 'DATE', rule: 'ner/date-relative' };
  }
  return null;
}
