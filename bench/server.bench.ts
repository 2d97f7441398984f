/**
 * `npm run bench -- server`: the HTTP front end's cost and throughput. POST /api/analyze over loopback
 * to `dabir serve --port 0` in its own process, with 1 and 4 requests in flight, against calling
 * analyze() + JSON directly in this process: requests/s, latency median and p95, and throughput relative
 * to the direct call. Inputs: the bundled samples and the news gold paragraphs (no shared data).
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/shared-data.js';
import { startServeProcess } from '../test/cli/run-dabir.js';
import { bundledTexts } from './bench-corpus.js';

type Library = typeof import('../src/index.js');
type Json = typeof import('../src/formats/json.js');
const DIST = join(REPO_ROOT, 'dist');
// The server runs the compiled bin, so the direct calls use the same compiled library.
if (!existsSync(join(DIST, 'cli', 'main.js'))) throw new Error('server bench: dist/ is missing; run it through `npm run bench -- server`, which builds first');
const { analyze } = (await import(join(DIST, 'index.js'))) as Library;
const { docToJSON } = (await import(join(DIST, 'formats', 'json.js'))) as Json;

const ROUNDS = 3;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** Runs every text through `call` with `inFlight` concurrent callers; returns wall seconds and per-request ms. */
async function drive(all: string[], inFlight: number, call: (text: string) => Promise<void>): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < all.length) {
        const text = all[next++]!;
        const s = performance.now();
        await call(text);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, latencies };
}

const all = bundledTexts();
const tokens = all.reduce((n, t) => n + analyze(t).tokens.length, 0);
// `dabir serve` in a child process, so client and server do not share one thread.
const server = await startServeProcess();
const viaHttp = async (text: string): Promise<void> => {
  const res = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  if (res.status !== 200) throw new Error(`status ${res.status}`);
  await res.json();
};
const direct = async (text: string): Promise<void> => {
  JSON.parse(JSON.stringify(docToJSON(analyze(text))));
};

console.log(`server bench: ${all.length} articles (${tokens} tokens) per round, ${ROUNDS} rounds after a warm-up; Node ${process.version}, ${cpus()[0]?.model ?? '?'}`);
const rows: string[][] = [['how', 'req/s', 'tokens/s', 'latency median', 'p95', 'vs direct']];
let directRate = 0;
for (const [name, inFlight, call] of [
  ['analyze() + JSON, in process', 1, direct],
  ['POST /api/analyze, 1 in flight', 1, viaHttp],
  ['POST /api/analyze, 4 in flight', 4, viaHttp],
] as const) {
  await drive(all, inFlight, call);
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(await drive(all, inFlight, call));
  const best = runs.sort((a, b) => a.seconds - b.seconds)[Math.floor(ROUNDS / 2)]!;
  const rate = all.length / best.seconds;
  if (directRate === 0) directRate = rate;
  rows.push([
    name,
    rate.toFixed(0),
    `${(tokens / best.seconds / 1e3).toFixed(1)}k`,
    `${quantile(best.latencies, 0.5).toFixed(2)} ms`,
    `${quantile(best.latencies, 0.95).toFixed(2)} ms`,
    `${((rate / directRate) * 100).toFixed(0)}%`,
  ]);
}
await server.stop();
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log('The server analyzes on its one event-loop thread: more requests in flight raise latency, not throughput.');
