/**
 * Lemma accuracy on the internal dev cut (isDev sentences of the PerDT and Seraji dev files), with gold
 * tokens and gold UPOS, then with the tagger's UPOS; unseen words separately; the top errors to guide work.
 * Run: npm run eval -- morph   (or npx tsx src/morph/morph.eval.ts [--errors N] [--cv])
 */
import { isDev } from '../../scripts/dev-split.js';
import { readShared } from '../../scripts/shared-data.js';
import { tagWords } from '../tag/index.js';
import { uposId } from '../doc/labels.js';
import { lemmatizeWord, type Treebank } from './lemmatize-word.js';
import { LEMMA_CORPORA, readLemmaSentences, type LemmaWord } from './morph-corpora.js';
import { buildMorphModel } from './morph-model.js';
import { buildTables, readUnilex, trainingWords } from './morph.train.js';
import { loadMorphModel } from './morph-model.js';

const ZWNJ = '\u200c';
const errorsArg = process.argv.indexOf('--errors');
const SHOW_ERRORS = errorsArg > 0 ? Number(process.argv[errorsArg + 1]) : 25;

function clean(w: string): string {
  let s = w;
  while (s.startsWith(ZWNJ)) s = s.slice(1);
  while (s.endsWith(ZWNJ)) s = s.slice(0, -1);
  return s;
}

interface Score {
  n: number;
  ok: number;
  unseenN: number;
  unseenOk: number;
}

let taggerError: unknown;

/** The tagger's UPOS, or 'X' for every word when the tagger model cannot be loaded (reported once). */
function predictUpos(forms: string[]): string[] {
  if (taggerError === undefined) {
    try {
      return tagWords(forms).upos;
    } catch (error) {
      taggerError = error;
    }
  }
  return forms.map(() => 'X');
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : ((100 * a) / b).toFixed(2));

