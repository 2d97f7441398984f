import { buildBenchCorpus } from './bench-corpus.js';
import { normalize } from '../src/normalize/index.js';
const c = buildBenchCorpus({ zwnj: 'keep' });
const counts = new Map<string, number>(); const samples = new Map<string, string[]>();
for (const d of c.docs) for (const line of d.split('\n')) {
  const r = normalize(line, { restoreZwnj: false });
  for (const e of r.edits) {
    counts.set(e.rule, (counts.get(e.rule) ?? 0) + 1);
    const s = samples.get(e.rule) ?? []; if (s.length < 6 && Math.random() < 0.3) { s.push(JSON.stringify(line.slice(Math.max(0, e.sourceStart - 15), e.sourceEnd + 15)) + ' → ' + JSON.stringify(r.text.slice(Math.max(0, e.start - 15), e.end + 15))); samples.set(e.rule, s); }
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) { console.log(k, v); for (const s of samples.get(k) ?? []) console.log('    ', s); }
