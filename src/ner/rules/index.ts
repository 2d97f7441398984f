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

/**
 * Non-overlapping rule spans over the word keys of one sentence, left to right.
 * [«۱۵», «خرداد», «۱۴۰۲»] → [{start: 0, end: 3, label: 'DATE', value: '2023-06-05'}].
 */
export function findRuleSpans(keys: readonly string[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  let i = 0;
  while (i < keys.length) {
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
