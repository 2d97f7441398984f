import { readShared } from '../../../scripts/shared-data.js';
import { restoreZwnj, loadZwnjModel } from './index.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c0 = cpu(); let t0 = performance.now(); loadZwnjModel(); console.log('load wall', (performance.now() - t0).toFixed(0), 'cpu', (cpu() - c0).toFixed(0));
const text = (readShared('ud-persian-perdt', 'fa_perdt-train.raw.txt') + readShared('ud-persian-seraji', 'fa_seraji-train.raw.txt')).split('\u200C').join('');
for (let r = 0; r < 4; r++) { c0 = cpu(); t0 = performance.now(); restoreZwnj(text); const ms = performance.now() - t0; const cms = cpu() - c0; console.log(ms.toFixed(0), 'ms wall', cms.toFixed(0), 'ms cpu', (text.length / cms / 1000).toFixed(2), 'M chars/cpu-s'); }
