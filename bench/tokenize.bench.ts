/**
 * `npm run bench -- tokenize`: speed of segment() alone and of tokenize() (normalize + segment) on
 * ~5 MB of Persian (the UD PerDT and Seraji raw train text, in order, 20 lines per document), median
 * and spread over rounds on one core, plus the segment lexicon's load time and size.
 */
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { readShared, REPO_ROOT } from '../scripts/shared-data.js';

const ROUNDS = 7;
const LINES_PER_DOC = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  // Cold costs first: module import (builds the character table) and the lexicon load.
  const seg = await import('../src/segment/index.js');
  const { buildCharClassTable } = await import('../src/segment/char-class.js');
  const timed = (f: () => void): { wallMs: number; cpuMs: number } => {
    const t = performance.now();
    const c = process.cpuUsage();
    f();
    const u = process.cpuUsage(c);
    return { wallMs: performance.now() - t, cpuMs: (u.user + u.system) / 1000 };
  };
  const table = timed(() => buildCharClassTable());
  const lexicon = timed(() => seg.loadSegmentLexicon());
  const { tokenize } = await import('../src/analyze.js');
  const { normalize } = await import('../src/normalize/index.js');

  const lines = [
    ...readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt').split('\n'),
    ...readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt').split('\n'),
  ].filter((l) => l.trim().length > 0);
  const docs: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_DOC) docs.push(lines.slice(i, i + LINES_PER_DOC).join('\n'));
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0) / 1e6;

  // Rates from wall time and from this process's CPU time: on a shared machine the CPU-time rate is
  // the one-core figure, the wall-time rate what a caller saw.
  const run = (name: string, f: (d: string) => number): string[] => {
    let tokens = 0;
    for (const d of docs) tokens += f(d);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (const d of docs) f(d);
      const used = process.cpuUsage(cpuStart);
      wall.push((performance.now() - start) / 1000);
      cpu.push((used.user + used.system) / 1e6);
    }
    const m = (x: number): string => `${(x / 1e6).toFixed(2)}M`;
    const rates = wall.map((s) => tokens / s);
    return [
      name,
      String(tokens),
      m(tokens / median(cpu)),
      m(median(rates)),
      `${m(Math.min(...rates))}–${m(Math.max(...rates))}`,
      m(chars / median(cpu)),
    ];
  };

  const rows = [
    run('dabir segment()', (d) => seg.segment(d).words.length),
    run('dabir segmentColumns()', (d) => seg.segmentColumns(d).length),
    run('dabir tokenize()', (d) => tokenize(d).tokens.length),
  ];
  // For attribution only: normalize() alone, as tokens/s over the tokens segment() finds in the same text.
  const segmentTokens = Number(rows[0]![1]);
  const tokenizeRow = rows[2]!;
  const normalizeRow = run('(normalize() only)', (d) => {
    normalize(d);
    return 0;
  });
  const normalizeCpuSecs = chars / (Number(normalizeRow[5]!.slice(0, -1)) * 1e6);
  rows.push(['(normalize() only)', '-', `${(segmentTokens / normalizeCpuSecs / 1e6).toFixed(2)}M`, '-', '-', normalizeRow[5]!]);
  const sizeKiB = statSync(join(REPO_ROOT, 'models', 'segment', 'lexicon.json')).size / 1024;

  console.log(`tokenize bench: ${megabytes.toFixed(2)} MB UTF-8, ${(chars / 1e6).toFixed(2)}M chars in ${docs.length} docs (UD PerDT + Seraji raw train); node ${process.version}; ${cpus()[0]?.model ?? 'cpu ?'}; ${ROUNDS} rounds after 1 warm-up`);
  console.log('name                   | tokens  | tokens/s (CPU time) | tokens/s wall median | wall min–max    | chars/s (CPU time)');
  for (const r of rows) {
    console.log(`${r[0]!.padEnd(22)} | ${r[1]!.padStart(7)} | ${r[2]!.padStart(19)} | ${r[3]!.padStart(20)} | ${r[4]!.padEnd(15)} | ${r[5]}`);
  }
  const cpuRate = (r: string[]): number => Number(r[2]!.slice(0, -1));
  console.log(`target: tokenize() >= 2M tokens/s on one core: ${cpuRate(tokenizeRow) >= 2 ? 'met' : 'NOT met'} (${tokenizeRow[2]}); segment() alone ${rows[0]![2]}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  const ms = (x: { wallMs: number; cpuMs: number }): string => `${x.cpuMs.toFixed(1)} ms CPU (${x.wallMs.toFixed(1)} ms wall)`;
  console.log(`load: character table ${ms(table)}, segment lexicon ${ms(lexicon)} (read + parse), lexicon.json ${sizeKiB.toFixed(0)} KiB`);
  console.log('peers: none. No installed package has a Persian word or sentence tokenizer: virastar only rewrites text, and');
  console.log('       @persian-tools/persian-tools exports no tokenizer (its keyword/summary helpers split internally).');
}

await main();
