/**
 * `npm run eval -- news`: quote, speaker and source-chain accuracy on the hand-written gold set in
 * test/news-gold/ (dev half tuned on, test half held out; both printed). Runs the full analyze()
 * pipeline and, for comparison, the attribution rules alone without NER.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { Quote, SourceLink } from '../doc/layers.js';
import { REPO_ROOT, hasSharedData, readShared } from '../../scripts/shared-data.js';
import { findAttributions } from './find-attributions.js';
import { compactKey } from './scan/fold-key.js';

interface GoldQuote {
  kind: string;
  content: string;
  cue: string | null;
  speaker: string;
  negated?: boolean;
}

interface GoldItem {
  id: string;
  /** dev, test, fresh, fresh2, blind, ...: see test/news-gold/README.md for how each was used. */
  split: string;
  text: string;
  quotes: GoldQuote[];
  sources: Array<{ kind: string; name: string }>;
}

interface Span {
  start: number;
  end: number;
}

/** A predicted quote in source offsets. */
interface Predicted extends Span {
  kind: string;
  speaker: string;
  negated: boolean;
}

interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  overlap: number;
  exact: number;
  speakerRight: number;
  kindRight: number;
  negationRight: number;
  chainsRight: number;
  errors: string[];
}

const TRIM = /[\s\u200c.«»"“”،,:؛]/;

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && TRIM.test(text[end - 1]!)) end--;
  return { start, end };
}

function nameKey(name: string): string {
  return compactKey(name);
}

function emptyCounts(): Counts {
  return { docs: 0, gold: 0, predicted: 0, overlap: 0, exact: 0, speakerRight: 0, kindRight: 0, negationRight: 0, chainsRight: 0, errors: [] };
}

function score(item: GoldItem, predicted: Predicted[], sources: Array<{ kind: string; name: string }>, c: Counts): void {
  c.docs++;
  const gold = item.quotes.map((q) => {
    const start = item.text.indexOf(q.content);
    return { q, span: { start, end: start + q.content.length } };
  });
  c.gold += gold.length;
  c.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      const o = Math.min(p.end, g.span.end) - Math.max(p.start, g.span.start);
      if (o > bestOverlap) {
        best = k;
        bestOverlap = o;
      }
    });
    if (best < 0) {
      c.errors.push(`${item.id} missed: «${g.q.content.slice(0, 50)}»`);
      continue;
    }
    used.add(best);
    const p = predicted[best]!;
    c.overlap++;
    const a = trimSpan(item.text, p);
    const b = trimSpan(item.text, g.span);
    if (a.start === b.start && a.end === b.end) c.exact++;
    else c.errors.push(`${item.id} span: got «${item.text.slice(p.start, p.end).slice(0, 60)}» want «${g.q.content.slice(0, 60)}»`);
    if (nameKey(p.speaker) === nameKey(g.q.speaker)) c.speakerRight++;
    else c.errors.push(`${item.id} speaker: got «${p.speaker}» want «${g.q.speaker}»`);
    if (p.kind === g.q.kind) c.kindRight++;
    if (p.negated === (g.q.negated ?? false)) c.negationRight++;
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) c.errors.push(`${item.id} spurious ${p.kind}: «${item.text.slice(p.start, p.end).slice(0, 60)}»`);
  });
  const want = item.sources.map((s) => `${s.kind}:${nameKey(s.name)}`).join(' ; ');
  const got = sources.map((s) => `${s.kind}:${nameKey(s.name)}`).join(' ; ');
  if (want === got) c.chainsRight++;
  else c.errors.push(`${item.id} chain: got [${sources.map((s) => `${s.kind}:${s.name}`).join(', ')}] want [${item.sources.map((s) => `${s.kind}:${s.name}`).join(', ')}]`);
}

function pct(a: number, b: number): string {
  return b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5);
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function row(label: string, c: Counts): string {
  const po = c.predicted ? c.overlap / c.predicted : 0;
  const ro = c.gold ? c.overlap / c.gold : 0;
  const pe = c.predicted ? c.exact / c.predicted : 0;
  const re = c.gold ? c.exact / c.gold : 0;
  const cols = [
    label.padEnd(22),
    String(c.docs).padStart(4),
    String(c.gold).padStart(5),
    String(c.predicted).padStart(5),
    pct(po, 1), pct(ro, 1), pct(f1(po, ro), 1),
    pct(pe, 1), pct(re, 1), pct(f1(pe, re), 1),
    pct(c.speakerRight, c.overlap), pct(c.speakerRight, c.gold),
    pct(c.kindRight, c.overlap), pct(c.negationRight, c.overlap),
    pct(c.chainsRight, c.docs),
  ];
  return cols.join('  ');
}

