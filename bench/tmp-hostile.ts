import { normalize } from '../src/normalize/index.js';
const cases: Record<string, string> = {
  url: 'http://a.ir/' + 'ب۱'.repeat(400_000), url2: 'ب۱ '.repeat(300_000),

  zwnjKashida: '\u200cـ'.repeat(500_000), spaceDot: 'ب .'.repeat(300_000), quotes: '"ب'.repeat(500_000), ctrl: '\u0000'.repeat(1_000_000),
  digitsLetters: '۱ب'.repeat(500_000), invisDigits: '1\u200f'.repeat(500_000),
};
for (const [name, s] of Object.entries(cases)) {
  for (const o of [{ restoreZwnj: false, quotes: 'guillemets' as const }]) {
    const t = performance.now(); const r = normalize(s, o); const ms = performance.now() - t;
    console.log(name.padEnd(14), JSON.stringify(o).padEnd(45), `${ms.toFixed(0)} ms`, r.text.length);
  }
}
