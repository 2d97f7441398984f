import { readShared } from '../../../scripts/shared-data.js';
import { isDev } from '../../../scripts/dev-split.js';
import { ZwnjScore, degrade } from './score-zwnj.js';
import { cleanToken } from './restore-zwnj.js';
import { stripZwnj, isWordChar } from './char-classes.js';
function sets(): [string, string[]][] {
  const conll = (d: string, f: string) => { const o: string[] = []; let i = 0; for (const l of readShared(d, f).split('\n')) { if (!l.startsWith('# text = ')) continue; if (isDev(i)) o.push(l.slice(9)); i++; } return o; };
  const raw = (d: string, f: string) => readShared(d, f).split('\n').filter((_, i) => isDev(i));
  return [['perdt-ud', conll('ud-persian-perdt', 'fa_perdt-ud-dev.conllu')], ['seraji-ud', conll('ud-persian-seraji', 'fa_seraji-ud-dev.conllu')], ['perdt-raw', raw('ud-persian-perdt', 'fa_perdt-train.raw.txt')], ['seraji-raw', raw('ud-persian-seraji', 'fa_seraji-train.raw.txt')], ['tune', [...raw('ud-persian-perdt', 'fa_perdt-train.raw.txt').map(() => '')].filter(Boolean)]];
}
const tokens = (s: string) => { const out: string[] = []; let i = 0; while (i < s.length) { if (!isWordChar(s.charCodeAt(i))) { i++; continue; } let j = i; while (j < s.length && isWordChar(s.charCodeAt(j))) j++; out.push(s.slice(i, j)); i = j; } return out; };
const all = new ZwnjScore();
for (const [name, lines] of sets()) {
  if (lines.length === 0) continue;
  const counts = new Map<string, Map<string, number>>();
  for (const l of lines) for (const t of tokens(l)) { const c = cleanToken(t); const k = stripZwnj(c); let m = counts.get(k); if (!m) counts.set(k, m = new Map()); m.set(c, (m.get(c) ?? 0) + 1); }
  const best = new Map<string, string>(); for (const [k, m] of counts) best.set(k, [...m].sort((a, b) => b[1] - a[1])[0]![0]);
  const s = new ZwnjScore();
  for (const l of lines) { const d = degrade(l).deleted; let pred = ''; let i = 0; while (i < d.length) { if (!isWordChar(d.charCodeAt(i))) { pred += d[i]; i++; continue; } let j = i; while (j < d.length && isWordChar(d.charCodeAt(j))) j++; const w = d.slice(i, j); pred += best.get(stripZwnj(cleanToken(w))) ?? w; i = j; } s.add(l, pred); }
  console.log(name, 'oracle per-type majority: recall', (s.recall * 100).toFixed(2), 'damage', (s.damage * 100).toFixed(2));
  all.merge(s);
}
console.log('combined', (all.recall * 100).toFixed(2), (all.damage * 100).toFixed(2));