function toPredicted(quotes: readonly Quote[], toSource: (o: number) => number): Predicted[] {
  return quotes.map((q) => ({
    start: toSource(q.start),
    end: toSource(q.end),
    kind: q.kind,
    speaker: q.speaker?.name ?? '',
    negated: q.negated ?? false,
  }));
}

function sourcesOf(links: readonly SourceLink[]): Array<{ kind: string; name: string }> {
  return links.map((l) => ({ kind: l.kind, name: l.name }));
}

/**
 * `--sample N [--seed S]`: N quotes drawn (seeded) from the UD PerDT + Seraji raw train text (news and
 * some fiction, 20-line chunks of unrelated sentences), printed with their line for judging precision by
 * hand; there is no gold for them. Pronoun speakers are meaningless there (the sentences are unrelated).
 */
function printSample(n: number, seed: number): void {
  if (!hasSharedData()) {
    console.log('--sample needs ../shared/data');
    return;
  }
  const lines = ['ud-persian-perdt/fa_perdt-train.raw.txt', 'ud-persian-seraji/fa_seraji-train.raw.txt']
    .flatMap((f) => readShared(...(f.split('/') as [string, string])).split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < 8000 && i < lines.length; i += 20) {
    const text = lines.slice(i, i + 20).join('\n');
    for (const q of findAttributions(text).quotes) {
      const from = text.lastIndexOf('\n', q.start) + 1;
      const to = text.indexOf('\n', q.end) < 0 ? text.length : text.indexOf('\n', q.end);
      found.push(
        `[${q.kind}] speaker «${q.speaker?.name ?? '-'}» (${q.speaker?.via ?? '-'}), cue «${q.cue ? text.slice(q.cue.start, q.cue.end) : '-'}»\n` +
          `   content: ${text.slice(q.start, q.end)}\n   line:    ${text.slice(from, to)}`,
      );
    }
  }
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const picked = new Set<number>();
  while (picked.size < Math.min(n, found.length)) picked.add(Math.floor(next() * found.length));
  console.log(`${found.length} quotes in the first 8000 lines; ${picked.size} drawn with seed ${seed}:`);
  [...picked].sort((a, b) => a - b).forEach((i, k) => console.log(`${k + 1}. ${found[i]}`));
}

function main(): void {
  const sampleAt = process.argv.indexOf('--sample');
  if (sampleAt >= 0) {
    const seedAt = process.argv.indexOf('--seed');
    printSample(Number(process.argv[sampleAt + 1] ?? 40), seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 999);
    return;
  }
  const path = join(REPO_ROOT, 'test', 'news-gold', 'news-gold.jsonl');
  const items = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldItem);
  const verbose = process.argv.includes('--verbose');
  const header = [
    'set'.padEnd(22), 'docs', 'quote', ' pred', 'P-ovl', 'R-ovl', 'F-ovl', 'P-exa', 'R-exa', 'F-exa', 'spk|m', 'spk|g', 'kind ', 'neg  ', 'chain',
  ].join('  ');
  console.log(`news gold set: ${items.length} paragraphs (${path.replace(REPO_ROOT + '/', '')})`);
  console.log('quote spans: P/R/F1 with any overlap and exact (both spans trimmed of spaces, «», quotes, final period);');
  console.log('spk|m = speaker right among matched quotes, spk|g = among all gold quotes; chain = whole source chain exact.\n');
  console.log(header);
  for (const mode of ['pipeline', 'rules-only'] as const) {
    try {
      runMode(mode, items, verbose);
    } catch (error) {
      // Another stage failing must not hide the rules' numbers.
      console.log(`${mode}: failed: ${(error as Error).message}`);
    }
  }
}

function runMode(mode: 'pipeline' | 'rules-only', items: readonly GoldItem[], verbose: boolean): void {
  {
    // Splits in the order the gold file first names them, then the whole set.
    const splits = [...new Set(items.map((i) => i.split))];
    const bySplit: Record<string, Counts> = { all: emptyCounts() };
    for (const split of splits) bySplit[split] = emptyCounts();
    for (const item of items) {
      let predicted: Predicted[];
      let sources: Array<{ kind: string; name: string }>;
      if (mode === 'pipeline') {
        const doc = analyze(item.text);
        predicted = toPredicted(doc.quotes, (o) => doc.offsets.toSource(o));
        sources = sourcesOf(doc.sources);
      } else {
        const r = findAttributions(item.text);
        predicted = toPredicted(r.quotes, (o) => o);
        sources = sourcesOf(r.sources);
      }
      score(item, predicted, sources, bySplit[item.split]!);
      score(item, predicted, sources, bySplit['all']!);
    }
    for (const split of [...splits, 'all']) console.log(row(`${mode} ${split}`, bySplit[split]!));
    if (verbose) for (const split of splits) for (const e of bySplit[split]!.errors) console.log(`    ${mode} ${e}`);
  }
}

main();
