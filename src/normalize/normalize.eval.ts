/**
 * `npm run eval -- normalize`: ZWNJ restoration on internal dev text (UD dev `# text` lines with
 * isDev per file, and the raw train lines with isDev, never trained on), from two degraded inputs:
 * every ZWNJ deleted, every ZWNJ replaced by a space. Runs the full normalize() and, for comparison,
 * Virastar and persian-tools on the same inputs.
 *
 * Scoring aligns output and gold on their letter sequences (so folding and spacing around punctuation
 * cancel out) and compares the boundary between each pair of letters: none, space or ZWNJ. A ZWNJ after
 * a non-joining letter is invisible and counts as none (see score-zwnj.ts). Flags: `--all-ud-dev`
 * also scores every UD dev sentence (the zwnj model never reads UD dev), `--no-peers`, `--errors N`.
 */
import { createRequire } from 'node:module';
import { isDev } from '../../scripts/dev-split.js';
import { readShared } from '../../scripts/shared-data.js';
import { normalize } from './index.js';
import { loadZwnjModel, restoreZwnj } from './zwnj/index.js';
import { ZwnjScore, degrade } from './zwnj/score-zwnj.js';
import { goldOracles, unseenShare } from './zwnj/zwnj-ceiling.js';

interface DevSet {
  readonly name: string;
  readonly lines: readonly string[];
}

function conlluTexts(dir: string, file: string, onlyDev: boolean): string[] {
  const out: string[] = [];
  let index = 0;
  for (const line of readShared(dir, file).split('\n')) {
    if (!line.startsWith('# text = ')) continue;
    if (!onlyDev || isDev(index)) out.push(line.slice('# text = '.length).replace(/\r$/, ''));
    index++;
  }
  return out;
}

function rawLines(dir: string, file: string, dev: boolean): string[] {
  const lines = readShared(dir, file).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.filter((_, i) => isDev(i) === dev).map((l) => l.replace(/\r$/, ''));
}

const RAW_TRAIN = [
  ['ud-persian-perdt', 'fa_perdt-train.raw.txt'],
  ['ud-persian-seraji', 'fa_seraji-train.raw.txt'],
] as const;

/**
 * What the dev gold itself allows: the context-free oracles of zwnj-ceiling.ts fitted on the dev gold
 * (the most any word-by-word or pair-by-pair decision can reach on it) and fitted on the train text
 * (a lookup of what the model was trained on, without the back-off), scored like the systems.
 */
function printCeiling(devLines: readonly string[]): void {
  const trainLines = RAW_TRAIN.flatMap(([dir, file]) => rawLines(dir, file, false));
  console.log('REFERENCE (not systems): context-free oracles, scored on the same combined isDev sets');
  for (const [name, oracle] of [
    ['oracle fitted on dev gold', goldOracles(devLines)],
    ['lookup fitted on train', goldOracles(trainLines)],
  ] as const) {
    const deleted = new ZwnjScore();
    const spaced = new ZwnjScore();
    for (const gold of devLines) {
      deleted.add(gold, oracle.deleted(gold), false);
      spaced.add(gold, oracle.spaced(gold), false);
    }
    console.log(row(name, 'COMBINED (isDev sets)', 'deleted', deleted));
    console.log(row(name, 'COMBINED (isDev sets)', 'spaced', spaced));
  }
  const unseen = unseenShare(devLines, trainLines);
  console.log(
    `  dev words with a ZWNJ whose ZWNJ-free form never occurs in the train text: ${unseen.unseen} of ${unseen.total} ` +
      `(${pct(unseen.unseen / unseen.total).trim()})`,
  );
}

type System = (text: string) => string;

function loadPeers(): { name: string; run: System }[] {
  const require = createRequire(import.meta.url);
  const peers: { name: string; run: System }[] = [];
  try {
    const Virastar = require('virastar') as new () => { cleanup(text: string): string };
    const v = new Virastar();
    peers.push({ name: 'virastar cleanup', run: (t) => v.cleanup(t) });
  } catch (e) {
    console.log(`virastar not available: ${String(e)}`);
  }
  try {
    const pt = require('@persian-tools/persian-tools') as { halfSpace(text: string): string };
    peers.push({ name: 'persian-tools halfSpace', run: (t) => pt.halfSpace(t) });
  } catch (e) {
    console.log(`persian-tools not available: ${String(e)}`);
  }
  return peers;
}

