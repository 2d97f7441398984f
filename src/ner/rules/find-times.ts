/**
 * Exact time recognizers: «ساعت ۱۰ صبح», «۱۰:۳۰», «ساعت ۲۱:۳۰», «صبح امروز», «عصر دوشنبه»,
 * «چهارشنبه شب», «امشب». Values are «HH:MM» when the clock time is written.
 */
import { digitValue, isNumeric, parseDigits } from '../word-key.js';
import { weekdayLength } from './calendar-parts.js';
import { DAY_PARTS, PERIOD_QUALIFIERS, RELATIVE_DAYS, TIME_WORDS } from './calendar-words.js';
import { NUMBER_WORDS } from './parse-number.js';
import type { RuleSpan } from './rule-span.js';

/** «۱۰:۳۰» → [10, 30]; null when the token is not a clock time. */
function clockTime(key: string): [number, number] | null {
  const colon = key.indexOf(':');
  if (colon < 1 || colon > 2 || key.length - colon - 1 !== 2) return null;
  const h = parseDigits(key.slice(0, colon));
  const m = parseDigits(key.slice(colon + 1));
  if (!(h >= 0 && h <= 24 && m >= 0 && m < 60)) return null;
  return [h, m];
}

function hourAt(keys: readonly string[], i: number): number {
  const k = keys[i];
  if (k === undefined) return -1;
  if (isNumeric(k) && k.length <= 2 && digitValue(k.charCodeAt(0)) >= 0) {
    const h = parseDigits(k);
    return Number.isInteger(h) && h <= 24 ? h : -1;
  }
  const w = NUMBER_WORDS.get(k);
  return w !== undefined && Number.isInteger(w) && w >= 1 && w <= 12 ? w : -1;
}

/** Length of a day reference after a part of the day: «امروز», «گذشته», «دوشنبه», «روز دوشنبه». */
function dayRefLength(keys: readonly string[], i: number): number {
  const k = keys[i];
  if (k === undefined) return 0;
  if (RELATIVE_DAYS.has(k) || PERIOD_QUALIFIERS.has(k)) return 1;
  if (k === 'روز') {
    const w = weekdayLength(keys, i + 1);
    if (w > 0) return 1 + w;
    if (keys[i + 1] !== undefined && PERIOD_QUALIFIERS.has(keys[i + 1]!)) return 2;
    return 0;
  }
  return weekdayLength(keys, i);
}

function hhmm(h: number, m: number): string {
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** «ساعت ۱۰», «ساعت ۱۰ صبح», «ساعت ۲۱:۳۰», «۱۰:۳۰». */
export function findClockTime(keys: readonly string[], i: number): RuleSpan | null {
  let j = i;
  const opened = keys[j] === 'ساعت';
  if (opened) j++;
  const clock = keys[j] === undefined ? null : clockTime(keys[j]!);
  let value: string | undefined;
  if (clock) {
    value = hhmm(clock[0], clock[1]);
    j++;
  } else if (opened) {
    const h = hourAt(keys, j);
    if (h < 0) return null;
    j++;
    value = hhmm(h, 0);
    if (keys[j] === 'و' && hourAt(keys, j + 1) >= 0 && keys[j + 2] === 'دقیقه') j += 3;
  } else {
    return null;
  }
  if (keys[j] !== undefined && DAY_PARTS.has(keys[j]!)) j++;
  j += dayRefLength(keys, j);
  return { start: i, end: j, label: 'TIME', value, rule: 'ner/time-clock' };
}

/** «صبح امروز», «عصر روز دوشنبه», «شب گذشته», «چهارشنبه شب», «امشب». */
export function findDayPart(keys: readonly string[], i: number): RuleSpan | null {
  const k = keys[i]!;
  if (TIME_WORDS.has(k)) return { start: i, end: i + 1, label: 'TIME', rule: 'ner/time-day-part' };
  let j = i;
  if (k === 'پیش' || k === 'بعد') {
    if (keys[i + 1] === 'از' && keys[i + 2] === 'ظهر') j = i + 3;
    else return null;
  } else if (DAY_PARTS.has(k)) {
    j = i + 1;
  } else {
    const w = weekdayLength(keys, i);
    if (w > 0 && keys[i + w] !== undefined && DAY_PARTS.has(keys[i + w]!)) {
      return { start: i, end: i + w + 1, label: 'TIME', rule: 'ner/time-day-part' };
    }
    return null;
  }
  const ref = dayRefLength(keys, j);
  if (ref === 0) return null;
  return { start: i, end: j + ref, label: 'TIME', rule: 'ner/time-day-part' };
}
