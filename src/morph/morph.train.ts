/**
 * Builds models/morph/ from ../shared/data: verb stems (Hazm verbs.dat + UD OrigLemma pairs), a lexicon
 * of base forms (Hazm words.dat with a POS + UD lemmas), and the table of forms seen in the training
 * sentences (never the isDev sentences) with UD's lemma. Run: npx tsx src/morph/morph.train.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDev } from '../../scripts/dev-split.js';
import { REPO_ROOT, readShared as readSharedFile } from '../../scripts/shared-data.js';
import { uposId } from '../doc/labels.js';
import { lemmatizeVerb } from './lemmatize-verb.js';
import { lemmatizeWord } from './lemmatize-word.js';
import { LEMMA_CORPORA, readLemmaSentences, type LemmaWord } from './morph-corpora.js';
import { MORPH_FORMAT_VERSION, buildMorphModel, type MorphTables } from './morph-model.js';

const OUT = join(REPO_ROOT, 'models', 'morph');
const MIN_VERB_EXCEPTION = Number(process.env.MORPH_MIN_VERB_EXCEPTION ?? 2);
const YEH_RATIO = Number(process.env.MORPH_YEH_RATIO ?? 0.1);
const ZWNJ = '\u200c';

/** Every training word of every corpus, in corpus priority order (PerDT first: it is the reference). */
/** sha256 of every shared-data file read, recorded in model.json so a changed input is noticed. */
const inputHashes = new Map<string, string>();

function readShared(...parts: string[]): string {
  const text = readSharedFile(...parts);
  inputHashes.set(parts.join('/'), sha256(text));
  return text;
}

/** Training words of every corpus (sentences `isHeldOut` rejects; the dev cut by default), PerDT first. */
export function trainingWords(isHeldOut: (i: number) => boolean = isDev): { corpus: string; words: LemmaWord[] }[] {
  return LEMMA_CORPORA.map((c) => {
    const sentences = readLemmaSentences(readShared(...c.path));
    return { corpus: c.name, words: sentences.filter((_, i) => !isDev(i) && !isHeldOut(i)).flat() };
  });
}

function clean(w: string): string {
  // Lemmas with a stray leading/trailing ZWNJ («‌شناخت») are annotation noise.
  let s = w;
  while (s.startsWith(ZWNJ)) s = s.slice(1);
  while (s.endsWith(ZWNJ)) s = s.slice(0, -1);
  return s;
}

