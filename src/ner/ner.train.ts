/**
 * Trains the NER model (`npx tsx src/ner/ner.train.ts`, `npm run train -- ner`): an averaged structured
 * perceptron over BIO tags with Viterbi decoding, on PEYMA train, ARMAN fold-1 train without its dev cut
 * (every 10th sentence) and ParsTwiNER train. Writes models/ner/{model.json,features.txt,weights.bin,
 * gazetteer.tsv,MODEL_CARD.md}. Deterministic: sorted inputs, fixed seeds. Env: NER_EPOCHS, NER_RUNS, NER_SEED, NER_MIN_COUNT,
 * NER_PRUNE, NER_CORPORA (comma list), NER_TRAIN_NAMES (0: no training-corpus names in the gazetteer), NER_CLASSES_CACHE.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDev } from '../../scripts/dev-split.js';
import { readShared, REPO_ROOT } from '../../scripts/shared-data.js';
import { ENTITY_LABELS } from '../doc/labels.js';
import { BIO_TAGS, TAG_COUNT, tagIndex, tagMask } from './bio-tags.js';
import { CORPUS_LABELS, readCorpus } from './corpus-tags.js';
import { decodeViterbi } from './decode-viterbi.js';
import { extractFeatures, viewSentence } from './extract-features.js';
import { buildGazetteer, NER_FORMAT_VERSION, NER_STYLE_IDS, parseClasses, parseNerModel, weightsLayout, type NerModel, type NerModelMeta } from './ner-model.js';
import { normalizeToken } from './normalize-token.js';
import type { BioSentence } from './read-bio.js';
import { findRuleSpans } from './rules/index.js';
import { entityKeys, scoreOf } from './score-entities.js';
import { loadDevSplits, scoreCorpus, type CorpusSplit } from './ner.eval.js';
import { wordKey } from './word-key.js';
import { tagWords } from '../tag/index.js';
import { normalize } from '../normalize/index.js';
import { clusterWords } from './cluster-words.js';
import { writeModelCard } from './write-model-card.js';
import { seededRandom } from '../seeded-random.js';

const T = TAG_COUNT;
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
// UPOS features gave +0.7 F1 on PEYMA dev (78.4 vs 77.7) but tie the model to one tagger version; off by default.
const UPOS = (process.env.NER_UPOS ?? '0') === '1';
const CLASSES = Number(process.env.NER_CLASSES ?? 256);
const DOMAINS = (process.env.NER_DOMAINS ?? '1') === '1';
const PRUNE = Number(process.env.NER_PRUNE ?? 0);
const RUNS = Number(process.env.NER_RUNS ?? 5);
const SEED = Number(process.env.NER_SEED ?? 20260501);
const CORPORA_USED = (process.env.NER_CORPORA ?? 'peyma,arman,parstwiner').split(',');
const OUT_DIR = join(REPO_ROOT, 'models', 'ner');


// normalize() per token is the slow part of preparing 600k tokens; most tokens repeat.
const normalizedCache = new Map<string, string>();
function normalizeCached(token: string): string {
  let out = normalizedCache.get(token);
  if (out === undefined) {
    out = normalizeToken(token);
    normalizedCache.set(token, out);
  }
  return out;
}

function normalizeSentences(sentences: BioSentence[]): BioSentence[] {
  return sentences.map((s) => ({ tokens: s.tokens.map(normalizeCached), tags: s.tags }));
}

/** Train splits of the three corpora; their dev parts are in ner.eval.ts. */
function loadTrainSplits(): CorpusSplit[] {
  const arman = readCorpus('arman', readShared('ner-arman', 'train_fold1.txt'));
  const all: CorpusSplit[] = [
    { corpus: 'peyma', file: 'ner-peyma/train.txt', sentences: readCorpus('peyma', readShared('ner-peyma', 'train.txt')) },
    { corpus: 'arman', file: 'ner-arman/train_fold1.txt (not dev)', sentences: arman.filter((_, i) => !isDev(i)) },
    { corpus: 'parstwiner', file: 'ner-parstwiner/train.txt', sentences: readCorpus('parstwiner', readShared('ner-parstwiner', 'train.txt')) },
  ];
  return all.filter((s) => CORPORA_USED.includes(s.corpus));
}

