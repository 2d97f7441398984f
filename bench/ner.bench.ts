/**
 * `npm run bench -- ner`: NER speed in tokens/s on PEYMA dev's own tokens (NER alone on pre-tagged
 * words, and tagging + NER), and on raw text through analyze() up to link-mentions; plus the NER model's
 * cold load time and its size on disk. Median and spread of several rounds after a warm-up, one core.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, readShared } from '../scripts/shared-data.js';

const ROUNDS = 7;

// The compiled library when `npm run bench` has built dist/ (what users run), else the sources through
// tsx, whose getters for imported bindings slow every cross-module call. DABIR_BENCH_SRC=1 forces src/.
const DIST = join(REPO_ROOT, 'dist');
const useDist = existsSync(join(DIST, 'ner', 'index.js')) && process.env['DABIR_BENCH_SRC'] !== '1';
async function load<T>(path: string, fromSrc: () => Promise<T>): Promise<T> {
  return useDist ? ((await import(join(DIST, path))) as T) : fromSrc();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// The machine is shared, so rates are also given per CPU-second of this process (user + system time),
// which other processes' load does not inflate; wall-clock rates are printed beside them.
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function measure(name: string, tokens: number, run: () => void): string[] {
  run();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = cpuSeconds();
    run();
    cpuRates.push(tokens / (cpuSeconds() - c0));
    rates.push(tokens / ((performance.now() - t0) / 1000));
  }
  const k = (x: number): string => `${(x / 1e3).toFixed(0)}k`;
  return [name, String(tokens), k(median(cpuRates)), `${k(Math.min(...cpuRates))}–${k(Math.max(...cpuRates))}`, k(median(rates))];
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const ner = await load('ner/index.js', () => import('../src/ner/index.js'));
  const { normalizeToken } = await load('ner/normalize-token.js', () => import('../src/ner/normalize-token.js'));
  const { readCorpus } = await load('ner/corpus-tags.js', () => import('../src/ner/corpus-tags.js'));
  const { tagWords } = await load('tag/index.js', () => import('../src/tag/index.js'));
  const { analyze } = await load('analyze.js', () => import('../src/analyze.js'));
  const importMs = performance.now() - t0;
  const { scoringIndex } = await load('ner/ner-model.js', () => import('../src/ner/ner-model.js'));
  t0 = performance.now();
  const model = ner.loadNerModel();
  scoringIndex(model, 'peyma');
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  tagWords(['آزمون']);
  const taggerLoadMs = performance.now() - t0;

  const dir = join(REPO_ROOT, 'models', 'ner');
  const files = readdirSync(dir).filter((f) => f !== 'MODEL_CARD.md');
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

  const sentences = readCorpus('peyma', readShared('ner-peyma', 'dev.txt')).map((s) => s.tokens.map(normalizeToken));
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const tagged = sentences.map((s) => tagWords(s).upos);
  const text = sentences.map((s) => s.join(' ')).join('\n');
  const rawTokens = analyze(text, { until: 'segment' }).tokens.length;

  console.log(`library: ${useDist ? 'dist/ (compiled)' : 'src/ through tsx'}`);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; ${ROUNDS} rounds after a warm-up`);
  console.log(`NER model: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${model.meta.featureCount} features, ${model.meta.entryCount} weights`);
  console.log(`cold: import ${importMs.toFixed(0)} ms, NER model load (files + peyma scoring index) ${loadMs.toFixed(0)} ms, tagger load ${taggerLoadMs.toFixed(0)} ms\n`);
  printTable([
    ['what', 'tokens', 'tokens/CPU-s', 'spread', 'tokens/s wall'],
    measure('NER alone', tokens, () => {
      sentences.forEach((s, k) => ner.recognizeEntities(s, { upos: tagged[k] }));
    }),
    measure('tagging + NER', tokens, () => {
      for (const s of sentences) ner.recognizeEntities(s, { upos: tagWords(s).upos });
    }),
    measure('tagging alone', tokens, () => {
      for (const s of sentences) tagWords(s);
    }),
    measure('analyze(raw) until link-mentions', rawTokens, () => {
      analyze(text, { until: 'link-mentions' });
    }),
  ]);
}

await main();
