/**
 * validateDoc: the invariants every stage must keep, as Lucene's ValidatingTokenFilter checks a
 * token stream. Returns a list of problems (empty when the doc is sound); tests run it after each stage.
 */
import type { Doc } from './doc.js';

export function validateDoc(doc: Doc): string[] {
  const problems: string[] = [];
  const n = doc.text.length;
  const m = doc.offsets;
  if (m.textLength !== n) problems.push(`offset map covers ${m.textLength} chars, text has ${n}`);
  if (m.sourceLength !== doc.source.length) problems.push(`offset map source length ${m.sourceLength} != ${doc.source.length}`);
  let prevSource = 0;
  for (let k = 0; k < m.outPos.length; k++) {
    const o = m.outPos[k]!;
    if (k > 0 && o <= m.outPos[k - 1]!) problems.push(`offset checkpoints not increasing at ${k}`);
    const s = m.toSource(o);
    if (s < prevSource) problems.push(`offset map decreases at output ${o}`);
    prevSource = s;
  }
  if (m.toSource(n) > doc.source.length) problems.push('offset of text end is past the source end');

  const t = doc.tokens;
  let prevEnd = 0;
  for (let i = 0; i < t.length; i++) {
    const s = t.start[i]!;
    const e = t.end[i]!;
    if (!(s >= 0 && e <= n && s < e)) problems.push(`token ${i} [${s}, ${e}) is empty or outside the text`);
    if (s < prevEnd) problems.push(`token ${i} starts at ${s}, before the previous token's end ${prevEnd}`);
    prevEnd = e;
    const sur = t.surface[i]!;
    if (sur > i || sur < 0) problems.push(`token ${i} has surface index ${sur}`);
    if (i > 0 && t.sentence[i]! < t.sentence[i - 1]!) problems.push(`token ${i} sentence index decreases`);
  }
  let prevSentenceEnd = 0;
  doc.sentences.forEach((s, k) => {
    if (s.start < prevSentenceEnd || s.end > n || s.start > s.end) problems.push(`sentence ${k} [${s.start}, ${s.end}) is out of order or range`);
    if (s.tokenStart > s.tokenEnd || s.tokenEnd > t.length) problems.push(`sentence ${k} token range is invalid`);
    prevSentenceEnd = s.end;
  });
  doc.entities.forEach((e, k) => {
    if (e.start < 0 || e.end > n || e.start >= e.end) problems.push(`entity ${k} [${e.start}, ${e.end}) is empty or outside the text`);
    if (e.group >= doc.mentionGroups.length) problems.push(`entity ${k} points at missing group ${e.group}`);
  });
  doc.quotes.forEach((q, k) => {
    if (q.start < 0 || q.end > n || q.start > q.end) problems.push(`quote ${k} content is outside the text`);
    if (q.cue && (q.cue.start < 0 || q.cue.end > n)) problems.push(`quote ${k} cue is outside the text`);
    if (q.speaker && (q.speaker.start < 0 || q.speaker.end > n)) problems.push(`quote ${k} speaker is outside the text`);
  });
  doc.sources.forEach((s, k) => {
    if (s.start < 0 || s.end > n || s.start > s.end) problems.push(`source ${k} is outside the text`);
  });
  for (const i of doc.summary) if (i < 0 || i >= doc.sentences.length) problems.push(`summary names missing sentence ${i}`);
  return problems;
}
