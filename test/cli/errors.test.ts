// Every CLI error path: one `dabir: ...` line on stderr, no stack trace, exit 2 for usage and 1 for input errors.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, BUILD_TIMEOUT_MS, ensureBuilt, runDabir } from './run-dabir.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dabir-cli-'));
}, BUILD_TIMEOUT_MS);

function expectOneLine(stderr: string): void {
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('dabir usage errors (exit 2)', () => {
  it.each([
    [['nromalize'], "dabir: unknown command 'nromalize'"],
    [['normalize', '--digitz', 'latin'], "dabir: unknown option '--digitz'"],
    [['tokenize', '--format', 'xml'], "dabir: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, conllu."],
    [['normalize', '--digits', 'roman'], "dabir: option '--digits <script>' argument 'roman' is invalid."],
    [['normalize', 'a.txt', 'b.txt'], 'dabir: too many arguments'],
  ])('dabir %j → %s', (args, message) => {
    const r = runDabir(args, 'سلام');
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('suggests the closest command for a typo: nromalize → normalize', () => {
    expect(runDabir(['nromalize']).stderr).toContain('normalize');
  });
});

describe('bin/dabir.js', () => {
  it('tells the user to build when dist/ is missing', () => {
    const copy = join(dir, 'pkg', 'bin');
    mkdirSync(copy, { recursive: true });
    copyFileSync(BIN, join(copy, 'dabir.js'));
    const r = spawnSync(process.execPath, [join(copy, 'dabir.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('dabir: the compiled CLI (dist/cli/main.js) is missing; run `npm run build` first\n');
  });
});

describe('dabir input errors (exit 1)', () => {
  it('names a missing file: خبر.txt', () => {
    const path = join(dir, 'خبر.txt');
    const r = runDabir(['normalize', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: cannot read '${path}': no such file or directory\n`);
  });

  it.each([['normalize'], ['tokenize']])('refuses a directory: dabir %s <dir>', (command) => {
    const r = runDabir([command, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: cannot read '${dir}': is a directory\n`);
  });

  // root reads any file whatever its mode, so the check can only be made as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('reports a file it may not read (not checkable as root)', () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'محرمانه\n');
    chmodSync(path, 0o000);
    const r = runDabir(['normalize', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: cannot read '${path}': permission denied\n`);
  });

  it('gives the byte offset and line of invalid UTF-8 in a file: «سلام» then 0xFF on line 2', () => {
    const path = join(dir, 'bad.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('abc\nسلام'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
    const r = runDabir(['normalize', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: '${path}' is not valid UTF-8: bad byte at offset 12 (line 2)\n`);
    expectOneLine(r.stderr);
  });

  it('finds invalid UTF-8 past the first 64 KB read, across a chunk boundary', () => {
    const path = join(dir, 'bad-late.txt');
    const good = Buffer.from('کتاب‌ها را خواندم\n'.repeat(3000)); // ~90 KB, multibyte everywhere
    writeFileSync(path, Buffer.concat([good, Buffer.from([0xd8]), Buffer.from('x\n')]));
    const r = runDabir(['tokenize', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: '${path}' is not valid UTF-8: bad byte at offset ${good.length} (line 3001)\n`);
  });

  it('rejects a character cut off at the end of standard input', () => {
    const bytes = Buffer.concat([Buffer.from('سلام\nدنیا'), Buffer.from([0xd8])]);
    const r = runDabir(['normalize'], bytes);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dabir: standard input is not valid UTF-8: bad byte at offset ${bytes.length - 1} (line 2)\n`);
  });

  it('rejects an encoded surrogate (ED A0 80), as the WHATWG decoder does', () => {
    const r = runDabir(['normalize'], Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dabir: standard input is not valid UTF-8: bad byte at offset 1 (line 1)\n');
  });
});