function isPlainWord(w: string): boolean {
  return w.length > 0 && !/[\s#]/.test(w);
}

export function readUnilex(): Map<string, number> {
  const freq = new Map<string, number>();
  for (const line of readShared('freq-unilex-fa', 'fa.txt').split('\n')) {
    if (line.startsWith('#') || line.startsWith('Form\t')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) freq.set(line.slice(0, tab), Number(line.slice(tab + 1)) || 0);
  }
  return freq;
}

function buildVerbs(corpora: { words: LemmaWord[] }[], unilex: Map<string, number>): [string, string][] {
  const udCount = new Map<string, number>();
  for (const { words } of corpora) {
    for (const w of words) {
      if (!w.stems) continue;
      const key = `${clean(w.stems[0])}\t${clean(w.stems[1])}`;
      udCount.set(key, (udCount.get(key) ?? 0) + 1);
    }
  }
  const hazm = new Set<string>();
  for (const line of readShared('lexicon-hazm', 'verbs.dat').split('\n')) {
    const [past = '', present = ''] = line.trim().split('#');
    if (isPlainWord(past) && isPlainWord(present)) hazm.add(`${past}\t${present}`);
  }
  // UD pairs Hazm lacks must recur and look like a past stem (ends in د/ت): single annotation slips
  // such as «گذرد#گذر» would otherwise turn present forms into false past stems.
  const pairs = new Set<string>(hazm);
  const hazmPasts = new Set([...hazm].map((k) => k.slice(0, k.indexOf('\t'))));
  const hazmPresents = new Set([...hazm].map((k) => k.slice(k.indexOf('\t') + 1)));
  for (const [k, n] of udCount) {
    const [past = '', present = ''] = k.split('\t');
    if (!isPlainWord(past) || !isPlainWord(present) || hazm.has(k)) continue;
    // A "past" that Hazm knows only as a present stem is a swapped pair («گرد#گشت»).
    if (hazmPresents.has(past) && !hazmPasts.has(past)) continue;
    if (n >= 2 && (past.endsWith('د') || past.endsWith('ت')) && past !== `${present}د`) pairs.add(k);
  }
  // Order: UD frequency, then how often the participle occurs in Unilex («کشیده» ≫ «کشته» for «کش»),
  // so a present stem shared by two verbs maps to the usual one.
  const score = (k: string): [number, number] => {
    const past = k.slice(0, k.indexOf('\t'));
    return [udCount.get(k) ?? 0, unilex.get(`${past}ه`) ?? 0];
  };
  const ordered = [...pairs].sort((a, b) => {
    const [ua, fa] = score(a);
    const [ub, fb] = score(b);
    return ub - ua || fb - fa || (a < b ? -1 : a > b ? 1 : 0);
  });
  return ordered.map((k) => k.split('\t') as [string, string]);
}

/** Classes whose rules do real work, so a seen form is worth a table entry even when the rules agree. */
const TABLED_UPOS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ', 'PROPN', 'PRON', '_']);

const NOMINAL_UPOS = new Set(['NOUN', 'ADJ', 'PROPN', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'INTJ']);

/** An Arabic participle-like stem that takes the plural «ین» («مسلم», «مدافع», «ناظر»): م-initial or CاCC. */
function isParticipleStem(stem: string): boolean {
  return (stem.length >= 4 && stem.startsWith('م')) || (stem.length === 4 && stem[1] === 'ا');
}

function buildLexicon(
  corpora: { words: LemmaWord[] }[],
  unilex: Map<string, number>,
): { lexicon: string[]; adjectives: string[]; plurals: string[] } {
  const lexicon = new Set<string>();
  const plurals = new Set<string>();
  const hazmAdjectives = new Set<string>();
  const udLemmas = new Set<string>();
  const udNounLemmas = new Set<string>();
  for (const { words } of corpora) {
    for (const w of words) {
      udLemmas.add(clean(w.lemma));
      if (w.upos === 'NOUN' || w.upos === 'PROPN') udNounLemmas.add(clean(w.lemma));
    }
  }
  for (const line of readShared('lexicon-hazm', 'words.dat').split('\n')) {
    const [word = '', , tags = '0'] = line.split('\t');
    if (!isPlainWord(word) || tags === '0' || tags === '') continue;
    const list = tags.split(',');
    if (list.includes('PL')) plurals.add(word);
    else lexicon.add(word);
    if (list.includes('AJ') && !list.includes('N')) hazmAdjectives.add(word);
  }
  // Hazm lists some regular plurals as nouns: «ستارگان» (ستاره), «مجرمین» (مجرم). UD lemmatizes them.
  for (const word of [...lexicon]) {
    if (udLemmas.has(word)) continue;
    if (word.endsWith('گان') && lexicon.has(`${word.slice(0, -3)}ه`)) plurals.add(word);
    if (word.endsWith('ین') && lexicon.has(word.slice(0, -2)) && isParticipleStem(word.slice(0, -2))) plurals.add(word);
  }
  for (const { words } of corpora) {
    for (const w of words) {
      const lemma = clean(w.lemma);
      if (NOMINAL_UPOS.has(w.upos) && isPlainWord(lemma)) lexicon.add(lemma);
      // A form UD lemmatizes to something else is not a base form, whatever Hazm says («اقدامات»).
      if (NOMINAL_UPOS.has(w.upos) && w.form !== lemma && w.upos === 'NOUN' && lemma.length < w.form.length) {
        plurals.add(w.form);
      }
    }
  }
  // Nouns in «ی» that Hazm lists as words of their own («خونسردی», «دسترسی») keep the «ی»; a «ی» on
  // a known stem that Hazm does not list («حرکتی») is indefinite or ezafe and comes off.
  for (const line of readShared('lexicon-hazm', 'words.dat').split('\n')) {
    const word = line.slice(0, line.indexOf('\t'));
    if (!word.endsWith('ی') || word.endsWith(`${ZWNJ}ی`) || !isPlainWord(word)) continue;
    const stem = word.slice(0, -1);
    if (!lexicon.has(stem) || /[اوآ]$/.test(stem)) continue;
    // Unilex tells the two apart further: an indefinite «Xی» is rare next to its «X» («حرکتی» ≪ «حرکت»).
    const ratio = (unilex.get(word) ?? 0) / Math.max(1, unilex.get(stem) ?? 0);
    if (unilex.has(word) && ratio < YEH_RATIO) continue;
    lexicon.add(word);
  }
  for (const p of plurals) lexicon.delete(p);
  const adjectives = [...hazmAdjectives].filter((w) => lexicon.has(w) && !udNounLemmas.has(w)).sort();
  return { lexicon: [...lexicon].sort(), adjectives, plurals: [...plurals].sort() };
}

/** For each (UPOS, form) and for each form alone (UPOS "_"), the lemma of the highest-priority corpus's majority. */
/** Rewrites a Seraji lemma into PerDT's convention (undefined: skip it), so Seraji data never leaks its conventions. */
type ConventionMap = (w: LemmaWord, lemma: string) => string | undefined;

interface Gold {
  readonly lemma: string;
  /** How often the (UPOS, form) pair was seen with that lemma. */
  readonly count: number;
}

function goldLemmas(corpora: { corpus: string; words: LemmaWord[] }[], serajiToPerdt?: ConventionMap): Map<string, Gold> {
  const out = new Map<string, Gold>();
  for (const { corpus, words } of corpora) {
    const counts = new Map<string, Map<string, number>>();
    const add = (key: string, lemma: string): void => {
      const m = counts.get(key) ?? new Map<string, number>();
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
      counts.set(key, m);
    };
    for (const w of words) {
      const raw = clean(w.lemma);
      const lemma = corpus === 'seraji' && serajiToPerdt ? serajiToPerdt(w, raw) : raw;
      if (lemma === undefined || !isPlainWord(w.form) || !isPlainWord(lemma) || lemma === '_') continue;
      add(`${w.upos}\t${w.form}`, lemma);
      add(`_\t${w.form}`, lemma);
    }
    for (const [key, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (out.has(key)) continue;
      const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      out.set(key, { lemma: best[0], count: best[1] });
    }
  }
  return out;
}

/** Lemma accuracy (gold tokens, gold UPOS) on the isDev sentences, each file with its own conventions. */
function scoreDevCut(model: ReturnType<typeof buildMorphModel>): Record<string, { words: number; lemmaAccuracy: number }> {
  const out: Record<string, { words: number; lemmaAccuracy: number }> = {};
  let allN = 0;
  let allOk = 0;
  for (const c of LEMMA_CORPORA.filter((x) => x.evaluate)) {
    const treebank = c.name === 'seraji' ? 'seraji' : 'perdt';
    let n = 0;
    let ok = 0;
    readLemmaSentences(readShared(...c.path)).forEach((sentence, i) => {
      if (!isDev(i)) return;
      for (const w of sentence) {
        n++;
        if (lemmatizeWord(w.form, uposId(w.upos), model, treebank) === clean(w.lemma)) ok++;
      }
    });
    out[c.name] = { words: n, lemmaAccuracy: Math.round((10000 * ok) / n) / 100 };
    allN += n;
    allOk += ok;
  }
  out['combined'] = { words: allN, lemmaAccuracy: Math.round((10000 * allOk) / allN) / 100 };
  return out;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** All the tables, learned from `corpora`. */
export function buildTables(corpora: { corpus: string; words: LemmaWord[] }[], unilex: Map<string, number>): Required<MorphTables> {
  const verbs = buildVerbs(corpora, unilex);
  const { lexicon, adjectives, plurals } = buildLexicon(corpora, unilex);
  const base: MorphTables = { verbs, lexicon, adjectives, plurals, forms: [] };
  const ruleModel = buildMorphModel(base);
  // Seraji files «شدن» under «کرد» and its pronouns under «آن»: PerDT's table keeps PerDT's choices.
  const gold = goldLemmas(corpora, (w, lemma) => {
    if (w.upos === 'PRON') return undefined;
    if ((w.upos === 'VERB' || w.upos === 'AUX') && lemma === 'کرد' && lemmatizeVerb(w.form, ruleModel) === 'شد') return 'شد';
    return lemma;
  });
  const forms: [string, string, string][] = [];
  for (const [key, { lemma, count }] of gold) {
    const [upos, form] = key.split('\t') as [string, string];
    const id = upos === '_' ? 0 : uposId(upos);
    if (upos !== '_' && id === 0) continue;
    const ruled = lemmatizeWord(form, id, ruleModel);
    // Closed classes keep their form: a table entry would only repeat what the rules say at once.
    if (ruled === lemma && !TABLED_UPOS.has(upos)) continue;
    // A verb seen once whose rule lemma is a real past stem: UD is inconsistent on such pairs
    // («ببرند» → «برید» once, «برد» elsewhere), so one sighting does not overrule the verb table.
    if (count < MIN_VERB_EXCEPTION && (upos === 'VERB' || upos === 'AUX') && ruleModel.pastStems.has(ruled) && ruleModel.pastStems.has(lemma)) continue;
    forms.push([upos, form, lemma]);
  }
  forms.sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1));
  // Seraji's own choices where they differ from the PerDT-convention output.
  const perdtModel = buildMorphModel({ ...base, forms });
  const seraji: [string, string, string][] = [];
  for (const [key, { lemma }] of goldLemmas(corpora.filter((c) => c.corpus === 'seraji'))) {
    const [upos, form] = key.split('\t') as [string, string];
    const id = upos === '_' ? 0 : uposId(upos);
    if (upos !== '_' && id === 0) continue;
    if (lemmatizeWord(form, id, perdtModel, 'seraji') !== lemma) seraji.push([upos, form, lemma]);
  }
  seraji.sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1));
  return { verbs, lexicon, adjectives, plurals, forms, seraji };
}

