/**
 * `npm run bench -- normalize`: dabir's normalize() beside Virastar and persian-tools on the same
 * ~5 MB of Persian with its ZWNJs deleted (bench-corpus.ts), in one run on one core: warm-up, several
 * rounds, median and spread in chars/s, dabir's ratio to each peer; also the folding+spacing passes
 * alone, a noisy variant, and the cold cost of the first call (which loads the ZWNJ model).
 */
import { cpus } from 'node:os';
import { buildBenchCorpus, type BenchCorpus } from './bench-corpus.js';
import { loadPersianTools } from './peers/persian-tools.js';
import { loadVirastar, type NormalizerPeer } from './peers/virastar.js';

const ROUNDS = 7;
/** Hazm's normalizer on this kind of machine, as stated in issue #2. Hazm is Python and is not installed here. */
const HAZM_CHARS_PER_SECOND_REFERENCE = 1.5e6;

interface Timing {
  readonly name: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(name: string, corpus: BenchCorpus, f: (t: string) => unknown, rounds = ROUNDS): Timing {
  for (const d of corpus.docs) f(d); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const d of corpus.docs) f(d);
    rates.push(corpus.chars / ((performance.now() - start) / 1000));
  }
  return { name, median: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

const mc = (x: number): string => `${(x / 1e6).toFixed(2)}M`;

function printTable(rows: readonly Timing[], dabir: Timing): void {
  const header = ['normalizer', 'chars/s (median)', 'spread (min–max)', 'dabir ÷ this'];
  const body = rows.map((r) => [r.name, mc(r.median), `${mc(r.min)}–${mc(r.max)}`, `${(dabir.median / r.median).toFixed(2)}×`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { normalize } = await import('../src/normalize/index.js');
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  normalize('رئیسجمهوری روسیه میگوید کتابها');
  const firstCallMs = performance.now() - t1;

  const corpus = buildBenchCorpus();
  console.log(`Node ${process.version}, CPU ${cpus()[0]?.model ?? 'unknown'}, ${ROUNDS} rounds after one warm-up round`);
  console.log(`input: ${corpus.description}: ${(corpus.bytes / 1e6).toFixed(2)} MB UTF-8, ${corpus.chars} chars`);
  console.log(`load: import ${importMs.toFixed(0)} ms, first normalize() call (loads the ZWNJ model) ${firstCallMs.toFixed(0)} ms\n`);

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
  });
  printTable(rows, dabir);

  const noisy = buildBenchCorpus({ noisy: true });
  console.log(`\nnoisy input (${noisy.description}):`);
  const noisyRows = [
    time('dabir normalize (all passes)', noisy, (t) => normalize(t)),
    time('dabir folding+spacing (restoreZwnj: false)', noisy, (t) => normalize(t, { restoreZwnj: false })),
  ];
  printTable(noisyRows, noisyRows[0]!);

  const virastar = rows.find((r) => r.name.startsWith('virastar'))!;
  console.log('\ntargets (issue #2): normalize >= 5M chars/s, >= 5x Virastar, >= 3x Hazm (reference)');
  console.log(
    `  dabir ${mc(dabir.median)} chars/s; ${(dabir.median / virastar.median).toFixed(2)}x Virastar; ` +
      `${(dabir.median / HAZM_CHARS_PER_SECOND_REFERENCE).toFixed(2)}x the Hazm reference; folding+spacing ${mc(core.median)} chars/s (target 20M)`,
  );
}

await main();
