// `dabir --help`, `--version` and per-command help, through the real bin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, REPO, ensureBuilt, runDabir } from './run-dabir.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);

describe('dabir --help', () => {
  it('lists every command with its description and exits 0', () => {
    const r = runDabir(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: dabir');
    expect(r.stdout).toMatch(/normalize \[options\] \[file\]/);
    expect(r.stdout).toMatch(/tokenize \[options\] \[file\]/);
    expect(r.stdout).toContain('Exit codes');
    expect(r.stderr).toBe('');
  });

  it.each([
    [['normalize', '--help'], ['--digits <script>', '--no-zwnj', 'one output line']],
    [['tokenize', '--help'], ['--format <format>', 'conllu', 'blank lines']],
    [['help', 'tokenize'], ['--format <format>']],
  ])('shows the options of a command: dabir %j', (args, expected) => {
    const r = runDabir(args);
    expect(r.code).toBe(0);
    for (const text of expected) expect(r.stdout).toContain(text);
  });

  it('prints the package version for --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(runDabir(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(runDabir(['-V'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('names the unknown command of «dabir help foo» on stderr and exits 2', () => {
    const r = runDabir(['help', 'foo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("dabir: unknown command 'foo'");
    expect(r.stdout).toBe('');
  });

  it('shows help on stderr and exits 2 when no command is given', () => {
    const r = runDabir([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: dabir');
    expect(r.stdout).toBe('');
  });
});
