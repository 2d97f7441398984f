import { buildBenchCorpus } from './bench-corpus.js';
import { fixSpacing } from '../src/normalize/spacing/fix-spacing.js';
import { foldCharacters } from '../src/normalize/fold/fold-characters.js';
const c = buildBenchCorpus({ noisy: process.argv[2] === 'noisy' });
const fs = { digits: 'persian', diacritics: 'remove', punctuation: 'persian', ellipsis: 'keep' } as const;
const folded = c.docs.map((d) => foldCharacters(d, fs).text);
function loop(s: string): number { let k = 0; for (let i = 0; i < s.length; i++) k += s.charCodeAt(i) & 1; return k; }
for (let r = 0; r < 5; r++) {
  let t = performance.now(); for (const d of c.docs) foldCharacters(d, fs); const a = performance.now() - t;
  t = performance.now(); for (const d of folded) fixSpacing(d, { separateDigits: true }); const b = performance.now() - t;
  t = performance.now(); for (const d of folded) loop(d); const e = performance.now() - t;
  console.log(`fold ${(c.chars / a / 1e3).toFixed(1)}M  spacing ${(c.chars / b / 1e3).toFixed(1)}M  bare loop ${(c.chars / e / 1e3).toFixed(1)}M chars/s`);
}