/** Gazetteer lines from the shared lists: countries, Iranian provinces and cities, first names. */
function buildSharedGazetteer(): string {
  const lines = new Set<string>();
  for (const row of readShared('gazetteer-countries-fa', 'world.csv').split('\n').slice(1)) {
    const name = row.slice(row.indexOf(',', row.indexOf(',', row.indexOf(',') + 1) + 1) + 1).replace(/^"|"$/g, '').trim();
    if (name) lines.add(`CTRY\t${name}`).add(`LOC\t${name}`);
  }
  const provinces = JSON.parse(readShared('gazetteer-iran-provinces-cities', 'province_city.json')) as Array<{
    'province-fa': string;
    cities: Array<{ 'city-fa': string }>;
  }>;
  for (const p of provinces) {
    lines.add(`PROV\t${p['province-fa'].trim()}`).add(`LOC\t${p['province-fa'].trim()}`);
    for (const c of p.cities) if (c['city-fa'].trim()) lines.add(`CITY\t${c['city-fa'].trim()}`).add(`LOC\t${c['city-fa'].trim()}`);
  }
  for (const file of ['male_fa.txt', 'female_fa.txt']) {
    for (const name of readShared('gazetteer-person-names-fa', file).split('\n')) if (name.trim()) lines.add(`PERF\t${name.trim()}`);
  }
  return [...lines].sort().join('\n') + '\n';
}

// The tagger runs twice over each sentence (feature counting, then ids); tag once.
const tagCache = new Map<string, string[]>();
function tagCached(forms: string[]): string[] {
  const key = forms.join('\u0001');
  let upos = tagCache.get(key);
  if (upos === undefined) {
    upos = tagWords(forms).upos;
    tagCache.set(key, upos);
  }
  return upos;
}

const RAW_TOKEN = /[«»"“”()\[\]،؛:؟?!.,]|[^\s«»"“”()\[\]،؛:؟?!.,]+/g;

/**
 * Word keys of unlabelled sentences for the word classes: PerDT and Seraji raw train text (their
 * internal dev lines, every 10th, left out) and the NER training sentences.
 */
function unlabelledSentences(nerTrain: string[][]): string[][] {
  const out: string[][] = [];
  for (const [folder, file] of [['ud-persian-perdt', 'fa_perdt-train.raw.txt'], ['ud-persian-seraji', 'fa_seraji-train.raw.txt']] as const) {
    readShared(folder, file).split('\n').forEach((line, i) => {
      if (isDev(i) || line.trim() === '') return;
      out.push((normalize(line).text.match(RAW_TOKEN) ?? []).map(wordKey));
    });
  }
  for (const s of nerTrain) out.push(s.map(wordKey));
  return out;
}


const TRAIN_NAMES = (process.env.NER_TRAIN_NAMES ?? '1') === '1';
const NAME_FOLDS = 10;
const NAME_KIND: Partial<Record<string, string>> = { PER: 'TPER', LOC: 'TLOC', ORG: 'TORG', FAC: 'TFAC', EVENT: 'TEVT', PRODUCT: 'TPRO' };

interface TrainName {
  readonly kind: string;
  readonly phrase: string;
  /** The folds (sentence index mod NAME_FOLDS, in training order) it is annotated in. */
  readonly folds: Set<number>;
}

/** Every annotated PER/LOC/ORG/FAC/EVENT/PRODUCT phrase of the training sentences, with its folds. */
function collectTrainNames(splits: ReadonlyArray<{ sentences: BioSentence[] }>): TrainName[] {
  const byKey = new Map<string, TrainName>();
  let index = 0;
  for (const split of splits) {
    for (const s of split.sentences) {
      const fold = index++ % NAME_FOLDS;
      for (const key of entityKeys(s.tags)) {
        const [a, b, type] = key.split(':');
        const kind = NAME_KIND[type!];
        if (kind === undefined) continue;
        const phrase = s.tokens.slice(Number(a), Number(b)).join(' ').replace(/\s+/g, ' ').trim();
        if (phrase === '') continue;
        const id = `${kind}\t${phrase}`;
        const hit = byKey.get(id);
        if (hit) hit.folds.add(fold);
        else byKey.set(id, { kind, phrase, folds: new Set([fold]) });
      }
    }
  }
  return [...byKey.values()].sort((x, y) => (x.kind + '\t' + x.phrase < y.kind + '\t' + y.phrase ? -1 : 1));
}

