/**
 * The reporting-verb lexicon («گفت», «افزود», «تاکید کرد», «یادآور شد» ...): simple verbs and light-verb
 * phrases, conjugated for the tenses news uses (past, present progressive, perfect, pluperfect, past
 * progressive, future), persons 1 and 3, and negation («نگفت», «تاکید نکرد»). Keys are compact folded
 * strings (no spaces, no ZWNJ) so «تأکید کرد», «تاکید‌کرد» and «تاکیدکرد» meet.
 */
import { compactKey } from '../scan/fold-key.js';

export type CueTense = 'past' | 'present' | 'past-progressive' | 'perfect' | 'pluperfect' | 'future';

/** One conjugated form of a reporting verb. */
export interface CueForm {
  /** The verb as a dictionary phrase: nonverbal part + past stem («تاکید کرد»). */
  readonly lemma: string;
  readonly tense: CueTense;
  readonly negated: boolean;
  /** 1 for «گفتم»/«گفتیم», 3 for «گفت»/«گفتند». */
  readonly person: 1 | 3;
  /** «گفتند», «گفتیم». */
  readonly plural: boolean;
}

interface Verb {
  readonly past: string;
  readonly present: string;
  /** Present without «می» («دارد», not «می‌دارد»). */
  readonly barepresent?: boolean;
}

const LIGHT: Record<string, Verb> = {
  کرد: { past: 'کرد', present: 'کن' },
  داشت: { past: 'داشت', present: 'دار', barepresent: true },
  شد: { past: 'شد', present: 'شو' },
  داد: { past: 'داد', present: 'ده' },
  نمود: { past: 'نمود', present: 'نما' },
  ساخت: { past: 'ساخت', present: 'ساز' },
  آورد: { past: 'آورد', present: 'آور' },
};

/** Simple reporting verbs (past#present stems, as in Hazm's verbs.dat). */
const SIMPLE_VERBS: readonly Verb[] = [
  { past: 'گفت', present: 'گو' },
  { past: 'افزود', present: 'افزا' },
  { past: 'نوشت', present: 'نویس' },
  { past: 'پرسید', present: 'پرس' },
];

/** Light-verb reporting phrases: nonverbal part → the light verbs it takes. */
const PHRASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['تاکید', ['کرد', 'داشت', 'نمود']],
  ['تصریح', ['کرد', 'نمود']],
  ['اعلام', ['کرد', 'داشت', 'نمود']],
  ['خاطرنشان', ['کرد', 'ساخت', 'نمود']],
  ['اظهار', ['داشت', 'کرد', 'نمود']],
  ['عنوان', ['کرد', 'داشت', 'نمود']],
  ['بیان', ['کرد', 'داشت', 'نمود']],
  ['یادآور', ['شد']],
  ['متذکر', ['شد']],
  ['مدعی', ['شد']],
  ['یادآوری', ['کرد']],
  ['اضافه', ['کرد']],
  ['ادامه', ['داد']],
  ['توضیح', ['داد']],
  ['هشدار', ['داد']],
  ['پاسخ', ['داد']],
  ['ابراز', ['کرد', 'داشت']],
  ['اذعان', ['کرد', 'داشت']],
  ['اشاره', ['کرد']],
  ['خبر', ['داد']],
  ['ادعا', ['کرد']],
  ['تشریح', ['کرد']],
  ['اعتراف', ['کرد']],
  ['تایید', ['کرد']],
  ['پیش‌بینی', ['کرد']],
  ['وعده', ['داد']],
  ['قول', ['داد']],
  ['خواستار', ['شد']],
  ['ابراز امیدواری', ['کرد']],
  ['اظهار امیدواری', ['کرد']],
  ['بر زبان', ['آورد']],
];

