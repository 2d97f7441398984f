/**
 * `npm run bench -- tag`: speed of the POS tagger alone and of tag + lemmatize on pre-tokenized
 * sentences (the internal dev cut with gold tokens, and raw PerDT train sentences split at spaces and
 * punctuation),
 * plus model load time and size on disk. Median of several rounds after a warm-up, on one core.
 */
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { readShared, REPO_ROOT } from '../scripts/shared-data.js';
import { lemmatize } from '../src/morph/index.js';
import { loadTagger, tagWords } from '../src/tag/index.js';
import { loadCorpora, splitRawSentence } from '../src/tag/tag.train.js';

const ROUNDS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(name: string, input: readonly string[][], run: (forms: string[]) => void): string[] {
  // Small sets are repeated so that a round lasts long enough to time reliably.
  const once = input.reduce((n, s) => n + s.length, 0);
  const sentences = Array.from({ length: Math.max(1, Math.ceil(50_000 / Math.max(1, once))) }, () => input).flat();
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  for (const s of sentences) run(s);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const s of sentences) run(s);
    const cpu = process.cpuUsage(c0);
    rates.push(tokens / ((performance.now() - t0) / 1000));
    cpuRates.push(tokens / ((cpu.user + cpu.system) / 1e6));
  }
  const k = (x: number): string => `${Math.round(x / 1000)}k`;
  return [
    name,
    String(tokens),
    k(median(rates)),
    `${k(Math.min(...rates))}–${k(Math.max(...rates))}`,
    k(median(cpuRates)),
  ];
}

function main(): void {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  loadTagger();
  const loadCpu = process.cpuUsage(c0);
  const loadMs = performance.now() - t0;
  const dir = join(REPO_ROOT, 'models', 'tagger');
  const sizeBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

  const dev = loadCorpora().dev.flatMap((c) => c.sentences.map((s) => s.forms));
  const raw = readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt')
    .split('\n')
    .slice(0, 5000)
    .map(splitRawSentence)
    .filter((s) => s.length > 0);

  const tagOnly = (forms: string[]): void => {
    tagWords(forms);
  };
  const tagLemma = (forms: string[]): void => {
    const { upos } = tagWords(forms);
    for (let i = 0; i < forms.length; i++) lemmatize(forms[i]!, upos[i]!);
  };
  const rows = [
    measure('tagWords, dev cut (gold tokens)', dev, tagOnly),
    measure('tagWords, raw train (split at spaces and punctuation)', raw, tagOnly),
    measure('tag + lemmatize, dev cut', dev, tagLemma),
    measure('tag + lemmatize, raw train', raw, tagLemma),
  ];
  const header = ['task', 'tokens', 'tokens/s wall (median)', 'wall range', 'tokens/s per CPU second (median)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one thread, ${ROUNDS} rounds after a warm-up`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other processes share the CPU: the per-CPU-second column is the one-core speed)`);
  console.log(`model load (read + index, first call): ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU; models/tagger on disk: ${(sizeBytes / 1e6).toFixed(2)} MB`);
  console.log('Targets: >= 300k tokens/s tag + lemmatize; load <= 500 ms; model <= 15 MB.');
}

main();
