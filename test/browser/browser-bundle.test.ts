/**
 * The core library must run in browsers: bundle src/index.ts for the browser platform (any `node:`
 * import or native module fails the build) and run the bundle in a bare VM context without `process`.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('browser bundle', () => {
  it('bundles the core for the browser with no node: imports, and analyzes text with preloaded models', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'dabir',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);

    const context = vm.createContext({ TextDecoder, URL, console });
    vm.runInContext(code, context);
    const api = context.dabir as typeof import('../../src/index.js');
    const { files } = JSON.parse(readFileSync(join(ROOT, 'models', 'manifest.json'), 'utf8')) as { files: string[] };
    for (const path of files) api.registerModel(path, new Uint8Array(readFileSync(join(ROOT, 'models', path))));
    const doc = api.analyze('به گزارش ایسنا، وزیر امور خارجه گفت: «مذاکرات ادامه دارد.»');
    expect(doc.tokens.length).toBeGreaterThan(5);
    expect(api.validateDoc(doc)).toEqual([]);
  });
});
