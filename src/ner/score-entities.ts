/**
 * Entity-level scoring as conlleval does it: a predicted entity counts only when its span and type
 * both match a gold entity exactly. Precision, recall and F1 per type and overall (micro-averaged).
 */

export interface EntityCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Entity spans «start:end:TYPE» of a BIO tag-name sequence (B-X/I-X or B_X/I_X); a stray I opens one. */
export function entityKeys(tags: readonly string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push(`${start}:${end}:${type}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const t = tag.length > 2 ? tag.slice(2) : '';
    if (tag === 'O' || tag === '' || (prefix !== 'B' && prefix !== 'I')) {
      close(i);
    } else if (prefix === 'B' || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

/** Adds one sentence's counts into `byType` (and under «ALL»). */
export function countEntities(gold: readonly string[], predicted: readonly string[], byType: Map<string, EntityCounts>): void {
  const g = new Set(entityKeys(gold));
  const p = new Set(entityKeys(predicted));
  const bump = (key: string, field: keyof EntityCounts): void => {
    for (const t of [key.slice(key.lastIndexOf(':') + 1), 'ALL']) {
      const c = byType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      byType.set(t, c);
    }
  };
  for (const k of p) bump(k, g.has(k) ? 'tp' : 'fp');
  for (const k of g) if (!p.has(k)) bump(k, 'fn');
}

export function scoreOf(c: EntityCounts): EntityScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: c.tp + c.fn, predicted: c.tp + c.fp };
}