function main(): void {
  const started = Date.now();
  const corpora = trainingWords();
  const tables = buildTables(corpora, readUnilex());
  const { verbs, lexicon, adjectives, plurals, forms, seraji } = tables;
  const adjectiveSet = new Set(adjectives);
  const files: Record<string, string> = {
    'verbs.tsv': verbs.map((p) => p.join('\t')).join('\n') + '\n',
    'lexicon.txt': lexicon.map((w) => (adjectiveSet.has(w) ? `${w}\tA` : w)).join('\n') + '\n',
    'plurals.txt': plurals.join('\n') + '\n',
    'forms.tsv': forms.map((e) => e.join('\t')).join('\n') + '\n',
    'seraji.tsv': seraji.map((e) => e.join('\t')).join('\n') + '\n',
  };
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT, name), text);

  const trainingTokens = corpora.reduce((n, c) => n + c.words.length, 0);
  const devScores = scoreDevCut(buildMorphModel(tables));
  const meta = {
    name: 'morph',
    version: '1.0.0',
    formatVersion: MORPH_FORMAT_VERSION,
    dabir: '>=0.1.0',
    description: 'UD Persian lemmatizer tables: verb stems, lexicon of base forms, form → lemma table learned from UD.',
    license: 'CC-BY-SA-4.0',
    sources: [
      { name: 'UD Persian-PerDT dev (non-dev-cut sentences)', license: 'CC BY-SA 4.0', commit: 'd728a98d73bd2e52b693c582f249e162a76b6b8f' },
      { name: 'UD Persian-Seraji dev (non-dev-cut sentences)', license: 'CC BY-SA 4.0', commit: 'e53af38f4adc0edcdc056b8a2378cad791dc322a' },
      { name: 'iPerUDT train + dev (non-dev-cut sentences)', license: 'CC0 1.0', commit: 'd40ef93391a039e09d87b1630338e0b2dee47337' },
      { name: 'Hazm verbs.dat and words.dat', license: 'MIT', commit: 'd97a5ba13a680a29f2ae5bc6f862e941329890fb' },
      { name: 'Unicode Unilex fa.txt (frequencies: order of verb stems, indefinite «ی» vs lexical «ی»)', license: 'Unicode-3.0', commit: 'b3a9ae27a0c29eac217bb15a75c6f8d8efb15d17' },
    ],
    devScores,
    counts: {
      trainingTokens,
      verbPairs: verbs.length,
      lexicon: lexicon.length,
      adjectives: adjectives.length,
      plurals: plurals.length,
      forms: forms.length,
      serajiOverrides: seraji.length,
    },
    inputs: Object.fromEntries([...inputHashes].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, { sha256: v }])),
    files: Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, { sha256: sha256(text), bytes: Buffer.byteLength(text) }]),
    ),
  };
  writeFileSync(join(OUT, 'model.json'), JSON.stringify(meta, null, 2) + '\n');
  writeFileSync(join(OUT, 'MODEL_CARD.md'), modelCard(meta));
  console.log(
    `morph: ${trainingTokens} training words; ${verbs.length} verb pairs, ${lexicon.length} lexicon, ${plurals.length} plurals, ${forms.length} forms, ${seraji.length} Seraji overrides (${Date.now() - started} ms)`,
  );
}

