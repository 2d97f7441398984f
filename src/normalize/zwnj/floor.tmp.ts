import { readShared } from '../../../scripts/shared-data.js';
import { restoreZwnj, loadZwnjModel } from './index.js';
import { WORD_CHAR_0600 } from './char-classes.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const m = loadZwnjModel();
const text = (readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt') + readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt')).split('\u200C').join('');
function floor(): number { let hits = 0; const n = text.length; let i = 0; while (i < n) { const c = text.charCodeAt(i); if (c < 0x600 || c > 0x6ff || WORD_CHAR_0600[c - 0x600] === 0) { i++; continue; } let j = i + 1; while (j < n) { const d = text.charCodeAt(j); if (d < 0x600 || d > 0x6ff || WORD_CHAR_0600[d - 0x600] === 0) break; j++; } const t = text.slice(i, j); hits += m.index.get(t) ?? 0; i = j; } return hits; }
for (let r = 0; r < 5; r++) {
  let c0 = cpu(); floor(); const f = cpu() - c0;
  c0 = cpu(); restoreZwnj(text); const z = cpu() - c0;
  console.log('floor', (text.length / f / 1000).toFixed(2), 'M/s; restoreZwnj', (text.length / z / 1000).toFixed(2), 'M/s; ratio', (z / f).toFixed(2));
}
import { restoreZwnjWith } from './restore-zwnj.js';
import { resolveZwnjOptions } from './index.js';
for (const opts of [{ glued: false, spaced: false }, { glued: true, spaced: false }, { glued: false, spaced: true }, {}]) {
  const st = resolveZwnjOptions(opts);
  let best = 1e9;
  for (let r = 0; r < 4; r++) { const c0 = cpu(); restoreZwnjWith(m, text, st); best = Math.min(best, cpu() - c0); }
  let fb = 1e9; for (let r = 0; r < 3; r++) { const c0 = cpu(); floor(); fb = Math.min(fb, cpu() - c0); }
  console.log(JSON.stringify(opts), (text.length / best / 1000).toFixed(2), 'M/s', 'floor', (text.length / fb / 1000).toFixed(2));
}
