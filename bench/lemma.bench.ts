/**
 * `npm run bench -- lemma`: speed of the lemmatizer alone (UD dev words with their gold UPOS; raw PerDT
 * train text as segment() splits it, with the tagger's UPOS and untagged) and of searchKey, plus the
 * morph model's load time and size on disk.
 * Median and spread of several rounds after a warm-up, on one core.
 */
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, readShared } from '../scripts/shared-data.js';

const ROUNDS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Item {
  readonly form: string;
  readonly upos: string;
  readonly uposId: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function measure(name: string, items: readonly Item[], run: (item: Item) => string): string[] {
  let sink = 0;
  for (const it of items) sink += run(it).length;
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = cpuSeconds();
    for (const it of items) sink += run(it).length;
    rates.push(items.length / ((performance.now() - t0) / 1000));
    cpuRates.push(items.length / Math.max(1e-6, cpuSeconds() - c0));
  }
  if (sink < 0) console.log(sink);
  const m = (x: number): string => `${(x / 1e6).toFixed(2)}M`;
  return [name, String(items.length), m(median(rates)), `${m(Math.min(...rates))}–${m(Math.max(...rates))}`, m(median(cpuRates))];
}

async function main(): Promise<void> {
  // Cold costs first: importing the modules, then reading and parsing models/morph/.
  let t0 = performance.now();
  const morph = await import('../src/morph/index.js');
  const importMs = performance.now() - t0;
  t0 = performance.now();
  let c0 = cpuSeconds();
  const model = morph.loadMorphModel();
  const loadMs = performance.now() - t0;
  const loadCpuMs = (cpuSeconds() - c0) * 1000;
  const keys = await import('../src/search-keys/index.js');
  t0 = performance.now();
  c0 = cpuSeconds();
  keys.searchKey('مسؤولان'); // builds the folded aliases of the lexicon
  const keyLoadMs = performance.now() - t0;
  const keyLoadCpuMs = (cpuSeconds() - c0) * 1000;
  const { uposId } = await import('../src/doc/labels.js');
  const { readLemmaSentences } = await import('../src/morph/morph-corpora.js');

  const dir = join(REPO_ROOT, 'models', 'morph');
  const sizeBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

  const dev: Item[] = [
    ...readLemmaSentences(readShared('ud-persian-perdt', 'fa_perdt-ud-dev.conllu')),
    ...readLemmaSentences(readShared('ud-persian-seraji', 'fa_seraji-ud-dev.conllu')),
  ].flatMap((s) => s.map((w) => ({ form: w.form, upos: w.upos, uposId: uposId(w.upos) })));
  // Raw PerDT train text as the pipeline sees it: words from segment(), UPOS from the tagger.
  const { segment } = await import('../src/segment/index.js');
  const { tagWords } = await import('../src/tag/index.js');
  const tagged: Item[] = [];
  for (const line of readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt').split('\n').slice(0, 5000)) {
    const forms = segment(line).words.map((w) => line.slice(w.start, w.end));
    const upos = tagWords(forms).upos;
    forms.forEach((form, i) => tagged.push({ form, upos: upos[i]!, uposId: uposId(upos[i]!) }));
  }
  const raw: Item[] = tagged.map((it) => ({ form: it.form, upos: '', uposId: 0 }));

  const rows = [
    measure('lemmatizeWord, dev words, gold UPOS', dev, (it) => morph.lemmatizeWord(it.form, it.uposId, model)),
    measure('lemmatize(), dev words, gold UPOS', dev, (it) => morph.lemmatize(it.form, it.upos)),
    measure('lemmatizeWord, raw train words, tagger UPOS', tagged, (it) => morph.lemmatizeWord(it.form, it.uposId, model)),
    measure('lemmatizeWord, raw train words, untagged', raw, (it) => morph.lemmatizeWord(it.form, 0, model)),
    measure('searchKeyWith, dev words, gold UPOS', dev, (it) => keys.searchKeyWith(it.form, it.uposId, model)),
    measure('searchKey(), raw train words, untagged', raw, (it) => keys.searchKey(it.form)),
  ];

  // The whole text path (normalize + segment + tag + lemma + keys) on raw lines, for scale.
  const lines = readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt').split('\n').slice(0, 2000);
  let words = 0;
  for (const l of lines) words += keys.searchKeysOfText(l).length;
  const textRates: number[] = [];
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    for (const l of lines) keys.searchKeysOfText(l);
    textRates.push(words / ((performance.now() - s) / 1000));
  }

  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(
    `morph model: ${(sizeBytes / 1024).toFixed(0)} KiB on disk (models/morph/); import ${importMs.toFixed(0)} ms; ` +
      `load ${loadMs.toFixed(0)} ms wall / ${loadCpuMs.toFixed(0)} ms CPU; search-key folded aliases ${keyLoadMs.toFixed(0)} ms wall / ${keyLoadCpuMs.toFixed(0)} ms CPU`,
  );
  console.log('target: lemmatize >= 1M tokens/s alone\n');
  const header = ['what', 'tokens', 'tokens/s wall (median)', 'wall range', 'tokens per CPU second (median)'];
  console.log([header, ...rows].map((r) => r.map((x, i) => x.padEnd(i === 0 ? 44 : 24)).join('')).join('\n'));
  console.log(`${'searchKeysOfText, 2000 raw lines (full pipeline)'.padEnd(44)}${String(words).padEnd(24)}${`${(median(textRates) / 1000).toFixed(0)}k keys/s wall`}`);
}

await main();
