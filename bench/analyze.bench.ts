/**
 * `npm run bench -- analyze`: end-to-end analyze() speed in tokens/s on one core (the bundled samples
 * with the news gold set, and the first documents of the shared bench corpus), the news stages alone on
 * already analyzed Docs, and `dabir analyze --jsonl` batch throughput with 1 and 2 worker threads
 * (whole process, models loaded per worker). Median and spread of several rounds after a warm-up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, hasSharedData } from '../scripts/shared-data.js';
import type { Doc } from '../src/doc/doc.js';
import { buildBenchCorpus, bundledTexts } from './bench-corpus.js';

const ROUNDS = 5;

// The compiled library when `npm run bench` has built dist/ (what users run), else the sources through tsx,
// whose module getters slow every cross-module call.
type Library = typeof import('../src/index.js');
const DIST = join(REPO_ROOT, 'dist', 'index.js');
const library: Library = existsSync(DIST) ? ((await import(DIST)) as Library) : await import('../src/index.js');
const { analyze, digestNews, findAttributions } = library;
const { docToJSON } = existsSync(DIST)
  ? ((await import(join(REPO_ROOT, 'dist', 'formats', 'json.js'))) as typeof import('../src/formats/json.js'))
  : await import('../src/formats/json.js');
const { scanNewsText } = existsSync(DIST)
  ? ((await import(join(REPO_ROOT, 'dist', 'news', 'index.js'))) as typeof import('../src/news/index.js'))
  : await import('../src/news/index.js');
const CORPUS_DOCS = 150;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const k = (x: number): string => `${(x / 1e3).toFixed(1)}k`;

/** Tokens per wall second and per CPU second of this (single-threaded) process; CPU time is steadier on a busy machine. */
function measure(name: string, tokens: number, run: () => void): string[] {
  run();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const wallS = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    rates.push(tokens / wallS);
    cpuRates.push(tokens / ((c.user + c.system) / 1e6));
  }
  return [name, String(tokens), k(median(rates)), `${k(Math.min(...rates))}–${k(Math.max(...rates))}`, k(median(cpuRates))];
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
}

function sets(): Array<{ name: string; texts: string[] }> {
  const bundled = bundledTexts();
  const out = [{ name: `samples + news gold (${bundled.length} texts)`, texts: bundled }];
  if (hasSharedData()) {
    const corpus = buildBenchCorpus({ zwnj: 'keep' });
    out.push({ name: `bench corpus, first ${CORPUS_DOCS} docs of 20 lines`, texts: corpus.docs.slice(0, CORPUS_DOCS) as string[] });
  }
  return out;
}

/** Wall and CPU (user + system, all threads) seconds of one `dabir analyze --jsonl` process, through /usr/bin/time. */
function batchRun(bin: string, input: string, workers: number): { wallS: number; cpuS: number } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, bin, 'analyze', '--jsonl', '--workers', String(workers), input], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, DABIR_NO_PROGRESS: '1' },
  });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`dabir analyze --jsonl failed: ${r.stderr}`);
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wallS, cpuS: m ? Number(m[2]) + Number(m[3]) : Number.NaN };
}

function main(): void {
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores available`);
  console.log(`library: ${existsSync(DIST) ? 'dist/ (compiled)' : 'src/ through tsx'}`);
  const rows = [['set', 'tokens', 'tokens/s wall (median)', 'spread', 'tokens per CPU-s']];
  const allSets = sets();
  // The news rules alone on raw text (no Doc, no NER): independent of the other stages and their models.
  for (const set of allSets) {
    const words = set.texts.reduce((n, t) => n + scanNewsText(t).wordCount, 0);
    rows.push(measure(`news rules only, raw text (words): ${set.name}`, words, () => {
      for (const t of set.texts) {
        const nt = scanNewsText(t);
        findAttributions(t, undefined, nt);
        digestNews(t, nt.sentences, { keywords: 10, summarySentences: 3 }, undefined, nt);
      }
    }));
  }
  const loadStart = performance.now();
  try {
    analyze('به گزارش ایسنا، پوتین گفت: ما آماده‌ایم.');
  } catch (error) {
    printTable(rows);
    console.log(`\nanalyze() fails in another stage, so end-to-end numbers cannot be taken now: ${(error as Error).message}`);
    return;
  }
  console.log(`first analyze() (loads every model): ${(performance.now() - loadStart).toFixed(0)} ms\n`);

  const batchInputs: Array<{ name: string; path: string; tokens: number; records: number }> = [];
  const dir = mkdtempSync(join(tmpdir(), 'dabir-bench-'));
  for (const set of allSets) {
    const docs: Doc[] = set.texts.map((t) => analyze(t));
    const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
    rows.push(measure(`analyze() end to end: ${set.name}`, tokens, () => {
      for (const t of set.texts) analyze(t);
    }));
    rows.push(measure(`analyze() + docToJSON + JSON.stringify (the batch work per record): ${set.name}`, tokens, () => {
      for (const t of set.texts) JSON.stringify(docToJSON(analyze(t)));
    }));
    rows.push(measure(`news stages only (attribution + digest): ${set.name}`, tokens, () => {
      for (const d of docs) {
        findAttributions(d.text, { entities: d.entities, groups: d.mentionGroups });
        digestNews(d.text, d.sentences, { keywords: 10, summarySentences: 3 }, d);
      }
    }));
    const path = join(dir, `${batchInputs.length}.jsonl`);
    writeFileSync(path, set.texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n');
    batchInputs.push({ name: set.name, path, tokens, records: set.texts.length });
  }
  printTable(rows);

  const bin = join(REPO_ROOT, 'bin', 'dabir.js');
  console.log('\nbatch: dabir analyze --jsonl (whole process: start, model loads in each worker, JSON output)');
  const batchRows = [['set', 'workers', 'wall s (median of 3)', 'CPU s', 'records/s', 'tokens/s wall']];
  for (const input of batchInputs) {
    for (const workers of [1, 2]) {
      const runs = [0, 1, 2].map(() => batchRun(bin, input.path, workers)).sort((a, b) => a.wallS - b.wallS);
      const mid = runs[1]!;
      batchRows.push([input.name, String(workers), mid.wallS.toFixed(2), mid.cpuS.toFixed(2), (input.records / mid.wallS).toFixed(1), k(input.tokens / mid.wallS)]);
    }
  }
  printTable(batchRows);
  console.log(`\n1-minute load average at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (wall-clock numbers are only meaningful on an idle machine)`);
}

main();
