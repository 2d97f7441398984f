/**
 * Abbreviations whose period must not end a sentence («ه.ش.», «ق.م.», «Dr.»). Dot chains of single
 * letters («ج.ا.ا», «e.g.») are recognised by shape; this list holds the rest, and the trained
 * lexicon adds Hazm's list (models/segment, built by segment.train.ts).
 */

/**
 * Built-in abbreviations, each with its final period when it takes one. Lower-case Latin keys match
 * case-insensitively.
 */
export const BUILTIN_ABBREVIATIONS: readonly string[] = [
  // Persian: calendar eras, references and titles written with a period.
  'ه.ش.', 'ه.ق.', 'ق.م.', 'م.', 'ش.', 'ق.', 'ص.', 'صص.', 'ج.', 'ر.ک.', 'ن.ک.', 'ه.ق.م.', 'ج.ا.ا.', 'ج.ا.ا',
  // Latin titles, Latin phrases, corporate suffixes, months.
  'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'sr.', 'jr.', 'st.', 'mt.', 'gen.', 'col.', 'lt.', 'capt.', 'sgt.', 'gov.',
  'sen.', 'rep.', 'rev.', 'hon.', 'pres.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'cf.', 'al.', 'approx.', 'ca.', 'no.', 'nos.',
  'vol.', 'vols.', 'pp.', 'p.', 'fig.', 'ed.', 'eds.', 'inc.', 'ltd.', 'co.', 'corp.', 'jan.', 'feb.', 'mar.', 'apr.',
  'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'a.m.', 'p.m.', 'u.s.', 'u.k.', 'u.n.',
];

/**
 * Honorifics written in parentheses after names («پیامبر (ص)», «امام خمینی (ره)»). UD keeps them as
 * three tokens «( ص )»; the list is exported for later stages (names, quotes).
 */
export const HONORIFICS: readonly string[] = ['(ص)', '(ع)', '(ره)', '(عج)', '(س)', '(رض)', '(رضی)', '(قدس)', '(قده)'];

/** Normalizes an abbreviation key: Latin letters lower-cased; Persian unchanged. */
export function abbreviationKey(text: string): string {
  return text.toLowerCase();
}

/** The built-in list merged with extra entries (from the trained lexicon), as lookup keys. */
export function createAbbreviationSet(extra: readonly string[] = []): ReadonlySet<string> {
  const set = new Set<string>();
  for (const a of BUILTIN_ABBREVIATIONS) set.add(abbreviationKey(a));
  for (const a of extra) set.add(abbreviationKey(a));
  return set;
}
