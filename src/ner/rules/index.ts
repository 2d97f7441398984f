/**
 * The exact recognizers in the order they are tried at each token; the first that matches wins and
 * the scan continues after it. Order matters: times before dates («عصر دوشنبه» is a time, «دوشنبه» a
 * date), full calendar dates before bare weekdays, money and percent before nothing else needs them.
 */
import { findCalendarDate, findRelativeDate, findSlashDate, findWeekday, findYear } from './find-dates.js';
import { findMoney } from './find-money.js';
import { findPercent } from './find-percents.js';
import { findClockTime, findDayPart } from './find-times.js';
import type { Recognizer, RuleSpan } from './rule-span.js';
import {
  DAY_PARTS, GREGORIAN_MONTHS, HIJRI_FIRST_HALVES, HIJRI_MONTHS, JALALI_MONTHS, PERIOD_NOUNS, RELATIVE_DAYS, TIME_WORDS,
  WEEKDAY_FIRST_HALVES, WEEKDAYS,
} from './calendar-words.js';
import { NUMBER_WORDS } from './parse-number.js';
import { digitValue } from '../word-key.js';

export type { RuleSpan } from './rule-span.js';

const RECOGNIZERS: readonly Recognizer[] = [
  findMoney,
  findPercent,
  findClockTime,
  findDayPart,
  findCalendarDate,
  findSlashDate,
  findYear,
  findWeekday,
  findRelativeDate,
];

// Every word a recognizer can start with; other words are skipped without trying the recognizers.
const STARTERS: ReadonlySet<string> = new Set([
  ...JALALI_MONTHS.keys(), ...GREGORIAN_MONTHS.keys(), ...HIJRI_MONTHS.keys(), ...HIJRI_FIRST_HALVES, ...WEEKDAYS,
  ...WEEKDAY_FIRST_HALVES, ...RELATIVE_DAYS, ...PERIOD_NOUNS, ...DAY_PARTS, ...TIME_WORDS, ...NUMBER_WORDS.keys(),
  'روز', 'ساعت', 'ماه', 'سال', 'منفی', 'این', 'پیش', 'بعد',
]);

function canStart(key: string): boolean {
  if (key.length === 0) return false;
  const c = key.charCodeAt(0);
  return digitValue(c) >= 0 || c === 0x25 || c === 0x066a || STARTERS.has(key) || (key.endsWith('ماه') && STARTERS.has(key.slice(0, -3)));
}

/**
 * Non-overlapping rule spans over the word keys of one sentence, left to right.
 * [«۱۵», «خرداد», «۱۴۰۲»] → [{start: 0, end: 3, label: 'DATE', value: '2023-06-05'}].
 */
export function findRuleSpans(keys: readonly string[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  let i = 0;
  while (i < keys.length) {
    if (!canStart(keys[i]!)) {
      i++;
      continue;
    }
    let hit: RuleSpan | null = null;
    for (const r of RECOGNIZERS) {
      hit = r(keys, i);
      if (hit && hit.end > i) break;
      hit = null;
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return out;
}
