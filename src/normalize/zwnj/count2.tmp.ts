import { readShared } from '../../../scripts/shared-data.js';
import { loadZwnjModel } from './index.js';
import { HAS_PAIRS, IS_PREFIX, IS_SUFFIX, IS_LEFT_PIECE, IS_RIGHT_PIECE } from './zwnj-model.js';
const m = loadZwnjModel();
const text = (readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt') + readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt')).split('\u200C').join('');
const toks = text.split(/[^\u0600-\u06FF]+/).filter(Boolean);
const c: Record<string, number> = { pairs: 0, prefix: 0, suffix: 0, lp: 0, rp: 0 };
for (const t of toks) { const f = m.index.get(t) ?? 0; if (f & HAS_PAIRS) c.pairs!++; if (f & IS_PREFIX) c.prefix!++; if (f & IS_SUFFIX) c.suffix!++; if (f & IS_LEFT_PIECE) c.lp!++; if (f & IS_RIGHT_PIECE) c.rp!++; }
console.log(c, m.pairs.size, [...m.pairs].sort((a, b) => b[1].size - a[1].size).slice(0, 10).map(([k, v]) => k + ':' + v.size).join(' '));
