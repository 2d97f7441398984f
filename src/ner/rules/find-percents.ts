/**
 * Exact percent recognizer: «۳۵ درصد», «۳۵ درصدی», «منفی ۲.۸ درصد», «۲۰ تا ۳۰ درصد», «۳۵٪», «35 %».
 * Value: the number (the upper bound of a range).
 */
import { isNumeric, parseDigits } from '../word-key.js';
import { parseNumber } from './parse-number.js';
import type { RuleSpan } from './rule-span.js';

const PERCENT_WORDS: ReadonlySet<string> = new Set(['درصد', 'درصدی', '%', '٪']);

function glued(key: string): number {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  const sign = (c: number): boolean => c === 0x25 || c === 0x066a;
  if (key.length < 2) return Number.NaN;
  if (sign(last) && isNumeric(key.slice(0, -1))) return parseDigits(key.slice(0, -1));
  if (sign(first) && isNumeric(key.slice(1))) return parseDigits(key.slice(1));
  return Number.NaN;
}

/** «۳۵ درصد» → PERCENT «35». */
export function findPercent(keys: readonly string[], i: number): RuleSpan | null {
  let j = i;
  let sign = 1;
  if (keys[j] === 'منفی') {
    sign = -1;
    j++;
  }
  const g = keys[j] === undefined ? Number.NaN : glued(keys[j]!);
  if (!Number.isNaN(g)) return { start: i, end: j + 1, label: 'PERCENT', value: String(sign * g), rule: 'ner/percent' };
  let n = parseNumber(keys, j);
  if (!n) return null;
  if ((keys[n.end] === 'تا' || keys[n.end] === 'الی') && parseNumber(keys, n.end + 1)) n = parseNumber(keys, n.end + 1)!;
  const word = keys[n.end];
  if (word === undefined || !PERCENT_WORDS.has(word)) return null;
  return { start: i, end: n.end + 1, label: 'PERCENT', value: String(sign * n.value), rule: 'ner/percent' };
}
