/** The page's stylesheet, inlined so a rendered page is one self-contained file. Right-to-left throughout. */

/** Background colour per entity label (light, so the text stays readable under it). */
const ENTITY_COLOURS: Record<string, string> = {
  PER: '#ffe0b2',
  LOC: '#c8e6c9',
  ORG: '#bbdefb',
  FAC: '#d1c4e9',
  EVENT: '#f8bbd0',
  PRODUCT: '#b2ebf2',
  DATE: '#fff59d',
  TIME: '#f0f4c3',
  MONEY: '#dcedc8',
  PERCENT: '#ffccbc',
};

const entityRules = Object.entries(ENTITY_COLOURS)
  .map(([label, colour]) => `.ent-${label}{background:${colour}}`)
  .join('\n');

/** The stylesheet; `fontUrl` points at a Vazirmatn woff2 when the page is served with one. */
export function pageStyles(fontUrl?: string): string {
  const face = fontUrl ? `@font-face{font-family:Vazirmatn;src:url("${fontUrl}") format("woff2");font-weight:100 900;font-display:swap}\n` : '';
  return `${face}
:root{--ink:#1b1b1b;--muted:#666;--line:#ddd;--accent:#00695c}
*{box-sizing:border-box}
body{margin:0;font-family:Vazirmatn,Tahoma,"Noto Naskh Arabic",sans-serif;color:var(--ink);background:#fafafa;line-height:1.9}
header{padding:.6rem 1.2rem;background:var(--accent);color:#fff;display:flex;gap:1rem;align-items:baseline}
header h1{margin:0;font-size:1.4rem}
header p{margin:0;opacity:.85;font-size:.9rem}
form{padding:1rem 1.2rem;display:grid;gap:.5rem}
textarea{width:100%;min-height:9rem;font:inherit;padding:.6rem;border:1px solid var(--line);border-radius:6px}
button{justify-self:start;font:inherit;padding:.3rem 1.4rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer}
.error{margin:1rem 1.2rem;padding:.6rem 1rem;border:1px solid #e57373;background:#ffebee;border-radius:6px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1rem;padding:0 1.2rem 2rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
article{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.2rem;white-space:pre-wrap;font-size:1.05rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem;margin:0 0 .6rem;padding:0;list-style:none;font-size:.8rem}
.legend li{padding:0 .4rem;border-radius:4px}
.ent{padding:.1em 0}
${entityRules}
.quote{text-decoration:underline 2px #80cbc4;text-underline-offset:6px}
.cue{font-weight:700;color:var(--accent)}
.speaker{outline:1px dashed var(--accent);outline-offset:1px}
.source{border-bottom:2px dotted #8d6e63}
.summary{background-image:linear-gradient(#fff8e1,#fff8e1)}
.summary.ent{background-image:none}
.edit{text-decoration:underline dotted #e53935;text-underline-offset:8px}
.quote.edit{text-decoration:underline 2px #80cbc4}
.linked{outline:2px solid #ff7043}
aside{display:grid;gap:.8rem;align-content:start}
.panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.4rem 1rem .8rem}
.panel h2{font-size:1rem;margin:.3rem 0;color:var(--accent)}
.panel ol,.panel ul{margin:0;padding-inline-start:1.2rem}
.panel blockquote{margin:.1rem 0 .5rem;color:#333;font-size:.92rem}
.kind{font-size:.75rem;color:var(--muted);margin-inline-start:.4rem;direction:ltr;unicode-bidi:isolate}
.chain li{margin-inline-start:calc(var(--depth) * 1rem)}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0!important}
.chips li{background:#e0f2f1;border-radius:1rem;padding:0 .6rem;font-size:.9rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .6rem;margin:0}
dt{font-size:.8rem;color:var(--muted);direction:ltr}
dd{margin:0}
dd .ent{display:inline-block;margin:0 0 .2rem .2rem;padding:0 .3rem;border-radius:3px}
table{font-size:.85rem;border-collapse:collapse}
td{padding:0 .4rem;direction:ltr;text-align:left}
.none{color:var(--muted);margin:0}
`;
}
