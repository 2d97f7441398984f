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
  private readonly names: string[] = [];
  private readonly appositions: Apposition[] = [];

  /** Records a person's name as written («امانوئل مکرون و اولاف شولتس» records both). */
  addName(name: string): void {
    for (const part of name.split(/\s+و\s+/)) {
      const trimmed = part.trim();
      if (trimmed && !this.names.includes(trimmed)) this.names.push(trimmed);
    }
  }

  addApposition(role: string, name: string, at: number): void {
    this.addName(name);
    this.appositions.push({ roleKeys: wordKeys(role), name, at });
  }

  /** The fullest recorded name containing every word of `name`: «ربیعی» → «علی ربیعی». */
  fullName(name: string): string {
    const keys = wordKeys(name);
    if (keys.length === 0) return name;
    let best = name;
    let bestWords = keys.length;
    for (const candidate of this.names) {
      const ck = wordKeys(candidate);
      if (ck.length <= bestWords) continue;
      if (keys.every((k) => ck.includes(k))) {
        best = candidate;
        bestWords = ck.length;
      }
    }
    return best;
  }

  /** True when `word` is part of a recorded multi-word name. */
  isKnownNameWord(key: string): boolean {
    return this.names.some((n) => n.includes(' ') && wordKeys(n).includes(key));
  }

  /** The name a role refers to: the nearest apposition before `at`, else the first after it. */
  nameForRole(role: string, at: number): string | undefined {
    const keys = wordKeys(role);
    let before: Apposition | undefined;
    let after: Apposition | undefined;
    for (const a of this.appositions) {
      if (!rolesMatch(keys, a.roleKeys)) continue;
      if (a.at <= at) {
        if (!before || a.at > before.at) before = a;
      } else if (!after || a.at < after.at) after = a;
    }
    const found = (before ?? after)?.name;
    return found === undefined ? undefined : this.fullName(found);
  }
}
