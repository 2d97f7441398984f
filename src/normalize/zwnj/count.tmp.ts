import { readShared } from '../../../scripts/shared-data.js';
import { loadZwnjModel } from './index.js';
import { IS_KNOWN, HAS_FORM, JOINS_LEFTWARD, JOINS_RIGHTWARD } from './zwnj-model.js';
const m = loadZwnjModel();
const text = (readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt') + readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt')).split('\u200C').join('');
const toks = text.split(/[^\u0600-\u06FF]+/).filter(Boolean);
let known = 0, form = 0, unknown = 0, short = 0, gapR = 0, gapL = 0;
for (const t of toks) { const f = m.index.get(t) ?? 0; if (t.length < 3) short++; else if (f & HAS_FORM) form++; else if (f & IS_KNOWN) known++; else unknown++; if (f & JOINS_RIGHTWARD) gapR++; if (f & JOINS_LEFTWARD) gapL++; }
console.log({ tokens: toks.length, short, known, form, unknown, gapR, gapL, index: m.index.size });