function namesTsv(names: readonly TrainName[]): string {
  return names.map((x) => `${x.kind}\t${x.phrase}\n`).join('');
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function main(): void {
  const started = Date.now();
  const train = loadTrainSplits();
  const dev = loadDevSplits();
  const gazetteerTsv = buildSharedGazetteer();
  const gazetteer = buildGazetteer(gazetteerTsv);
  console.log(`gazetteer: ${gazetteer.size} entries, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const normalizedTrain = train.map((split) => ({ ...split, sentences: normalizeSentences(split.sentences) }));
  let classes: Map<string, number> | undefined;
  let classesTsv: string | undefined;
  const cache = process.env.NER_CLASSES_CACHE;
  if (CLASSES > 0 && cache && existsSync(cache)) {
    classesTsv = readFileSync(cache, 'utf8');
    classes = parseClasses(classesTsv);
  } else if (CLASSES > 0) {
    const text = unlabelledSentences(normalizedTrain.flatMap((s) => s.sentences.map((x) => x.tokens)));
    classes = clusterWords(text, { classes: CLASSES, iterations: 8, minCount: 3 });
    classesTsv = [...classes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, c]) => `${w}\t${c}`).join('\n') + '\n';
    if (cache) writeFileSync(cache, classesTsv);
    console.log(`classes: ${classes.size} words in ${CLASSES} classes from ${text.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  // Training-corpus names as gazetteer entries. A sentence sees only the names of the other folds
  // (jackknife), so the feature is as reliable in training as on unseen text.
  const trainNames = TRAIN_NAMES ? collectTrainNames(normalizedTrain) : [];
  const foldGazetteers = trainNames.length === 0 ? [] : Array.from({ length: NAME_FOLDS }, (_, k) =>
    buildGazetteer(gazetteerTsv + trainNames.filter((x) => [...x.folds].some((f) => f !== k)).map((x) => `${x.kind}\t${x.phrase}\n`).join('')));
  const fullNamesTsv = trainNames.length === 0 ? '' : namesTsv(trainNames);
  const sentences: Array<{ forms: string[]; gold: Uint8Array; mask: Uint8Array; style: number; fold: number }> = [];
  for (const split of normalizedTrain) {
    const mask = tagMask(CORPUS_LABELS[split.corpus]);
    for (const s of split.sentences) {
      sentences.push({ forms: s.tokens, gold: Uint8Array.from(s.tags.map(tagIndex)), mask, style: DOMAINS ? NER_STYLE_IDS.indexOf(split.corpus) : 0, fold: sentences.length % NAME_FOLDS });
    }
    console.log(`${split.file}: ${split.sentences.length} sentences`);
  }

  // Pass 1: feature counts; pass 2: ids of the features seen at least MIN_COUNT times. A feature is
  // its hash and a style (0 shared, else the corpus's), as hash × 4 + style.
  const featuresOf = (forms: string[], style: number, fold: number): number[][] => {
    const keys = forms.map(wordKey);
    const view = viewSentence(forms, keys, foldGazetteers[fold] ?? gazetteer, findRuleSpans(keys), UPOS ? tagCached(forms) : undefined, classes);
    return forms.map((_, i) => {
      const hashes: number[] = [];
      extractFeatures(view, i, hashes);
      if (style === 0) return hashes.map((h) => h * 4);
      return hashes.flatMap((h) => [h * 4, h * 4 + style]);
    });
  };
  const counts = new Map<number, number>();
  for (const s of sentences) for (const fs of featuresOf(s.forms, s.style, s.fold)) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const featureIds = new Map<number, number>();
  const names: number[] = [];
  for (const [f, c] of counts) {
    if (c >= MIN_COUNT) {
      featureIds.set(f, names.length);
      names.push(f);
    }
  }
  counts.clear();
  const F = names.length;
  const tokenFeatStart: number[] = [0];
  const featIdList: number[] = [];
  const sentStart: number[] = [];
  for (const s of sentences) {
    sentStart.push(tokenFeatStart.length - 1);
    for (const fs of featuresOf(s.forms, s.style, s.fold)) {
      for (const f of fs) {
        const id = featureIds.get(f);
        if (id !== undefined) featIdList.push(id);
      }
      tokenFeatStart.push(featIdList.length);
    }
  }
  const featStart = Int32Array.from(tokenFeatStart);
  const featIds = Int32Array.from(featIdList);
  console.log(`features: ${F} (count >= ${MIN_COUNT}), ${featIds.length} feature occurrences, ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // RUNS perceptrons over different shuffles, their averaged weights averaged again: less dependence
  // on one training order (a retrain moved F1 by about a point).
  const avg = new Float32Array(F * T);
  const avgTransitions = new Float64Array((T + 1) * T);
  for (let run = 0; run < RUNS; run++) {
    const W = new Float32Array(F * T);
    const U = new Float64Array(F * T);
    const TR = new Float64Array((T + 1) * T);
    const TRU = new Float64Array((T + 1) * T);
    const random = seededRandom(SEED + run);
    const order = sentences.map((_, i) => i);
    let c = 1;
    let emissions = new Float64Array(256 * T);
    let pred = new Uint8Array(256);
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let errors = 0;
      let tokens = 0;
      for (const si of order) {
        const s = sentences[si]!;
        const n = s.gold.length;
        const base = sentStart[si]!;
        if (emissions.length < n * T) {
          emissions = new Float64Array(n * T * 2);
          pred = new Uint8Array(n * 2);
        }
        emissions.fill(0, 0, n * T);
        for (let i = 0; i < n; i++) {
          const row = i * T;
          for (let k = featStart[base + i]!, end = featStart[base + i + 1]!; k < end; k++) {
            const w = featIds[k]! * T;
            for (let t = 0; t < T; t++) emissions[row + t]! += W[w + t]!;
          }
        }
        decodeViterbi(emissions, n, TR, s.mask, pred);
        tokens += n;
        let wrong = false;
        for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) wrong = true;
        if (wrong) {
          for (let i = 0; i < n; i++) {
            const g = s.gold[i]!;
            const p = pred[i]!;
            if (g !== p) {
              errors++;
              for (let k = featStart[base + i]!, end = featStart[base + i + 1]!; k < end; k++) {
                const w = featIds[k]! * T;
                W[w + g]! += 1;
                U[w + g]! += c;
                W[w + p]! -= 1;
                U[w + p]! -= c;
              }
            }
            const gk = (i === 0 ? 0 : s.gold[i - 1]! + 1) * T + g;
            const pk = (i === 0 ? 0 : pred[i - 1]! + 1) * T + p;
            if (gk !== pk) {
              TR[gk]! += 1;
              TRU[gk]! += c;
              TR[pk]! -= 1;
              TRU[pk]! -= c;
            }
          }
        }
        c++;
      }
      console.log(`epoch ${epoch}: ${errors} token errors / ${tokens} tokens, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    for (let k = 0; k < F * T; k++) avg[k]! += (W[k]! - U[k]! / c) / RUNS;
    for (let k = 0; k < TR.length; k++) avgTransitions[k]! += (TR[k]! - TRU[k]! / c) / RUNS;
  }

  // Prune, quantize to int16.
  let maxAbs = 0;
  for (let k = 0; k < F * T; k++) if (Math.abs(avg[k]!) > maxAbs) maxAbs = Math.abs(avg[k]!);
  const scale = maxAbs / 32767;
  const keptNames: number[] = [];
  const rowCounts: number[] = [];
  const entryTags: number[] = [];
  const entryWeights: number[] = [];
  // Written sorted by hash, then style, so loading merges a style's rows in one pass.
  const order2 = names.map((_, f) => f).sort((a, b) => names[a]! - names[b]!);
  for (const f of order2) {
    let n = 0;
    for (let t = 0; t < T; t++) {
      const v = avg[f * T + t]!;
      const q = Math.round(v / scale);
      if (q === 0 || Math.abs(v) < PRUNE) continue;
      entryTags.push(t);
      entryWeights.push(q);
      n++;
    }
    if (n > 0) {
      keptNames.push(names[f]!);
      rowCounts.push(n);
    }
  }
  const layout = weightsLayout(keptNames.length, entryTags.length);
  const bytes = new Uint8Array(layout.total);
  new Uint32Array(bytes.buffer, 0, keptNames.length).set(keptNames.map((k) => Math.floor(k / 4)));
  bytes.set(rowCounts, layout.counts);
  bytes.set(keptNames.map((k) => k % 4), layout.styles);
  bytes.set(entryTags, layout.tags);
  new Int16Array(bytes.buffer, layout.weights, entryWeights.length).set(entryWeights);
  const trans = new Float32Array(bytes.buffer, layout.transitions, (T + 1) * T);
  trans.set(avgTransitions);
  console.log(`kept ${keptNames.length} features, ${entryTags.length} weights`);

  const metaBase: NerModelMeta = {
    name: 'ner',
    version: '1.0.0',
    formatVersion: NER_FORMAT_VERSION,
    tags: BIO_TAGS,
    featureCount: keptNames.length,
    entryCount: entryTags.length,
    weightScale: scale,
    sources: [
      { name: 'PEYMA (ner-peyma/train.txt)', license: 'no licence; distributed free for research purposes (Shahshahani et al. 2018)', use: 'training; sentences not shipped, annotated names in gazetteer.tsv' },
      { name: 'ArmanPersoNERCorpus fold-1 train (ner-arman/train_fold1.txt, 9 of 10 sentences)', license: 'academic research use only (Poostchi et al. 2016, 2018)', use: 'training; sentences not shipped, annotated names in gazetteer.tsv' },
      { name: 'ParsTwiNER (ner-parstwiner/train.txt)', license: 'MIT (overfit.ir)', use: 'training; annotated names in gazetteer.tsv' },
      { name: 'gazetteer-countries-fa (stefangabos/world_countries)', license: 'CC BY-SA 4.0', use: 'gazetteer.tsv' },
      { name: 'gazetteer-iran-provinces-cities (amyrmahdy/provinces_cities_iran)', license: 'MIT', use: 'gazetteer.tsv' },
      { name: 'gazetteer-person-names-fa (armanyazdi/persian-names)', license: 'MIT', use: 'gazetteer.tsv' },
      { name: 'curated lists in src/ner/gazetteers/', license: 'MIT (Dabir)', use: 'gazetteer' },
      { name: 'UD Persian PerDT raw train text (9 of 10 lines)', license: 'CC BY-SA 4.0', use: 'word classes in clusters.tsv (derived, CC BY-SA 4.0 with attribution)' },
      { name: 'UD Persian Seraji raw train text (9 of 10 lines)', license: 'CC BY-SA 4.0', use: 'word classes in clusters.tsv (derived, CC BY-SA 4.0 with attribution)' },
    ],
    dev: {},
    training: { classes: CLASSES, upos: UPOS, domains: DOMAINS, epochs: EPOCHS, runs: RUNS, trainNames: trainNames.length, nameFolds: NAME_FOLDS, minCount: MIN_COUNT, prune: PRUNE, seed: SEED, sentences: sentences.length },
    sha256: {},
  };
  const modelGazetteerTsv = gazetteerTsv + fullNamesTsv;
  const model: NerModel = parseNerModel(metaBase, bytes, modelGazetteerTsv, classesTsv);
  const devScores: Record<string, unknown> = {};
  for (const split of dev) {
    const restricted = scoreOf(scoreCorpus(model, split, true).get('ALL') ?? { tp: 0, fp: 0, fn: 0 });
    devScores[split.corpus] = {
      file: split.file,
      sentences: split.sentences.length,
      precision: +(restricted.precision * 100).toFixed(2),
      recall: +(restricted.recall * 100).toFixed(2),
      f1: +(restricted.f1 * 100).toFixed(2),
    };
    console.log(`dev ${split.corpus}: P ${(restricted.precision * 100).toFixed(2)} R ${(restricted.recall * 100).toFixed(2)} F1 ${(restricted.f1 * 100).toFixed(2)}`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(join(OUT_DIR, 'features.txt'), { force: true });
  writeFileSync(join(OUT_DIR, 'weights.bin'), bytes);
  writeFileSync(join(OUT_DIR, 'gazetteer.tsv'), modelGazetteerTsv);
  if (classesTsv !== undefined) writeFileSync(join(OUT_DIR, 'clusters.tsv'), classesTsv);
  const meta: NerModelMeta = {
    ...metaBase,
    dev: devScores,
    sha256: {
      'weights.bin': sha256(bytes),
      'gazetteer.tsv': sha256(modelGazetteerTsv),
      ...(classesTsv === undefined ? {} : { 'clusters.tsv': sha256(classesTsv) }),
    },
  };
  writeFileSync(join(OUT_DIR, 'model.json'), JSON.stringify(meta, null, 1) + '\n');
  writeFileSync(join(OUT_DIR, 'MODEL_CARD.md'), writeModelCard(meta, ENTITY_LABELS));
  console.log(`wrote ${OUT_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
