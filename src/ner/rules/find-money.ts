/**
 * Exact money recognizer: a number in digits or words followed by a currency («۲ میلیون تومان»,
 * «۵۰۰ میلیارد ریال», «دو میلیون و پانصد هزار تومان», «۱.۸ میلیارد دلاری»). Value: «amount CODE».
 */
import { parseNumber } from './parse-number.js';
import type { RuleSpan } from './rule-span.js';

/** Currency words (keys) and their ISO 4217 codes; the toman has none, so it is written IRT as Iranian banks do. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['تومان', 'IRT'], ['ریال', 'IRR'], ['دلار', 'USD'], ['یورو', 'EUR'], ['پوند', 'GBP'], ['درهم', 'AED'], ['ین', 'JPY'],
  ['یوان', 'CNY'], ['روبل', 'RUB'], ['لیر', 'TRY'], ['لیره', 'TRY'], ['فرانک', 'CHF'], ['روپیه', 'INR'], ['وون', 'KRW'],
  ['دینار', 'IQD'], ['ریالی', 'IRR'], ['تومانی', 'IRT'], ['دلاری', 'USD'], ['یورویی', 'EUR'], ['پوندی', 'GBP'],
  ['درهمی', 'AED'], ['یوانی', 'CNY'], ['روبلی', 'RUB'], ['لیری', 'TRY'],
]);

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** «۳ میلیون دلار» → MONEY «3000000 USD». */
export function findMoney(keys: readonly string[], i: number): RuleSpan | null {
  let n = parseNumber(keys, i);
  if (!n) return null;
  // «۹۵۰۰۰ الی ۱۱۰۰۰۰ ریال», «۲ تا ۳ میلیون دلار»: a range is one amount; the value is its upper end.
  if ((keys[n.end] === 'تا' || keys[n.end] === 'الی') && parseNumber(keys, n.end + 1)) n = parseNumber(keys, n.end + 1)!;
  const code = keys[n.end] === undefined ? undefined : CURRENCIES.get(keys[n.end]!);
  if (code === undefined) return null;
  return { start: i, end: n.end + 1, label: 'MONEY', value: `${formatAmount(n.value)} ${code}`, rule: 'ner/money' };
}
