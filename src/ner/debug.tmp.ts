import { loadDevSplits } from './ner.eval.js';
import { tagConllSentence } from './tag-conll-sentence.js';
import { CORPUS_LABELS } from './corpus-tags.js';
import { entityKeys } from './score-entities.js';
const [corpus, type, limit] = [process.argv[2] ?? 'peyma', process.argv[3] ?? 'MONEY', Number(process.argv[4] ?? 30)];
const split = loadDevSplits().find((s) => s.corpus === corpus)!;
let shown = 0;
for (const s of split.sentences) {
  const p = tagConllSentence(s.tokens, { labels: CORPUS_LABELS[split.corpus], style: split.corpus });
  const g = new Set(entityKeys(s.tags).filter((k) => k.endsWith(':' + type)));
  const pr = new Set(entityKeys(p).filter((k) => k.endsWith(':' + type)));
  const show = (k: string) => { const [a, b] = k.split(':').map(Number); return s.tokens.slice(Math.max(0, a! - 2), a).join(' ') + ' [' + s.tokens.slice(a, b).join(' ') + '] ' + s.tokens.slice(b, b! + 2).join(' '); };
  for (const k of g) if (!pr.has(k) && shown < limit) { shown++; console.log('MISS', show(k), '| pred:', p.slice(Number(k.split(':')[0]), Number(k.split(':')[1])).join(' ')); }
  for (const k of pr) if (!g.has(k) && shown < limit) { shown++; console.log('FP  ', show(k), '| gold:', s.tags.slice(Number(k.split(':')[0]), Number(k.split(':')[1])).join(' ')); }
}
