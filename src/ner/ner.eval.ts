/**
 * NER dev scores (`npm run eval -- ner`): entity-level precision, recall and F1 (exact span and type),
 * per type and overall, on PEYMA dev.txt, the ARMAN dev cut (every 10th sentence of fold-1 train) and
 * ParsTwiNER dev.txt, on each corpus's own tokens through the `dabir ner --input conll` path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDev } from '../../scripts/dev-split.js';
import { readShared, REPO_ROOT } from '../../scripts/shared-data.js';
import { analyze } from '../analyze.js';
import { CORPUS_LABELS, readCorpus, type CorpusName } from './corpus-tags.js';
import type { NerModel } from './ner-model.js';
import type { BioSentence } from './read-bio.js';
import { countEntities, scoreOf, type EntityCounts } from './score-entities.js';
import { tagConllSentence } from './tag-conll-sentence.js';

export interface CorpusSplit {
  readonly corpus: CorpusName;
  readonly file: string;
  readonly sentences: BioSentence[];
}

/** The fixed dev parts: PEYMA dev.txt, ARMAN fold-1 every 10th sentence, ParsTwiNER dev.txt. */
export function loadDevSplits(): CorpusSplit[] {
  const arman = readCorpus('arman', readShared('ner-arman', 'train_fold1.txt'));
  return [
    { corpus: 'peyma', file: 'ner-peyma/dev.txt', sentences: readCorpus('peyma', readShared('ner-peyma', 'dev.txt')) },
    { corpus: 'arman', file: 'ner-arman/train_fold1.txt (every 10th sentence)', sentences: arman.filter((_, i) => isDev(i)) },
    { corpus: 'parstwiner', file: 'ner-parstwiner/dev.txt', sentences: readCorpus('parstwiner', readShared('ner-parstwiner', 'dev.txt')) },
  ];
}

/**
 * Counts on one dev part. `restrict`: decode only over the corpus's labels (what its annotators could
 * mark); either way, predicted labels the corpus does not annotate are dropped before scoring.
 */
export function scoreCorpus(model: NerModel | undefined, split: CorpusSplit, restrict: boolean): Map<string, EntityCounts> {
  const counts = new Map<string, EntityCounts>();
  const allowed = CORPUS_LABELS[split.corpus];
  for (const s of split.sentences) {
    const predicted = tagConllSentence(s.tokens, { labels: restrict ? allowed : undefined, model, style: split.corpus });
    countEntities(s.tags, predicted.map((t) => (t === 'O' || (allowed as readonly string[]).includes(t.slice(2)) ? t : 'O')), counts);
  }
  return counts;
}

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function printTable(title: string, counts: Map<string, EntityCounts>): void {
  console.log(`\n${title}`);
  console.log('type       gold  pred      P      R     F1');
  const types = [...counts.keys()].filter((t) => t !== 'ALL').sort();
  for (const t of [...types, 'ALL']) {
    const s = scoreOf(counts.get(t)!);
    console.log(`${t.padEnd(8)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
}

function printSamples(): void {
  const dir = join(REPO_ROOT, 'samples');
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files.slice(0, 2)) {
    const doc = analyze(readFileSync(join(dir, f), 'utf8'), { until: 'link-mentions' });
    console.log(`\nsamples/${f}: ${doc.entities.length} entities, ${doc.mentionGroups.length} groups; first 25:`);
    for (const e of doc.entities.slice(0, 25)) {
      const g = doc.mentionGroups[e.group];
      console.log(`  ${e.label.padEnd(7)} ${doc.text.slice(e.start, e.end)}${e.value ? `  = ${e.value}` : ''}${g && g.mentions.length > 1 ? `  → «${g.canonical}»` : ''}`);
    }
  }
}

function main(): void {
  const started = Date.now();
  for (const split of loadDevSplits()) {
    const restricted = scoreCorpus(undefined, split, true);
    printTable(`${split.corpus}: ${split.file}, ${split.sentences.length} sentences (labels: ${CORPUS_LABELS[split.corpus].join(' ')})`, restricted);
    const open = scoreOf(scoreCorpus(undefined, split, false).get('ALL')!);
    console.log(`(decoding over all labels, then dropping labels ${split.corpus} lacks: F1 ${pct(open.f1)})`);
  }
  printSamples();
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
