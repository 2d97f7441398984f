/** Runs the regression table src/normalize/normalize.cases.tsv: each row is one normalize() case. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeOptions } from './index.js';

function unescape(cell: string): string {
  return cell.replace(/\\(u[0-9a-fA-F]{4}|n|r|t|\\)/g, (_m, e: string) => {
    if (e === 'n') return '\n';
    if (e === 'r') return '\r';
    if (e === 't') return '\t';
    if (e === '\\') return '\\';
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

interface Case {
  readonly line: number;
  readonly input: string;
  readonly expected: string;
  readonly note: string;
  readonly options: NormalizeOptions;
}

function readCases(): Case[] {
  const text = readFileSync(new URL('./normalize.cases.tsv', import.meta.url), 'utf8');
  const cases: Case[] = [];
  text.split('\n').forEach((raw, k) => {
    if (raw.length === 0 || raw.startsWith('#') || raw.startsWith('input\t')) return;
    const [input, expected, note, options] = raw.split('\t');
    if (input === undefined || expected === undefined) throw new Error(`normalize.cases.tsv line ${k + 1}: needs at least 2 columns`);
    cases.push({
      line: k + 1,
      input: unescape(input),
      expected: unescape(expected),
      note: note ?? '',
      options: options ? (JSON.parse(options) as NormalizeOptions) : { restoreZwnj: false },
    });
  });
  return cases;
}

describe('normalize: regression cases (normalize.cases.tsv)', () => {
  it.each(readCases().map((c) => [`line ${c.line}: ${c.note}`, c] as const))('%s', (_name, c) => {
    expect(normalize(c.input, c.options).text).toBe(c.expected);
    // Normalization is idempotent: a second run leaves the output as it is.
    expect(normalize(c.expected, c.options).text).toBe(c.expected);
  });
});
