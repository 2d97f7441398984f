import { buildBenchCorpus } from './bench-corpus.js';
import { normalize } from '../src/normalize/index.js';
const noisy = process.argv[2] === 'noisy';
const c = buildBenchCorpus({ noisy });
for (let r = 0; r < 6; r++) { const t = performance.now(); for (const d of c.docs) normalize(d, { restoreZwnj: false }); console.log(((c.chars / ((performance.now() - t) / 1000)) / 1e6).toFixed(2)); }
