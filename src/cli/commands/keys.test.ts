// `dabir keys`, through the real bin: one output line per input line, text and JSON, errors on stderr.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runDabir } from '../../../test/cli/run-dabir.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);

describe('dabir keys', () => {
  it('prints the keys of each line, one output line per input line: «می روند» = «میروند» = «می‌روند»', () => {
    const r = runDabir(['keys'], 'می روند\n\nمیروند می‌روند.\nكتاب‌ها کتابها\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('رفت\n\nرفت رفت\nکتاب کتاب\n');
    expect(r.stderr).toBe('');
  });

  it('prints [{token, key}] per line with --format json: «کتاب ها را می خوانند»', () => {
    const r = runDabir(['keys', '--format', 'json'], 'کتاب ها را می خوانند\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { token: 'کتاب ها', key: 'کتاب' },
      { token: 'را', key: 'را' },
      { token: 'می خوانند', key: 'خواند' },
    ]);
  });

  it('rejects an unknown format with exit 2: --format xml', () => {
    const r = runDabir(['keys', '--format', 'xml'], 'سلام');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("dabir: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json.\n");
  });

  it('names a missing file with exit 1: نیست.txt', () => {
    const r = runDabir(['keys', 'نیست.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("dabir: cannot read 'نیست.txt': no such file or directory\n");
  });

  it('refuses input that is not UTF-8 with exit 1', () => {
    const r = runDabir(['keys'], new Uint8Array([0xff, 0xfe, 0x0a]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dabir: standard input is not valid UTF-8/);
  });
});
