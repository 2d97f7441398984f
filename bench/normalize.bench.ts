/**
 * `npm run bench -- normalize`: dabir's normalize() beside Virastar and persian-tools on the same
 * ~5 MB of Persian with its ZWNJs deleted (bench-corpus.ts), in one run on one core: warm-up, several
 * rounds, median and spread in chars/s, dabir's ratio to each peer; also the folding+spacing passes
 * alone, a noisy variant, and the cold cost of the first call (which loads the ZWNJ model).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/shared-data.js';
import { buildBenchCorpus, type BenchCorpus } from './bench-corpus.js';
import { loadPersianTools } from './peers/persian-tools.js';
import type { NormalizerPeer } from './peers/normalizer-peer.js';
import { loadVirastar } from './peers/virastar.js';

const ROUNDS = 7;
/** Hazm's normalizer on this kind of machine, as stated in issue #2. Hazm is Python and is not installed here. */
const HAZM_CHARS_PER_SECOND_REFERENCE = 1.5e6;

interface Timing {
  readonly name: string;
  /** chars per second of this process's CPU time (user + system), median over rounds. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** chars per wall-clock second, median: lower than `median` when other processes share the cores. */
  readonly wallMedian: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(name: string, corpus: BenchCorpus, f: (t: string) => unknown, rounds = ROUNDS): Timing {
  for (const d of corpus.docs) f(d); // warm-up
  const rates: number[] = [];
  const wallRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const d of corpus.docs) f(d);
    const used = process.cpuUsage(cpu);
    wallRates.push(corpus.chars / ((performance.now() - start) / 1000));
    rates.push(corpus.chars / ((used.user + used.system) / 1e6));
  }
  return { name, median: median(rates), min: Math.min(...rates), max: Math.max(...rates), wallMedian: median(wallRates) };
}

const mc = (x: number): string => `${(x / 1e6).toFixed(2)}M`;

function printTable(rows: readonly Timing[], dabir: Timing): void {
  const header = ['normalizer', 'chars/CPU-s (median)', 'spread (min–max)', 'chars/wall-s', 'dabir ÷ this'];
  const body = rows.map((r) => [
    r.name,
    mc(r.median),
    `${mc(r.min)}–${mc(r.max)}`,
    Number.isNaN(r.wallMedian) ? '-' : mc(r.wallMedian),
    `${(dabir.median / r.median).toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

/**
 * Cold start in a fresh Node process from the compiled dist/ (what a user pays): import of the
 * normalizer and its first call, which loads the ZWNJ model. Median of 3 processes; null without dist/.
 */
function measureColdStart(): { importMs: number; firstCallMs: number } | null {
  const entry = join(REPO_ROOT, 'dist', 'normalize', 'index.js');
  if (!existsSync(entry)) return null;
  const script = `
    const t0 = performance.now();
    const { normalize } = await import(${JSON.stringify(new URL(`file://${entry}`).href)});
    const t1 = performance.now();
    normalize('رئیسجمهوری روسیه میگوید کتابها');
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));`;
  const runs: { importMs: number; firstCallMs: number }[] = [];
  for (let k = 0; k < 3; k++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    runs.push(JSON.parse(r.stdout.trim()) as { importMs: number; firstCallMs: number });
  }
  return { importMs: median(runs.map((r) => r.importMs)), firstCallMs: median(runs.map((r) => r.firstCallMs)) };
}

function modelBytes(name: string): number {
  const dir = join(REPO_ROOT, 'models', name);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { normalize } = await import('../src/normalize/index.js');
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  normalize('رئیسجمهوری روسیه میگوید کتابها');
  const firstCallMs = performance.now() - t1;

  const corpus = buildBenchCorpus();
  console.log(`Node ${process.version}, CPU ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`${ROUNDS} rounds after one warm-up round (peers: 3); speeds are per second of this process's CPU time, which other processes on the machine disturb less than wall time`);
  console.log(`input: ${corpus.description}: ${(corpus.bytes / 1e6).toFixed(2)} MB UTF-8, ${corpus.chars} chars`);
  const cold = measureColdStart();
  if (cold) {
    console.log(
      `load (fresh process, dist/, median of 3): import ${cold.importMs.toFixed(0)} ms, first normalize() call ` +
        `(loads the ZWNJ model) ${cold.firstCallMs.toFixed(0)} ms; target <= 300 ms`,
    );
  }
  console.log(
    `load (this process, via tsx, includes TypeScript transpiling): import ${importMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms`,
  );
  console.log(`ZWNJ model files: ${(modelBytes('zwnj') / 1e6).toFixed(2)} MB in models/zwnj\n`);

  const peers: NormalizerPeer[] = [loadVirastar(), ...loadPersianTools()];
  const dabir = time('dabir normalize (all passes)', corpus, (t) => normalize(t));
  const core = time('dabir folding+spacing (restoreZwnj: false)', corpus, (t) => normalize(t, { restoreZwnj: false }));
  const rows: Timing[] = [dabir, core];
  for (const p of peers) rows.push(time(`${p.name} ${p.version}`, corpus, p.normalize, 3));
  rows.push({
    name: 'hazm Normalizer (issue #2 reference, NOT measured here)',
    median: HAZM_CHARS_PER_SECOND_REFERENCE,
    min: HAZM_CHARS_PER_SECOND_REFERENCE,
    max: HAZM_CHARS_PER_SECOND_REFERENCE,
    wallMedian: Number.NaN,
  });
  printTable(rows, dabir);

  const noisy = buildBenchCorpus({ noisy: true });
  console.log(`\nnoisy input (${noisy.description}):`);
  const noisyRows = [
    time('dabir normalize (all passes)', noisy, (t) => normalize(t)),
    time('dabir folding+spacing (restoreZwnj: false)', noisy, (t) => normalize(t, { restoreZwnj: false })),
  ];
  printTable(noisyRows, noisyRows[0]!);

  // Idempotence on real text (the property tests cover random text): lines a second normalize changes.
  console.log('\nidempotence: lines of the bench text that a second normalize() changes');
  for (const [label, options] of [
    ['folding+spacing', { restoreZwnj: false }],
    ['all passes', {}],
  ] as const) {
    let lines = 0;
    const changed: string[] = [];
    for (const d of corpus.docs) {
      for (const line of d.split('\n')) {
        lines++;
        const once = normalize(line, options).text;
        if (normalize(once, options).text !== once) changed.push(once);
      }
    }
    console.log(`  ${label}: ${changed.length} of ${lines}${changed.length > 0 ? `, e.g. ${JSON.stringify(changed[0]!.slice(0, 80))}` : ''}`);
  }

  const virastar = rows.find((r) => r.name.startsWith('virastar'))!;
  console.log('\ntargets (issue #2): normalize >= 5M chars/s, >= 5x Virastar, >= 3x Hazm (reference)');
  console.log(
    `  dabir ${mc(dabir.median)} chars/s; ${(dabir.median / virastar.median).toFixed(2)}x Virastar; ` +
      `${(dabir.median / HAZM_CHARS_PER_SECOND_REFERENCE).toFixed(2)}x the Hazm reference; folding+spacing ${mc(core.median)} chars/s (target 20M)`,
  );
}

await main();