/** The words of the lexicon as a reader sees them, for docs and the report. */
export const REPORTING_VERB_LEMMAS: readonly string[] = [
  ...SIMPLE_VERBS.map((v) => v.past),
  ...PHRASES.flatMap(([nv, lvs]) => lvs.map((lv) => `${nv} ${lv}`)),
];

/** Person endings: [ending, person, plural]. */
type Ending = readonly [string, 1 | 3, boolean];

const PAST_ENDINGS: readonly Ending[] = [['', 3, false], ['ند', 3, true], ['م', 1, false], ['یم', 1, true]];

function presentEndings(stem: string): readonly Ending[] {
  // A stem ending in a vowel takes a glide: «گو» → «گوید», «افزا» → «افزاید».
  const vowel = stem.endsWith('ا') || stem.endsWith('و');
  return vowel
    ? [['ید', 3, false], ['یند', 3, true], ['یم', 1, false], ['ییم', 1, true]]
    : [['د', 3, false], ['ند', 3, true], ['م', 1, false], ['یم', 1, true]];
}

const PERFECT_AUX: readonly Ending[] = [['است', 3, false], ['اند', 3, true], ['ام', 1, false], ['ایم', 1, true]];
const FUTURE_AUX: readonly Ending[] = [['خواهد', 3, false], ['خواهند', 3, true], ['خواهم', 1, false], ['خواهیم', 1, true]];

interface Conjugated {
  readonly form: string;
  readonly tense: CueTense;
  readonly negated: boolean;
  readonly person: 1 | 3;
  readonly plural: boolean;
}

function conjugate(v: Verb): Conjugated[] {
  const out: Conjugated[] = [];
  for (const negated of [false, true]) {
    const n = negated ? 'ن' : '';
    for (const [e, person, plural] of PAST_ENDINGS) {
      out.push({ form: `${n}${v.past}${e}`, tense: 'past', negated, person, plural });
      out.push({ form: `${negated ? 'نمی' : 'می'}${v.past}${e}`, tense: 'past-progressive', negated, person, plural });
      out.push({ form: `${n}${v.past}ه بود${e}`, tense: 'pluperfect', negated, person, plural });
    }
    for (const [e, person, plural] of presentEndings(v.present)) {
      const prefix = v.barepresent ? n : negated ? 'نمی' : 'می';
      out.push({ form: `${prefix}${v.present}${e}`, tense: 'present', negated, person, plural });
    }
    for (const [aux, person, plural] of PERFECT_AUX) out.push({ form: `${n}${v.past}ه ${aux}`, tense: 'perfect', negated, person, plural });
    for (const [aux, person, plural] of FUTURE_AUX) out.push({ form: `${n}${aux} ${v.past}`, tense: 'future', negated, person, plural });
  }
  return out;
}

export interface CueLexicon {
  /** Compact key of a whole cue → its form. */
  readonly forms: ReadonlyMap<string, CueForm>;
  /** Every prefix of every key, so a scan can stop as soon as a word sequence cannot become a cue. */
  readonly prefixes: ReadonlySet<string>;
}

/** Builds the lexicon: «تاکید نکرد» → {lemma: «تاکید کرد», tense: past, negated: true, person: 3}. */
export function buildCueLexicon(): CueLexicon {
  const forms = new Map<string, CueForm>();
  const add = (lemma: string, nonverbal: string, v: Verb): void => {
    for (const f of conjugate(v)) {
      const key = compactKey(nonverbal ? `${nonverbal} ${f.form}` : f.form);
      if (!forms.has(key)) forms.set(key, { lemma, tense: f.tense, negated: f.negated, person: f.person, plural: f.plural });
    }
  };
  for (const v of SIMPLE_VERBS) add(v.past, '', v);
  for (const [nv, lvs] of PHRASES) for (const lv of lvs) add(`${nv.replace('‌', ' ')} ${lv}`, nv, LIGHT[lv]!);
  const prefixes = new Set<string>();
  for (const key of forms.keys()) for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k));
  return { forms, prefixes };
}
