import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput, readLineBatches, readLines, readParagraphs, type Line } from './read-input.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dabir-read-'));
});

function fileWith(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readLines', () => {
  it.each<[string, string, Line[]]>([
    ['LF with a final newline', 'میروم\nکتابها\n', [{ text: 'میروم', eol: '\n' }, { text: 'کتابها', eol: '\n' }]],
    ['no final newline', 'میروم\nکتابها', [{ text: 'میروم', eol: '\n' }, { text: 'کتابها', eol: '' }]],
    ['CRLF and empty lines', 'الف\r\n\r\nب', [{ text: 'الف', eol: '\r\n' }, { text: '', eol: '\r\n' }, { text: 'ب', eol: '' }]],
    ['a lone CR stays in the text', 'الف\rب\n', [{ text: 'الف\rب', eol: '\n' }]],
    ['empty input', '', []],
  ])('yields every line with its break: %s', async (_name, content, expected) => {
    expect(await collect(readLines(fileWith('lines.txt', content)))).toEqual(expected);
  });

  it('joins a CRLF and a Persian character that a 64 KB chunk boundary cuts in two', async () => {
    // 65535 ASCII bytes put "\r" as the last byte (65535) of the first chunk and "\n" first in the
    // second; then the two-byte «س» starts at byte 131071, the last byte of the second chunk.
    const first = `${'a'.repeat(65535)}\r\n`;
    const second = `${'b'.repeat(65534)}سلام\n`;
    const lines = await collect(readLines(fileWith('boundary.txt', first + second)));
    expect(lines).toEqual([
      { text: 'a'.repeat(65535), eol: '\r\n' },
      { text: `${'b'.repeat(65534)}سلام`, eol: '\n' },
    ]);
  });

  it('refuses a line longer than the limit with io-error naming the line', async () => {
    const path = fileWith('huge-line.txt', `سلام\n${'ب'.repeat(100_000)}\n`);
    await expect(collect(readLineBatches(path, 50_000))).rejects.toMatchObject({
      code: 'io-error',
      message: `cannot read '${path}': line 2 is longer than 50000 characters; split it into lines`,
    });
  });

  it('reads a 1 MB line with no line break as one line', async () => {
    const text = 'رئیسجمهوری '.repeat(100_000);
    expect(await collect(readLines(fileWith('long.txt', text)))).toEqual([{ text, eol: '' }]);
  });
});

describe('readParagraphs', () => {
  it('splits at blank lines, joining the lines of a paragraph with "\\n": «الف\\nب\\n\\n  \\nج»', async () => {
    expect(await collect(readParagraphs(fileWith('paras.txt', 'الف\nب\n\n  \nج\n')))).toEqual(['الف\nب', 'ج']);
  });

  it("makes every non-blank line a paragraph in mode 'line': «الف\nب\n\nج»", async () => {
    expect(await collect(readParagraphs(fileWith('paras.txt', 'الف\nب\n\nج'), { mode: 'line' }))).toEqual(['الف', 'ب', 'ج']);
  });

  it('cuts a paragraph without blank lines at the first line break past maxChars', async () => {
    const path = fileWith('paras.txt', 'خط یک\nخط دو\nخط سه\nخط چهار\n');
    expect(await collect(readParagraphs(path, { maxChars: 8 }))).toEqual(['خط یک\nخط دو', 'خط سه\nخط چهار']);
  });
});

describe('readInput', () => {
  it('returns the whole text, byte-order mark dropped: \\uFEFFسلام → سلام', async () => {
    expect(await readInput(fileWith('bom.txt', '\ufeffسلام\nدنیا'))).toBe('سلام\nدنیا');
  });

  it('throws invalid-utf8 naming the byte offset and line', async () => {
    const path = fileWith('bad.bin', Buffer.concat([Buffer.from('الف\nب'), Buffer.from([0xc3, 0x28])]));
    await expect(readInput(path)).rejects.toMatchObject({
      code: 'invalid-utf8',
      message: `'${path}' is not valid UTF-8: bad byte at offset 9 (line 2)`,
    });
  });

  it('throws io-error for a missing file', async () => {
    await expect(readInput(join(dir, 'نیست.txt'))).rejects.toMatchObject({ code: 'io-error' });
  });
});
