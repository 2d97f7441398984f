/**
 * NameBook: what the text itself establishes about people, used when NER gives no groups: the fullest
 * spelling of each name («پوتین» → «ولادیمیر پوتین») and role–name appositions
 * («ولادیمیر پوتین، رئیس‌جمهوری روسیه،» lets «رئیس‌جمهوری روسیه افزود» resolve to Putin).
 */
import { foldKey } from '../scan/fold-key.js';

export interface Apposition {
  /** Folded words of the role («سخنگوی وزارت امور خارجه»). */
  readonly roleKeys: readonly string[];
  readonly name: string;
  /** Offset where the apposition is written. */
  readonly at: number;
}

function wordKeys(phrase: string): string[] {
  return phrase.split(/[\s]+/).filter(Boolean).map((w) => foldKey(w));
}

/** Role phrases match when equal, when one extends the other, or when they share the head and half their words. */
export function rolesMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a[0] !== b[0]) return false;
  const n = Math.min(a.length, b.length);
  let prefix = true;
  for (let i = 0; i < n && prefix; i++) prefix = a[i] === b[i];
  if (prefix) return true;
  const setA = new Set(a);
  let shared = 0;
  for (const w of new Set(b)) if (setA.has(w)) shared++;
  return shared / (setA.size + new Set(b).size - shared) >= 0.5;
}

export class NameBook {
  private readonly names: Array<{ name: string; keys: string[] }> = [];
  /** Appositions by role phrase (folded words joined by spaces), each list in text order. */
  private readonly byRole = new Map<string, { keys: string[]; entries: Apposition[]; sorted: boolean }>();
  private readonly roleMatches = new Map<string, boolean>();
  // Per-document memo: the same surname or role is looked up once per quote.
  private readonly fullNames = new Map<string, string>();

  /** Records a person's name as written («امانوئل مکرون و اولاف شولتس» records both). */
  addName(name: string): void {
    for (const part of name.split(/\s+و\s+/)) {
      const trimmed = part.trim();
      if (trimmed && !this.names.some((n) => n.name === trimmed)) this.names.push({ name: trimmed, keys: wordKeys(trimmed) });
    }
    this.fullNames.clear();
  }

  addApposition(role: string, name: string, at: number): void {
    this.addName(name);
    const roleKeys = wordKeys(role);
    const id = roleKeys.join(' ');
    let bucket = this.byRole.get(id);
    if (!bucket) {
      bucket = { keys: roleKeys, entries: [], sorted: true };
      this.byRole.set(id, bucket);
    }
    bucket.entries.push({ roleKeys, name, at });
    bucket.sorted = false;
  }

  /** The fullest recorded name that ends with the words of `name` (a surname): «ربیعی» → «علی ربیعی». */
  fullName(name: string): string {
    const hit = this.fullNames.get(name);
    if (hit !== undefined) return hit;
    const keys = wordKeys(name);
    let best = name;
    let bestWords = keys.length;
    if (keys.length > 0) {
      for (const candidate of this.names) {
        const ck = candidate.keys;
        if (ck.length <= bestWords) continue;
        const offset = ck.length - keys.length;
        if (keys.every((k, i) => ck[offset + i] === k)) {
          best = candidate.name;
          bestWords = ck.length;
        }
      }
    }
    this.fullNames.set(name, best);
    return best;
  }

  /** True when `word` is part of a recorded multi-word name. */
  isKnownNameWord(key: string): boolean {
    return this.names.some((n) => n.keys.length > 1 && n.keys.includes(key));
  }

  /** The name a role refers to: the nearest apposition before `at`, else the first after it. */
  nameForRole(role: string, at: number): string | undefined {
    const keys = wordKeys(role);
    const id = keys.join(' ');
    let before: Apposition | undefined;
    let after: Apposition | undefined;
    for (const [otherId, bucket] of this.byRole) {
      const pair = `${id}|${otherId}`;
      let match = this.roleMatches.get(pair);
      if (match === undefined) {
        match = rolesMatch(keys, bucket.keys);
        this.roleMatches.set(pair, match);
      }
      if (!match) continue;
      // Sorted by offset once, then binary search the last one at or before `at`.
      if (!bucket.sorted) {
        bucket.entries.sort((x, y) => x.at - y.at);
        bucket.sorted = true;
      }
      const entries = bucket.entries;
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (entries[mid]!.at <= at) lo = mid + 1;
        else hi = mid;
      }
      const b = lo > 0 ? entries[lo - 1] : undefined;
      const a = lo < entries.length ? entries[lo] : undefined;
      if (b && (!before || b.at > before.at)) before = b;
      if (a && (!after || a.at < after.at)) after = a;
    }
    const found = (before ?? after)?.name;
    return found === undefined ? undefined : this.fullName(found);
  }
}
