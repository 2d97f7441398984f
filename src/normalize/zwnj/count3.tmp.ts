import { readShared } from '../../../scripts/shared-data.js';
import { loadZwnjModel, restoreZwnj } from './index.js';
import { IS_KNOWN, HAS_FORM } from './zwnj-model.js';
const m = loadZwnjModel();
const text = (readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt') + readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt')).split('\u200C').join('');
const toks = text.split(/[^\u0600-\u06FF]+/).filter(Boolean);
const unk = new Set<string>(); let form = 0;
for (const t of toks) { const f = m.index.get(t) ?? 0; if (t.length < 3) continue; if (f & HAS_FORM) form++; else if (!(f & IS_KNOWN)) unk.add(t); }
console.log('distinct unknown', unk.size, 'hasForm', form, 'edits', restoreZwnj(text).edits.length);
