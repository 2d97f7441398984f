/**
 * The annotated-article page in a real browser: Debian's Chromium (installed by scripts/ensure-chromium.mjs
 * in `npm test`) driven by playwright-core against `startServer` on a free port. Paste an article, submit,
 * and check what a reader sees: the text unchanged, entities marked, quotes listed, the font loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env['DABIR_CHROMIUM'] ?? '/usr/bin/chromium';
const ARTICLE = readFileSync(join(ROOT, 'samples', 'wire-report.txt'), 'utf8');
// Flags for a headless root run on a closed network (no background connections, no sandbox as root).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CHROMIUM)) console.warn(`page test skipped: no Chromium at ${CHROMIUM} (scripts/ensure-chromium.mjs installs it as root)`);

describe.skipIf(!existsSync(CHROMIUM))('the annotated-article page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/`);
    await page.fill('textarea[name="text"]', ARTICLE);
    await Promise.all([page.waitForURL(`${server.url}/`), page.click('button[type="submit"]')]);
    await page.waitForSelector('#article');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lays the page out right to left', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  });

  it('shows the normalized article text, every character of it', async () => {
    const shown = await page.textContent('#article');
    expect(shown).toBe(analyze(ARTICLE).text);
  });

  it('marks the speaker «حمید رضوانی» as a person and lists the quotes with speakers', async () => {
    const people = await page.$$eval('#article .ent-PER', (nodes) => nodes.map((n) => n.textContent).join(''));
    expect(people).toContain('حمید رضوانی');
    const doc = analyze(ARTICLE);
    expect(await page.locator('#quotes li').count()).toBe(doc.quotes.length);
    expect(await page.textContent('#quotes')).toContain('حمید رضوانی');
  });

  it('outlines every mention of a referent when the pointer is over one', async () => {
    const group = await page.getAttribute('#article .ent-PER[data-group]', 'data-group');
    await page.hover(`#article .ent-PER[data-group="${group}"]`);
    const linked = await page.$$eval('#article .linked', (nodes) => nodes.map((n) => n.getAttribute('data-group')));
    expect(linked.length).toBeGreaterThan(1);
    expect(new Set(linked)).toEqual(new Set([group]));
  });

  it('renders with the served Vazirmatn font', async () => {
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      const statuses: string[] = [];
      document.fonts.forEach((f) => {
        if (f.family.replace(/"/g, '') === 'Vazirmatn') statuses.push(f.status);
      });
      return statuses;
    });
    expect(loaded).toEqual(['loaded']);
  });
});