function modelCard(meta: {
  version: string;
  formatVersion: number;
  devScores: Record<string, { words: number; lemmaAccuracy: number }>;
  sources: { name: string; license: string; commit: string }[];
  counts: Record<string, number>;
  files: Record<string, { sha256: string; bytes: number }>;
}): string {
  return `# morph: Dabir's Persian lemmatizer tables

Generated by \`npx tsx src/morph/morph.train.ts\`; do not edit by hand.

- Version ${meta.version}, format version ${meta.formatVersion}.
- Licence: **CC BY-SA 4.0** (the table of known forms and part of the lexicon derive from UD Persian PerDT and
  Seraji, which are CC BY-SA 4.0). Hazm's stems and word list are MIT; iPerUDT is CC0.
- What it does: the rules in src/morph/ lemmatize Persian words the way UD Persian does (verbs → past stem
  «می‌روند» → «رفت»; plurals, ezafe, clitics, «تر/ترین» removed). These tables validate the rules and list
  UD's irregular choices.
- Trained on the UD sentences outside the fixed dev cut (scripts/dev-split.ts); dev scores: \`npm run eval -- morph\`.

## Dev scores (gold tokens, gold UPOS; Seraji with \`treebank: 'seraji'\`)
${Object.entries(meta.devScores).map(([k, v]) => `- ${k}: ${v.lemmaAccuracy}% of ${v.words} words`).join('\n')}

## Sources
${meta.sources.map((s) => `- ${s.name}: ${s.license} (commit \`${s.commit}\`)`).join('\n')}

## Contents
${Object.entries(meta.counts).map(([k, v]) => `- ${k}: ${v}`).join('\n')}

| file | bytes | sha256 |
|---|---|---|
${Object.entries(meta.files).map(([n, f]) => `| ${n} | ${f.bytes} | \`${f.sha256}\` |`).join('\n')}
`;
}

// Run when executed (npm run train / npx tsx); importing it (cross-validation) only gets the functions.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
