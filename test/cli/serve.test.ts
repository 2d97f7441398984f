// `dabir serve` through the real bin: it listens, answers the API and the page, and stops on SIGTERM;
// `dabir analyze --format html` writes the same page as one file.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runDabir, startServeProcess } from './run-dabir.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);

describe('dabir serve', () => {
  it('serves /api/analyze and the page, then exits 0 on SIGTERM', async () => {
    const server = await startServeProcess([]);
    try {
      const res = await fetch(`${server.url}/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'به گزارش ایسنا، پوتین گفت: «ما آمادهایم.»' }),
      });
      expect(res.status).toBe(200);
      const doc = (await res.json()) as { sources: { name: string }[]; quotes: { speaker: { name: string } }[] };
      expect(doc.sources.map((s) => s.name)).toEqual(['ایسنا']);
      expect(doc.quotes.map((q) => q.speaker.name)).toEqual(['پوتین']);
      const page = await fetch(`${server.url}/`);
      expect(await page.text()).toContain('src:url("/assets/vazirmatn.woff2")');
      const font = await fetch(`${server.url}/assets/vazirmatn.woff2`);
      expect(new TextDecoder().decode(new Uint8Array(await font.arrayBuffer()).slice(0, 4))).toBe('wOF2');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('applies --max-body: a larger body gets 413', async () => {
    const server = await startServeProcess(['--max-body', '100']);
    try {
      const res = await fetch(`${server.url}/api/normalize`, { method: 'POST', body: JSON.stringify({ text: 'سلام '.repeat(50) }) });
      expect(res.status).toBe(413);
    } finally {
      await server.stop();
    }
  });

  it('rejects a port that is not a number with exit 2', () => {
    const r = runDabir(['serve', '--port', 'هشتاد']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("dabir: option '--port <port>' must be a whole number up to 65535, got 'هشتاد'\n");
  });
});

describe('dabir analyze --format html', () => {
  it('writes one self-contained page with the article annotated', () => {
    const r = runDabir(['analyze', '--format', 'html'], 'به گزارش ایسنا، پوتین گفت: «ما آمادهایم.»');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toMatch(/class="[^"]*ent-PER[^"]*"[^>]*>پوتین</);
    expect(r.stdout).not.toContain('<form');
  });
});
