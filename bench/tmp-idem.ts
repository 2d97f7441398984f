import { buildBenchCorpus } from './bench-corpus.js';
import { normalize } from '../src/normalize/index.js';
for (const opt of [{ noisy: false }, { noisy: true }, { zwnj: 'space' as const }, { zwnj: 'keep' as const }]) {
  const c = buildBenchCorpus(opt);
  for (const o of [{ restoreZwnj: false }, {}]) {
    let bad = 0; let shown = 0;
    for (const d of c.docs) {
      for (const line of d.split('\n')) {
        const a = normalize(line, o).text; const b = normalize(a, o).text;
        if (a !== b) { bad++; if (shown++ < 3) { let k = 0; while (a[k] === b[k]) k++; console.log('  ', JSON.stringify(a.slice(Math.max(0,k-30), k+30)), '→', JSON.stringify(b.slice(Math.max(0,k-30), k+30))); } }
      }
    }
    console.log(JSON.stringify(opt), JSON.stringify(o), 'non-idempotent lines:', bad);
  }
}