function main(): void {
  const corpora = LEMMA_CORPORA.map((c) => ({ ...c, sentences: readLemmaSentences(readShared(...c.path)) }));
  const seen = new Set<string>();
  for (const c of corpora) c.sentences.forEach((s, i) => !isDev(i) && s.forEach((w) => seen.add(w.form)));
  const model = loadMorphModel();

  const rows: string[][] = [];
  const errors = new Map<string, number>();
  const taggerErrors = new Map<string, number>();
  const total: Record<'gold' | 'pred', Score> = {
    gold: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
    pred: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
  };
  const totalPerdt: Record<'gold' | 'pred', Score> = {
    gold: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
    pred: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
  };
  let uposOk = 0;
  let uposN = 0;
  const runs: { c: (typeof corpora)[number]; treebank: Treebank; label: string }[] = [];
  for (const c of corpora.filter((x) => x.evaluate)) {
    runs.push({ c, treebank: 'perdt', label: c.name });
    if (c.name === 'seraji') runs.push({ c, treebank: 'seraji', label: 'seraji*' });
  }
  for (const { c, treebank, label } of runs) {
    // The combined row scores each file once, with the file's own conventions.
    const counts = c.name === 'perdt' || treebank === 'seraji';
    const dev: LemmaWord[][] = c.sentences.filter((_, i) => isDev(i));
    const score: Record<'gold' | 'pred', Score> = {
      gold: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
      pred: { n: 0, ok: 0, unseenN: 0, unseenOk: 0 },
    };
    for (const sentence of dev) {
      const predicted = predictUpos(sentence.map((w) => w.form));
      sentence.forEach((w, i) => {
        const gold = clean(w.lemma);
        const unseen = !seen.has(w.form);
        let goldWrong = false;
        for (const mode of ['gold', 'pred'] as const) {
          const upos = mode === 'gold' ? w.upos : predicted[i]!;
          const lemma = lemmatizeWord(w.form, uposId(upos), model, treebank);
          const ok = lemma === gold;
          const into = [score[mode]];
          if (counts) into.push(total[mode]);
          if (treebank === 'perdt') into.push(totalPerdt[mode]);
          for (const s of into) {
            s.n++;
            if (ok) s.ok++;
            if (unseen) {
              s.unseenN++;
              if (ok) s.unseenOk++;
            }
          }
          if (!ok && mode === 'gold' && counts) {
            const key = `${c.name}\t${w.upos}\t${w.form}\t${gold}\t${lemma}${unseen ? '\tunseen' : ''}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
            goldWrong = true;
          }
          if (!ok && mode === 'pred' && counts && !goldWrong) {
            const key = `${c.name}\t${w.upos}→${upos}\t${w.form}\t${gold}\t${lemma}`;
            taggerErrors.set(key, (taggerErrors.get(key) ?? 0) + 1);
          }
        }
        if (counts) {
          uposN++;
          if (predicted[i] === w.upos) uposOk++;
        }
      });
    }
    rows.push([
      label,
      String(dev.length),
      String(score.gold.n),
      pct(score.gold.ok, score.gold.n),
      `${pct(score.gold.unseenOk, score.gold.unseenN)} (${score.gold.unseenN})`,
      pct(score.pred.ok, score.pred.n),
      `${pct(score.pred.unseenOk, score.pred.unseenN)} (${score.pred.unseenN})`,
    ]);
  }
  const row = (label: string, t: Record<'gold' | 'pred', Score>): string[] => [
    label,
    '',
    String(t.gold.n),
    pct(t.gold.ok, t.gold.n),
    `${pct(t.gold.unseenOk, t.gold.unseenN)} (${t.gold.unseenN})`,
    pct(t.pred.ok, t.pred.n),
    `${pct(t.pred.unseenOk, t.pred.unseenN)} (${t.pred.unseenN})`,
  ];
  rows.push(row('combined', total), row('comb-perdt', totalPerdt));
  const header = ['dev cut', 'sentences', 'words', 'lemma% gold UPOS', 'unseen% (n)', 'lemma% tagger UPOS', 'unseen% (n)'];
  console.log('Lemma accuracy on the internal dev cut (gold tokens; target >= 98%)');
  console.log([header, ...rows].map((r) => r.map((x, i) => x.padEnd(i === 0 ? 10 : 20)).join('')).join('\n'));
  console.log('seraji = Seraji dev cut scored with PerDT conventions; seraji* = with treebank: "seraji" (its «شد» → «کرد» etc.);');
  console.log('combined = perdt + seraji*; comb-perdt = perdt + seraji, all with PerDT conventions. unseen = forms absent from every training sentence.');
  if (taggerError !== undefined) console.log(`TAGGER UNAVAILABLE (${String(taggerError)}): the tagger-UPOS columns are meaningless`);
  console.log(`tagger UPOS accuracy on the same words: ${pct(uposOk, uposN)}% (${uposN} words)`);
  console.log(`\nTop ${SHOW_ERRORS} errors with gold UPOS (count corpus UPOS form gold predicted):`);
  const top = [...errors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHOW_ERRORS);
  for (const [k, n] of top) console.log(`${String(n).padStart(4)}  ${k.replaceAll('\t', '  ')}`);
  console.log(`\nTop ${SHOW_ERRORS} errors that only the tagger's UPOS causes (count corpus gold→tagger form gold predicted):`);
  const topTagger = [...taggerErrors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHOW_ERRORS);
  for (const [k, n] of topTagger) console.log(`${String(n).padStart(4)}  ${k.replaceAll('\t', '  ')}`);
}

/**
 * `--cv`: 9-fold cross-validation over the training sentences (fold f = sentence index % 10 === f, the
 * dev cut excluded throughout), for tuning rules on ~10x more words than the dev cut without touching it.
 */
function crossValidate(): void {
  const unilex = readUnilex();
  const files = LEMMA_CORPORA.filter((c) => c.evaluate).map((c) => ({ name: c.name, sentences: readLemmaSentences(readShared(...c.path)) }));
  const score = new Map<string, { n: number; ok: number; unseenN: number; unseenOk: number }>();
  const cvErrors = new Map<string, number>();
  for (let fold = 0; fold < 9; fold++) {
    const held = (i: number): boolean => i % 10 === fold;
    const corpora = trainingWords(held);
    const model = buildMorphModel(buildTables(corpora, unilex));
    const seen = new Set<string>();
    for (const c of corpora) for (const w of c.words) seen.add(w.form);
    for (const f of files) {
      for (const [label, treebank] of [[f.name, 'perdt'], ...(f.name === 'seraji' ? [['seraji*', 'seraji']] : [])] as [string, Treebank][]) {
        const s = score.get(label) ?? { n: 0, ok: 0, unseenN: 0, unseenOk: 0 };
        f.sentences.forEach((sentence, i) => {
          if (!held(i) || isDev(i)) return;
          for (const w of sentence) {
            const ok = lemmatizeWord(w.form, uposId(w.upos), model, treebank) === clean(w.lemma);
            s.n++;
            if (ok) s.ok++;
            if (!seen.has(w.form)) {
              s.unseenN++;
              if (ok) s.unseenOk++;
              else if (treebank === 'perdt') {
                const key = `${label}  ${w.upos}  ${w.form}  ${clean(w.lemma)}  ${lemmatizeWord(w.form, uposId(w.upos), model, treebank)}`;
                cvErrors.set(key, (cvErrors.get(key) ?? 0) + 1);
              }
            }
          }
        });
        score.set(label, s);
      }
    }
  }
  console.log('9-fold cross-validation on the training sentences (gold tokens, gold UPOS):');
  for (const [label, s] of score) {
    console.log(`${label.padEnd(10)}${String(s.n).padEnd(10)}${pct(s.ok, s.n).padEnd(10)}unseen ${pct(s.unseenOk, s.unseenN)} (${s.unseenN})`);
  }
  if (errorsArg > 0) {
    console.log(`\nTop ${SHOW_ERRORS} errors on unseen words (count corpus UPOS form gold predicted):`);
    const top = [...cvErrors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHOW_ERRORS);
    for (const [k, n] of top) console.log(`${String(n).padStart(4)}  ${k}`);
  }
}

if (process.argv.includes('--cv')) crossValidate();
else main();
