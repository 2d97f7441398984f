// The page's font is Vazirmatn's variable woff2, committed under assets/fonts with its licence; it must be
// the npm package's file, unchanged (the devDependency `vazirmatn` is the provenance).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PACKAGE = dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json'));

describe('assets/fonts', () => {
  it('holds the vazirmatn package variable font byte for byte, with its OFL licence', () => {
    const shipped = readFileSync(join(ROOT, 'assets', 'fonts', 'vazirmatn-variable.woff2'));
    expect(shipped.equals(readFileSync(join(PACKAGE, 'fonts', 'webfonts', 'Vazirmatn[wght].woff2')))).toBe(true);
    expect(readFileSync(join(ROOT, 'assets', 'fonts', 'OFL.txt'), 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });
});
