/**
 * The benchmark text: the UD PerDT and Seraji raw train text (edited Persian, mostly news) in file
 * order, with every ZWNJ deleted as scrapers do, cut into documents of 20 lines. Deterministic, about
 * 5 MB of UTF-8; read from ../shared/data, never committed. Bench scripts only. Also the bundled texts
 * (samples and news gold) for benches that run on any clone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, readShared } from '../scripts/shared-data.js';

export interface BenchCorpus {
  /** One string per document, lines joined with \n. */
  readonly docs: readonly string[];
  /** Total UTF-16 code units over all documents. */
  readonly chars: number;
  /** Total UTF-8 bytes. */
  readonly bytes: number;
  readonly description: string;
}

export interface BenchCorpusOptions {
  /** What happens to the gold ZWNJs: 'delete' (default, «میروم»), 'space' («می روم») or 'keep'. */
  readonly zwnj?: 'delete' | 'space' | 'keep';
  /**
   * Add scraper noise to every 4th line (Arabic «ي ك», Arabic-Indic digits, NBSP, a bidi mark, doubled
   * spaces, «?» «,» after Persian words) so the folding pass's slow paths are timed too. Default false.
   */
  readonly noisy?: boolean;
  readonly linesPerDoc?: number;
}

const SOURCES = [
  ['ud-persian-perdt', 'fa_perdt-train.raw.txt'],
  ['ud-persian-seraji', 'fa_seraji-train.raw.txt'],
] as const;

function addNoise(line: string): string {
  return line
    .replace(/ی(?= |$)/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[۰-۹]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 0x0660))
    .replace(/ و /g, '  و\u00a0')
    .replace(/، /g, ' ,')
    .replace(/^/, '\u200f');
}

/** Builds the benchmark documents from ../shared/data (throws when the data is absent). */
export function buildBenchCorpus(options: BenchCorpusOptions = {}): BenchCorpus {
  const zwnj = options.zwnj ?? 'delete';
  const per = options.linesPerDoc ?? 20;
  const lines: string[] = [];
  for (const [dir, file] of SOURCES) {
    for (const raw of readShared(dir, file).split('\n')) {
      const l = raw.trim();
      if (l.length > 0) lines.push(l);
    }
  }
  const docs: string[] = [];
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < lines.length; i += per) {
    const doc = lines
      .slice(i, i + per)
      .map((l, k) => {
        const z = zwnj === 'keep' ? l : l.split('\u200c').join(zwnj === 'space' ? ' ' : '');
        return options.noisy && (i + k) % 4 === 0 ? addNoise(z) : z;
      })
      .join('\n');
    docs.push(doc);
    chars += doc.length;
    bytes += Buffer.byteLength(doc, 'utf8');
  }
  const description =
    `UD PerDT + Seraji raw train text, ${lines.length} lines in ${docs.length} documents of ${per} lines, ` +
    `ZWNJ ${zwnj === 'keep' ? 'kept' : zwnj === 'space' ? 'replaced by spaces' : 'deleted'}${options.noisy ? ', scraper noise on every 4th line' : ''}`;
  return { docs, chars, bytes, description };
}

/**
 * The texts every clone has, for benches that must run without the shared data: the bundled samples
 * (samples/*.txt, sorted) and the paragraphs of the news gold set.
 */
export function bundledTexts(): string[] {
  const samples = readdirSync(join(REPO_ROOT, 'samples'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(REPO_ROOT, 'samples', f), 'utf8'));
  const gold = readFileSync(join(REPO_ROOT, 'test', 'news-gold', 'news-gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return [...samples, ...gold];
}
