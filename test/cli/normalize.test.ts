// `dabir normalize`: one output line per input line, line breaks kept, file and stdin alike, streamed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as NormalizeModule from '../../src/normalize/index.js';
import { escapeForReport, messyText } from '../arbitraries.js';
import { BIN, BUILD_TIMEOUT_MS, ensureBuilt, importBuilt, runDabir } from './run-dabir.js';

let dir: string;
// The normalizer of the build the CLI runs (see importBuilt).
let normalize: typeof NormalizeModule.normalize;
beforeAll(async () => {
  ensureBuilt();
  ({ normalize } = await importBuilt<typeof NormalizeModule>('normalize/index.js'));
  dir = mkdtempSync(join(tmpdir(), 'dabir-normalize-'));
}, BUILD_TIMEOUT_MS);

/** What the CLI must print: each line normalized on its own, breaks untouched. */
function expectedFor(input: string): string {
  return input.replace(/[^\r\n]+/g, (line) => normalize(line).text);
}

function lineBreaks(text: string): string[] {
  return text.match(/\r\n|\n/g) ?? [];
}

describe('dabir normalize', () => {
  it.each([
    ['lines with a trailing newline', 'رئیسجمهوری گفت\nمیروم\n'],
    ['empty lines kept in place', 'میروم\n\n\nکتابها\n'],
    ['no trailing newline', 'میروم\nکتابها'],
    ['CRLF line breaks kept', 'میروم\r\n\r\nکتابها\r\n'],
    ['mixed LF and CRLF', 'الف\r\nب\nج'],
    ['a single empty line', '\n'],
    ['empty input', ''],
  ])('keeps one output line per input line: %s', (_name, input) => {
    const r = runDabir(['normalize'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lineBreaks(r.stdout)).toEqual(lineBreaks(input));
    expect(r.stdout).toBe(expectedFor(input));
  });

  it('restores ZWNJ line by line: میروم → می‌روم, رئیسجمهوری → رئیس‌جمهوری', () => {
    const r = runDabir(['normalize'], 'میروم\nرئیسجمهوری\n');
    expect(r.stdout).toBe('می\u200cروم\nرئیس\u200cجمهوری\n');
  });

  it.each([
    [['--digits', 'latin'], 'سال ۱۴۰۲'],
    [['--no-zwnj'], 'میروم و کتابها'],
    [['--no-zwnj-compounds', '--demonstratives', 'zwnj'], 'رئیسجمهوری آنها را دید'],
    [['--quotes', 'guillemets', '--punctuation', 'keep'], 'او گفت: "میروم?"'],
    [['--diacritics', 'keep', '--no-fix-spacing', '--no-separate-digits', '--ellipsis', 'dots'], 'کتابِ  خوب…۱۰درصد'],
  ])('passes flags %j to normalize() as options', (flags, input) => {
    const options: Record<string, unknown> = {};
    const zwnj: Record<string, unknown> = {};
    for (let i = 0; i < flags.length; i++) {
      const flag = flags[i]!;
      if (flag === '--no-zwnj') options['restoreZwnj'] = false;
      else if (flag === '--no-zwnj-compounds') zwnj['compounds'] = false;
      else if (flag === '--no-fix-spacing') options['fixSpacing'] = false;
      else if (flag === '--no-separate-digits') options['separateDigits'] = false;
      else if (flag === '--demonstratives') zwnj['demonstratives'] = flags[++i];
      else options[flag.slice(2)] = flags[++i];
    }
    if (Object.keys(zwnj).length > 0) options['zwnj'] = zwnj;
    const r = runDabir(['normalize', ...flags], `${input}\n`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${normalize(input, options).text}\n`);
  });

  it('changes the output with --digits latin and --no-zwnj: ۱۴۰۲ → 1402, میروم stays', () => {
    expect(runDabir(['normalize', '--digits', 'latin'], 'سال ۱۴۰۲\n').stdout).toBe('سال 1402\n');
    expect(runDabir(['normalize', '--no-zwnj'], 'میروم\n').stdout).toBe('میروم\n');
  });

  it('reads a file, and "-" as standard input, with the same result', () => {
    const input = 'به گزارش ایسنا، رئیسجمهوری گفت: «میروم».\n\nکتابهای بینالمللی\n';
    const path = join(dir, 'news.txt');
    writeFileSync(path, input);
    const fromFile = runDabir(['normalize', path]);
    const fromDash = runDabir(['normalize', '-'], input);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(expectedFor(input));
    expect(fromDash.stdout).toBe(fromFile.stdout);
  });

  it('keeps alignment over many lines read in several chunks (multibyte characters cut between chunks)', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `خط ${i} میروم و کتابها را میخوانم`));
    const input = `${lines.join('\n')}\n`;
    const path = join(dir, 'many.txt');
    writeFileSync(path, input);
    const r = runDabir(['normalize', path]);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out).toHaveLength(lines.length + 1);
    expect(r.stdout).toBe(expectedFor(input));
  });

  it('handles one long line with no newline (400 KB)', () => {
    const input = 'کتابها را میخوانم '.repeat(12_000);
    const r = runDabir(['normalize'], input);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\n');
    expect(r.stdout).toBe(normalize(input).text);
  });

  it('writes one {text, edits} JSON object per input line with --format json: كتاب → کتاب', () => {
    const input = 'كتاب\n\nمیروم\r\n';
    const r = runDabir(['normalize', '--format', 'json'], input);
    expect(r.code).toBe(0);
    expect(lineBreaks(r.stdout)).toEqual(lineBreaks(input));
    const objects = r.stdout.split(/\r?\n/).slice(0, 3).map((line) => JSON.parse(line) as unknown);
    expect(objects).toEqual(['كتاب', '', 'میروم'].map((line) => JSON.parse(JSON.stringify({ text: normalize(line).text, edits: normalize(line).edits }))));
  });

  it('keeps one output line per input line for 300 random messy lines (controls, U+2028, lone CR, emoji, ZWNJ runs)', () => {
    const pieces = fc.sample(messyText, { numRuns: 300, seed: 42 });
    // What the CLI reads: lone surrogates cannot be UTF-8 and become U+FFFD on the way in.
    const input = new TextDecoder().decode(new TextEncoder().encode(`${pieces.join('\n')}\n`));
    const r = runDabir(['normalize'], input);
    expect(r.code).toBe(0);
    expect(lineBreaks(r.stdout)).toEqual(lineBreaks(input));
    const expected = expectedFor(input).split(/\r?\n/);
    const actual = r.stdout.split(/\r?\n/);
    const firstDiff = actual.findIndex((line, i) => line !== expected[i]);
    expect(firstDiff, `line ${firstDiff}: ${escapeForReport(input.split(/\r?\n/)[firstDiff] ?? '')}`).toBe(-1);
  });

  it('drops a UTF-8 byte-order mark at the start', () => {
    const r = runDabir(['normalize'], '\ufeffسلام\n');
    expect(r.stdout).toBe(expectedFor('سلام\n'));
  });

  it('stops quietly when the reader closes the pipe: dabir normalize | head -n 1', () => {
    const path = join(dir, 'long.txt');
    writeFileSync(path, 'میروم\n'.repeat(200_000));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" normalize "${path}" | head -n 1`], { encoding: 'utf8' });
    expect(r.stdout).toBe(expectedFor('میروم\n'));
    expect(r.stderr).toBe('');
  });
});
