// `dabir analyze`: one article as JSON or a text report, and --jsonl batches on worker threads (order kept, bad records reported in place).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runDabir } from './run-dabir.js';

let dir: string;
// Building dist/ may take minutes on a busy machine.
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dabir-analyze-'));
}, 300_000);

const ARTICLE = 'به گزارش ایسنا، ولادیمیر پوتین گفت: «ما آماده‌ایم.» وی افزود: جنگ به زودی تمام می‌شود.';

interface BatchLine {
  id: unknown;
  line?: number;
  doc?: { quotes: Array<{ speaker: { name: string } | null }>; sources: Array<{ name: string }> };
  error?: { code: string; message: string };
}

describe('dabir analyze', () => {
  it('prints the Doc as one JSON object with quotes and sources', () => {
    const r = runDabir(['analyze'], ARTICLE);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as NonNullable<BatchLine['doc']>;
    expect(doc.sources.map((s) => s.name)).toEqual(['ایسنا']);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['ولادیمیر پوتین', 'ولادیمیر پوتین']);
  });

  it('--format text prints the report: sources, who said what, entities, keywords, summary', () => {
    const r = runDabir(['analyze', '--format', 'text'], ARTICLE);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of ['Sources', '  report: ایسنا', 'Quotes (who said what)', 'Entities', 'Keywords', 'Summary']) expect(lines).toContain(line);
    expect(lines).toContain('     «ما آماده‌ایم»');
  });

  it('rejects --format text with --jsonl (exit 2)', () => {
    const r = runDabir(['analyze', '--jsonl', '--format', 'text'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("dabir: option '--jsonl' writes JSON Lines; '--format text' cannot be used with it\n");
  });
});

describe('dabir analyze --jsonl', () => {
  const records = [
    JSON.stringify({ id: 'a', text: 'پوتین گفت: ما آماده‌ایم.' }),
    'this is not json',
    JSON.stringify({ id: 'b' }),
    '',
    JSON.stringify({ id: 'c', text: 42 }),
    JSON.stringify({ id: 'd', text: 'به گزارش مهر، اسد تصریح کرد: سوریه ایستاده است.' }),
    JSON.stringify({ id: 'e', text: 'عراقچی اعلام کرد که مذاکره ادامه دارد.' }),
    JSON.stringify({ id: 'f', text: '' }),
    JSON.stringify({ id: 'g', text: 'لاوروف گفت: «مسکو حمایت می‌کند.»' }),
  ];

  it.each([['2'], ['1'], ['0']])('with --workers %s keeps input order and reports bad records in place', (workers) => {
    const path = join(dir, `batch-${workers}.jsonl`);
    writeFileSync(path, `${records.join('\n')}\n`);
    const r = runDabir(['analyze', '--jsonl', '--workers', workers, path]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as BatchLine);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'parse-error', 'missing-text', 'invalid-text', 'ok', 'ok', 'ok', 'ok']);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[3]!.error!.message).toBe('line 5: "text" must be a string, got number');
    expect(lines[4]!.doc!.quotes[0]!.speaker!.name).toBe('اسد');
    expect(r.stderr).toBe('dabir: 3 of 8 records could not be analyzed (see their "error" fields)\n');
  });

  it('reads the batch from standard input', () => {
    const r = runDabir(['analyze', '--jsonl'], `${records[0]}\n${records[6]}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as BatchLine).id)).toEqual(['a', 'e']);
  });

  it('keeps the order of 40 records of very different lengths on 2 workers', () => {
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: i % 7 === 0 ? ARTICLE.repeat(30) : `خبر ${i}: وی گفت: سلام.` }));
    const r = runDabir(['analyze', '--jsonl', '--workers', '2'], `${many.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as BatchLine).id)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('rejects --workers without --jsonl (exit 2)', () => {
    const r = runDabir(['analyze', '--workers', '2'], ARTICLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("dabir: option '--workers <n>' needs '--jsonl'\n");
  });
});