interface Result {
  readonly deleted: ZwnjScore;
  readonly spaced: ZwnjScore;
}

function evaluate(system: System, lines: readonly string[]): Result {
  const deleted = new ZwnjScore();
  const spaced = new ZwnjScore();
  for (const gold of lines) {
    const inputs = degrade(gold);
    deleted.add(gold, system(inputs.deleted));
    spaced.add(gold, system(inputs.spaced));
  }
  return { deleted, spaced };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`.padStart(8);
}

function row(system: string, set: string, input: string, s: ZwnjScore): string {
  return [
    system.padEnd(24),
    set.padEnd(22),
    input.padEnd(8),
    String(s.zwnjWords).padStart(6),
    pct(s.recall),
    String(s.plainWords).padStart(7),
    pct(s.damage),
    (s.boundaryMacroF1 * 100).toFixed(2).padStart(7),
    String(s.misaligned).padStart(5),
  ].join(' ');
}

/** Load time of the zwnj model (first call, cold) and restoreZwnj throughput on ~5 MB of stripped train text. */
function measureSpeed(): void {
  const t0 = performance.now();
  loadZwnjModel();
  const loadMs = performance.now() - t0;
  let text = '';
  for (const [dir, file] of RAW_TRAIN) {
    text += readShared(dir, file);
  }
  text = text.split('\u200C').join('');
  restoreZwnj(text.slice(0, 200_000)); // warm up
  // Wall time and this process's CPU time: on a shared, loaded machine the CPU figure is the steadier one.
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < 7; round++) {
    const c = cpuMs();
    const t = performance.now();
    restoreZwnj(text);
    walls.push(performance.now() - t);
    cpus.push(cpuMs() - c);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const rate = (ms: number): string => `${(text.length / ms / 1000).toFixed(2)}M`;
  console.log(
    `zwnj model load ${loadMs.toFixed(0)} ms (cold, first use); restoreZwnj on ${(text.length / 1e6).toFixed(2)}M chars ` +
      `(${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) of ZWNJ-stripped train text, 7 rounds: wall median ${walls[3]!.toFixed(0)} ms ` +
      `= ${rate(walls[3]!)} chars/s (best ${rate(walls[0]!)}); CPU median ${cpus[3]!.toFixed(0)} ms = ${rate(cpus[3]!)} chars/CPU-s ` +
      `(best ${rate(cpus[0]!)}); target >= 8M chars/s`,
  );
  // The spaced input («می شود», «کتاب ها») takes the join path, which the stripped text rarely does.
  const spacedText = RAW_TRAIN.map(([dir, file]) => readShared(dir, file))
    .join('')
    .split('\u200C')
    .join(' ');
  restoreZwnj(spacedText.slice(0, 200_000));
  const spacedCpus: number[] = [];
  for (let round = 0; round < 5; round++) {
    const c = cpuMs();
    restoreZwnj(spacedText);
    spacedCpus.push(cpuMs() - c);
  }
  spacedCpus.sort((a, b) => a - b);
  console.log(
    `restoreZwnj on the same text with every ZWNJ replaced by a space, 5 rounds: CPU median ` +
      `${(spacedText.length / spacedCpus[2]! / 1000).toFixed(2)}M chars/CPU-s (best ${(spacedText.length / spacedCpus[0]! / 1000).toFixed(2)}M)`,
  );
  const t1 = performance.now();
  const normalized = normalize(text).text.length;
  const normMs = performance.now() - t1;
  console.log(`full normalize() on the same text: ${normMs.toFixed(0)} ms wall = ${rate(normMs)} chars/s (one round; output ${normalized} chars)`);
}

function main(): void {
  const args = process.argv.slice(2);
  if (!args.includes('--no-speed')) measureSpeed();
  const errorsAt = args.indexOf('--errors');
  const topN = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 30;
  const sets: DevSet[] = [
    { name: 'PerDT UD dev (isDev)', lines: conlluTexts('ud-persian-perdt', 'fa_perdt-ud-dev.conllu', true) },
    { name: 'Seraji UD dev (isDev)', lines: conlluTexts('ud-persian-seraji', 'fa_seraji-ud-dev.conllu', true) },
    { name: 'PerDT raw train dev', lines: rawLines('ud-persian-perdt', 'fa_perdt-train.raw.txt', true) },
    { name: 'Seraji raw train dev', lines: rawLines('ud-persian-seraji', 'fa_seraji-train.raw.txt', true) },
  ];
  if (args.includes('--all-ud-dev')) {
    sets.push(
      { name: 'PerDT UD dev (all)', lines: conlluTexts('ud-persian-perdt', 'fa_perdt-ud-dev.conllu', false) },
      { name: 'Seraji UD dev (all)', lines: conlluTexts('ud-persian-seraji', 'fa_seraji-ud-dev.conllu', false) },
    );
  }
  // While normalize() is still the scaffold stub it does not call the ZWNJ pass; chain it then.
  const probe = '\u0645\u06CC\u062F\u0647\u062F'; // میدهد
  const callsZwnj = normalize(probe).text !== probe;
  if (!callsZwnj) console.log('note: normalize() does not restore ZWNJ yet (stub); scoring restoreZwnj(normalize(text))');
  const dabir: System = callsZwnj ? (t) => normalize(t).text : (t) => restoreZwnj(normalize(t).text).text;
  const systems: { name: string; run: System }[] = [{ name: 'dabir normalize', run: dabir }];
  if (!args.includes('--no-peers')) systems.push(...loadPeers());

  console.log('ZWNJ restoration (recall: gold words with ZWNJ exactly right; damage: gold words without ZWNJ changed;');
  console.log('F1: boundary macro-F1 over {space, ZWNJ}; mis: sentences whose letters do not align)');
  console.log(
    ['system'.padEnd(24), 'dev set'.padEnd(22), 'input'.padEnd(8), 'zwnjW'.padStart(6), 'recall'.padStart(8),
      'plainW'.padStart(7), 'damage'.padStart(8), 'F1'.padStart(7), 'mis'.padStart(5)].join(' '),
  );
  for (const system of systems) {
    const combinedDeleted = new ZwnjScore();
    const combinedSpaced = new ZwnjScore();
    const t0 = performance.now();
    for (const set of sets) {
      const r = evaluate(system.run, set.lines);
      console.log(row(system.name, `${set.name} (${set.lines.length})`, 'deleted', r.deleted));
      console.log(row(system.name, `${set.name} (${set.lines.length})`, 'spaced', r.spaced));
      if (!set.name.endsWith('(all)')) {
        combinedDeleted.merge(r.deleted);
        combinedSpaced.merge(r.spaced);
      }
    }
    console.log(row(system.name, 'COMBINED (isDev sets)', 'deleted', combinedDeleted));
    console.log(row(system.name, 'COMBINED (isDev sets)', 'spaced', combinedSpaced));
    console.log(`  (${system.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    if (system === systems[0]) {
      // A labelled secondary figure; the metrics are the rows above and stay as defined.
      console.log(
        '  SECONDARY (not the issue metric): words whose only disagreement with the gold is a ZWNJ the Academy rules require\n' +
          '  where the gold glues a plural/comparative suffix or می/نمی («سالها» → «سال‌ها», «بزرگترین» → «بزرگ‌ترین») counted as right:',
      );
      for (const [kind, s] of [['deleted', combinedDeleted], ['spaced', combinedSpaced]] as const) {
        console.log(
          `    COMBINED ${kind.padEnd(7)} recall ${pct(s.academyRecall)} (${s.zwnjAcademy} words)  damage ${pct(s.academyDamage)} (${s.plainAcademy} words)`,
        );
      }
      for (const [kind, s] of [['deleted', combinedDeleted], ['spaced', combinedSpaced]] as const) {
        for (const which of ['missed', 'damaged'] as const) {
          console.log(`  top ${topN} ${which} words, ${kind} input (gold → output, combined isDev sets):`);
          for (const [e, n] of s.topErrors(topN, which)) console.log(`    ${String(n).padStart(4)}  ${e}`);
        }
      }
    }
  }
  printCeiling(sets.filter((set) => !set.name.endsWith('(all)')).flatMap((set) => set.lines));
  console.log('targets: deleted recall >= 97% with damage <= 0.3%; spaced recall >= 99% with damage <= 0.3%; F1 >= 97');
}

main();
