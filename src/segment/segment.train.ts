/**
 * Builds models/segment/lexicon.json from ../shared/data: clitic hosts and adjectives (Hazm word
 * list), past stems (Hazm verbs), words that look like host+clitic but are single words (Hazm
 * lexemes, generated verb forms, Unilex frequencies), per-word overrides voted by the UD PerDT and
 * Seraji dev sentences outside the internal dev cut, and Hazm's abbreviations. Deterministic.
 * Run: npx tsx src/segment/segment.train.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, sentenceText } from '../formats/conllu/index.js';
import { isDev } from '../../scripts/dev-split.js';
import { REPO_ROOT, readShared, sharedPath } from '../../scripts/shared-data.js';
import { goldFromConllu, scoreTokens, scoreSentenceBreaks, addCounts, emptyCounts, f1, type PredictedWord } from './score-segmentation.js';
import { parseSegmentLexicon, SEGMENT_LEXICON_FORMAT, type SegmentLexiconFile } from './segment-lexicon.js';
import { findCliticSplits, proposeCliticSplit } from './words/index.js';
import { segment } from './index.js';

const OUT_DIR = join(REPO_ROOT, 'models', 'segment');
const ARABIC_WORD = /^[\u0621-\u064a\u0660-\u06ff\u200c]+$/u;
const UNILEX_RATIO = 0.5;
const MIN_HAZM_FREQUENCY = 100_000;

const UD_FILES = [
  { name: 'PerDT', path: ['ud-persian-perdt', 'fa_perdt-ud-dev.conllu'] },
  { name: 'Seraji', path: ['ud-persian-seraji', 'fa_seraji-ud-dev.conllu'] },
];

const sortedJoin = (items: Iterable<string>): string => [...new Set(items)].sort().join('\n');

// --- Hazm word list: lexemes (frequency > 0 or a POS), hosts, adjectives.
const lexemes = new Set<string>();
const hazmFrequency = new Map<string, number>();
const hosts = new Set<string>();
const adjectives = new Set<string>();
for (const line of readShared('lexicon-hazm', 'words.dat').split('\n')) {
  const [word, freq, pos] = line.split('\t');
  if (!word || freq === undefined || pos === undefined || !ARABIC_WORD.test(word)) continue;
  const tags = pos.split(',');
  if (Number(freq) > 0 || pos !== '0') lexemes.add(word);
  hazmFrequency.set(word, Number(freq));
  if (Number(freq) <= 0 || word.length < 2) continue;
  if (tags.some((t) => t === 'N' || t === 'AJ' || t === 'PRO' || t === 'P')) hosts.add(word);
  if (tags.includes('AJ')) adjectives.add(word);
}

// --- Verbs: past stems, and the common finite forms, which are never host+clitic («کنم», «رفت»).
const pastStems = new Set<string>();
const verbForms = new Set<string>();
const PREVERBS = ['', 'در', 'بر', 'باز', 'فرا', 'فرو', 'ور', 'وا'];
const PREFIXES = ['', 'ن', 'می‌', 'نمی‌', 'ب', 'بی', 'نی'];
for (const line of readShared('lexicon-hazm', 'verbs.dat').split('\n')) {
  const [past, present] = line.trim().split('#');
  if (past) pastStems.add(past);
  for (const pv of PREVERBS) {
    for (const pre of PREFIXES) {
      if (past) {
        for (const e of ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه']) verbForms.add(pv + pre + past + e);
      }
      if (present) {
        for (const e of ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند']) {
          verbForms.add(pv + pre + present + e);
          if (/[اآو]$/u.test(present)) verbForms.add(pv + pre + present + 'ی' + e);
        }
      }
    }
  }
}

// --- Unilex frequencies.
const unilex = new Map<string, number>();
for (const line of readShared('freq-unilex-fa', 'fa.txt').split('\n')) {
  const [form, count] = line.split('\t');
  if (form && count && /^\d+$/.test(count) && ARABIC_WORD.test(form)) unilex.set(form, Number(count));
}

// Hazm lists rare and odd forms as nouns («اکتیوی»); a host must also occur in running text (Unilex).
// Frequent Hazm words stay even when the smaller Unilex lacks them («بزم»).
for (const host of [...hosts]) {
  if (!unilex.has(host) && (hazmFrequency.get(host) ?? 0) < MIN_HAZM_FREQUENCY) hosts.delete(host);
}

// --- UD sentences outside the dev cut: hosts seen in multiword tokens, and votes per surface form.
const votes = new Map<string, Map<string, number>>();
const udTrain: { name: string; sentences: ReturnType<typeof readConllu> }[] = [];
for (const file of UD_FILES) {
  const all = readConllu(readShared(...file.path));
  const train = all.filter((_, i) => !isDev(i));
  udTrain.push({ name: file.name, sentences: train });
  for (const s of train) {
    const gold = goldFromConllu(s, sentenceText(s));
    for (const t of gold.tokens) {
      // Our surface tokens never include punctuation: drop punctuation words glued at the end («معذورم.»).
      const words = t.words.filter((w) => ARABIC_WORD.test(w.form));
      if (words.length === 0) continue;
      const surface = gold.text.slice(words[0]!.start, words[words.length - 1]!.end);
      if (!ARABIC_WORD.test(surface)) continue;
      const offsets = words.slice(0, -1).map((w) => w.end - words[0]!.start).join(',');
      if (words.length > 1) {
        const host = gold.text.slice(words[0]!.start, words[0]!.end).replace(/\u200c$/u, '');
        if (host.length > 1) hosts.add(host);
      }
      let v = votes.get(surface);
      if (!v) votes.set(surface, (v = new Map()));
      v.set(offsets, (v.get(offsets) ?? 0) + 1);
    }
  }
}

// --- Blocked words: proposed as host+clitic, but a lexeme, a verb form, or about as frequent as the host.
const noEvidence = (blocked: Set<string>, overrides = ''): SegmentLexiconFile => ({
  formatVersion: SEGMENT_LEXICON_FORMAT,
  hosts: sortedJoin(hosts),
  adjectives: sortedJoin(adjectives),
  pastStems: sortedJoin(pastStems),
  blocked: sortedJoin(blocked),
  overrides,
  abbreviations: '',
});
const bare = parseSegmentLexicon(noEvidence(new Set()));
const blocked = new Set<string>();
const candidates = [...new Set([...lexemes, ...verbForms, ...unilex.keys()])].sort();
for (const word of candidates) {
  const at = proposeCliticSplit(word, bare);
  if (at < 0 || word === 'مرا' || word === 'ترا' || word.startsWith('خود')) continue;
  const host = word.slice(0, at).replace(/\u200c$/u, '');
  // A copula form («معتقدند») is as frequent as its adjective without being a word of its own: no ratio test there.
  const suffix = word.slice(at);
  const copula = suffix === 'ند' || suffix === 'اند' || (suffix === 'یم' && !/[او]$/u.test(host));
  const ratioBlocked = !copula && (unilex.get(word) ?? 0) >= UNILEX_RATIO * (unilex.get(host) ?? 1);
  if (lexemes.has(word) || verbForms.has(word) || ratioBlocked) blocked.add(word);
}

// Pronoun + copula «ست» written solid, unambiguous in news text (UD PerDT splits «اینست» → «این»+«ست»);
// «کیست» (also "cyst") and «ماست» (also "yogurt") are left out on purpose.
const COPULA_FORMS: readonly [string, number][] = [['اینست', 3], ['آنست', 2], ['چیست', 2], ['کجاست', 3], ['اوست', 2], ['توست', 2]];

// --- Overrides: where the UD majority disagrees with the rules.
const withBlocked = parseSegmentLexicon(noEvidence(blocked));
const overrideLines: string[] = [];
for (const [word, at] of COPULA_FORMS) {
  if (!votes.has(word) && findCliticSplits(word, withBlocked).join(',') !== String(at)) overrideLines.push(`${word}\t${at}`);
}
for (const [surface, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  const best = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const predicted = findCliticSplits(surface, withBlocked).join(',');
  // Splitting a word the lexicons call a word of its own («کارت» card) takes two votes, not one.
  const minVotes = best[0] !== '' && blocked.has(surface) ? 2 : 1;
  if (best[0] !== predicted && best[1] >= minVotes) overrideLines.push(`${surface}\t${best[0]}`);
}

// --- Abbreviations: Hazm's list minus what the shape rule (chains of single letters) already covers.
const abbreviations = readShared('lexicon-hazm', 'abbreviations.dat')
  .split('\n')
  .map((a) => a.trim())
  .filter((a) => a.length > 0 && !/^(?:[^.\s()]\.)+[^.\s()]?$/u.test(a) && !/^\(/u.test(a));

const file: SegmentLexiconFile = { ...noEvidence(blocked, overrideLines.sort().join('\n')), abbreviations: sortedJoin(abbreviations) };
const lexicon = parseSegmentLexicon(file);

interface DevScore {
  wordF1: number;
  tokenF1: number;
  mwtF1: number;
  sentenceF1: number;
  goldWords: number;
  goldMwt: number;
}

// --- Scores on the dev cut, with raw UD text (no normalization), for the model card.
function devScores(): Record<string, DevScore> {
  const out: Record<string, DevScore> = {};
  for (const f of UD_FILES) {
    const dev = readConllu(readShared(...f.path)).filter((_, i) => isDev(i));
    let words = emptyCounts();
    let tokens = emptyCounts();
    let mwt = emptyCounts();
    let sentences = emptyCounts();
    const texts = dev.map((s) => sentenceText(s));
    dev.forEach((s, i) => {
      const gold = goldFromConllu(s, texts[i]!);
      const predicted: PredictedWord[] = segment(gold.text, lexicon).words.map((w) => ({ start: w.start, end: w.end, surface: w.surface! }));
      const sc = scoreTokens(gold, predicted);
      words = addCounts(words, sc.words);
      tokens = addCounts(tokens, sc.tokens);
      mwt = addCounts(mwt, sc.multiword);
    });
    for (let g = 0; g < texts.length; g += 10) {
      const group = texts.slice(g, g + 10);
      const para = group.join(' ');
      const ends: number[] = [];
      let pos = 0;
      for (const t of group) {
        ends.push(pos + t.length);
        pos += t.length + 1;
      }
      sentences = addCounts(sentences, scoreSentenceBreaks(para, ends, segment(para, lexicon).sentences.map((s) => s.end)));
    }
    const r = (x: number): number => Math.round(x * 10000) / 100;
    out[f.name] = {
      wordF1: r(f1(words).f1),
      tokenF1: r(f1(tokens).f1),
      mwtF1: r(f1(mwt).f1),
      sentenceF1: r(f1(sentences).f1),
      goldWords: words.gold,
      goldMwt: mwt.gold,
    };
  }
  return out;
}

// --- Write the model, its metadata and card.
mkdirSync(OUT_DIR, { recursive: true });
const lexiconJson = JSON.stringify(file);
writeFileSync(join(OUT_DIR, 'lexicon.json'), lexiconJson);
const sha = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');
const inputs = [
  ['lexicon-hazm', 'words.dat'],
  ['lexicon-hazm', 'verbs.dat'],
  ['lexicon-hazm', 'abbreviations.dat'],
  ['freq-unilex-fa', 'fa.txt'],
  ...UD_FILES.map((f) => f.path),
].reduce<Record<string, { sha256: string }>>((acc, p) => {
  acc[p.join('/')] = { sha256: sha(readFileSync(sharedPath(...p))) };
  return acc;
}, {});
const scores = devScores();
const meta = {
  name: 'segment',
  version: '1.0.0',
  formatVersion: SEGMENT_LEXICON_FORMAT,
  dabir: '>=0.1.0',
  description: 'Clitic-splitting lexicon and abbreviations for the UD-style Persian tokenizer.',
  license: 'CC BY-SA 4.0 (derived from UD PerDT and Seraji); also contains MIT (Hazm) and Unicode-licensed (Unilex) derived data',
  sources: [
    { name: 'Hazm word list, verbs, abbreviations', path: 'lexicon-hazm/', license: 'MIT', url: 'https://github.com/roshan-research/hazm' },
    { name: 'Unicode Unilex Persian frequencies', path: 'freq-unilex-fa/fa.txt', license: 'Unicode-3.0', url: 'https://github.com/unicode-org/unilex' },
    { name: 'UD Persian PerDT dev (sentences outside the internal dev cut)', path: 'ud-persian-perdt/', license: 'CC BY-SA 4.0', url: 'https://github.com/UniversalDependencies/UD_Persian-PerDT' },
    { name: 'UD Persian Seraji dev (sentences outside the internal dev cut)', path: 'ud-persian-seraji/', license: 'CC BY-SA 4.0', url: 'https://github.com/UniversalDependencies/UD_Persian-Seraji' },
  ],
  counts: {
    hosts: lexicon.hosts.size,
    adjectives: lexicon.adjectives.size,
    pastStems: lexicon.pastStems.size,
    blocked: lexicon.blocked.size,
    overrides: lexicon.overrides.size,
    abbreviations: abbreviations.length,
  },
  devScores: { note: 'segment() on the raw UD `# text` of the internal dev cut (isDev), no normalization; F1 in %', ...scores },
  inputs,
  files: { 'lexicon.json': { sha256: sha(lexiconJson), bytes: Buffer.byteLength(lexiconJson) } },
};
writeFileSync(join(OUT_DIR, 'model.json'), `${JSON.stringify(meta, null, 2)}\n`);
const card = `# Model card: segment

Generated by \`npx tsx src/segment/segment.train.ts\`; do not edit.

${meta.description} Used by \`segment()\` to decide when a word ending in a clitic is a UD multiword
token («کتابش» → «کتاب» + «ش») and when it is one word («آرامش», «ارزش», «بالش»), and which
abbreviations keep their period.

## Contents (lexicon.json, format ${meta.formatVersion})
| list | entries | from |
|---|---|---|
| hosts | ${meta.counts.hosts} | Hazm nouns, adjectives, pronouns, prepositions with frequency > 0 that occur in Unilex or have Hazm frequency ≥ ${MIN_HAZM_FREQUENCY}; hosts of UD multiword tokens |
| adjectives | ${meta.counts.adjectives} | Hazm adjectives (hosts of the copula «ند», «یم») |
| pastStems | ${meta.counts.pastStems} | Hazm verbs.dat (keeps «گرفته‌اند» whole) |
| blocked | ${meta.counts.blocked} | words the rules would split that are Hazm lexemes, generated verb forms, or at least ${UNILEX_RATIO}× as frequent as their host in Unilex |
| overrides | ${meta.counts.overrides} | UD PerDT + Seraji dev sentences outside the internal dev cut, where the majority split disagrees with the rules (two votes needed to split a blocked word); a few solid pronoun + «ست» forms («اینست») |
| abbreviations | ${meta.counts.abbreviations} | Hazm abbreviations.dat entries not covered by the single-letter dot-chain rule |

## Sources and licences
${meta.sources.map((s) => `- ${s.name} (${s.path}): ${s.license}, ${s.url}`).join('\n')}

The file is distributed under CC BY-SA 4.0 because it derives from the UD treebanks; cite Rasooli et al. 2020
(PerDT) and Seraji et al. 2016 (Seraji).

## Dev scores (internal dev cut, isDev sentences of each UD dev file, raw text)
| corpus | word F1 | surface-token F1 | MWT F1 | sentence F1 | gold words | gold MWTs |
|---|---|---|---|---|---|---|
${Object.entries(scores).map(([k, s]) => `| ${k} | ${s.wordF1} | ${s.tokenF1} | ${s.mwtF1} | ${s.sentenceF1} | ${s.goldWords} | ${s.goldMwt} |`).join('\n')}

With normalization first, run \`npm run eval -- segment\`.
`;
writeFileSync(join(OUT_DIR, 'MODEL_CARD.md'), card);
console.log(`segment lexicon: ${JSON.stringify(meta.counts)}; ${(Buffer.byteLength(lexiconJson) / 1024).toFixed(0)} KiB`);
console.log(JSON.stringify(scores));
