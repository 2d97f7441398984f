/**
 * Lemmas of nouns, adjectives and other nominals: plural «ها/ان/ات/ین», comparative «تر/ترین»,
 * ezafe and indefinite «ی», hamza-ezafe «ٔ» and possessive clitics come off; a suffix written without
 * a ZWNJ comes off only when the lexicon knows what is left («درختان» → «درخت», «ایرانی» stays).
 */
import type { MorphModel } from './morph-model.js';
import { singularizeBrokenPlural } from './singularize-broken-plural.js';

const ZWNJ = '\u200c';
const HAMZA_ABOVE = '\u0654';

/** Suffixes written after a ZWNJ: these never belong to the stem (Academy orthography: «کتاب‌ها», «خانه‌ای»). */
const ZWNJ_SUFFIXES = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست', 'هایی‌که',
  'ای', 'ی', 'یی', 'ام', 'ات', 'اش', 'مان', 'تان', 'شان', 'ایم', 'اید', 'اند', 'است',
  'تر', 'ترین', 'تری', 'ترها', 'ترهای',
]);

/** Suffix written without a ZWNJ, with what replaces it («نمایندگان» → «نماینده»), in the order tried. */
type Strip = readonly [suffix: string, replacement: string];

const NOUN_STRIPS: readonly Strip[] = [
  ['هایشان', ''], ['هایمان', ''], ['هایتان', ''], ['هایی', ''], ['های', ''], ['ها', ''],
  ['گان', 'ه'], ['گانی', 'ه'], ['جات', 'ه'], ['ان', ''], ['انی', ''], ['یان', ''], ['یانی', ''],
  // Arabic feminine plural: «مطالعات» → «مطالعه», «اقدامات» → «اقدام», «شهوات» → «شهوت».
  ['ترین', ''], ['تر', ''],
  ['ات', 'ه'], ['ات', ''], ['ات', 'ت'], ['اتی', 'ه'], ['اتی', ''], ['ین', ''],
  // «Xایی/Xویی» nouns are mostly abstract («دانایی», «پاسخگویی»), so «یی» stays; UD splits clitics off
  // as their own words, so only the unambiguous plural-person ones are tried here.
  ['ی', ''], ['ء', ''],
  ['شان', ''], ['مان', ''], ['تان', ''],
];

/** Adjectives: comparative and superlative, ezafe after a vowel; a bare «ی» is derivational («ایرانی»). */
const ADJ_STRIPS: readonly Strip[] = [['ترین', ''], ['تری', ''], ['تر', ''], ['های', ''], ['ها', ''], ['ان', '']];

/** Suffixes after a ZWNJ that adjectives keep: «گلخانه‌ای» is a relational adjective, not «گلخانه» + «ای». */
const ADJ_KEEPS = new Set(['ای', 'ی', 'یی']);

/** Letters that never join the next one (Academy: no ZWNJ after them): ا د ذ ر ز ژ و آ. */
const NON_JOINING = new Set(['ا', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'آ']);

function unknownPluralStem(form: string): string {
  for (const suffix of ['هایی', 'های', 'ها']) {
    if (!form.endsWith(suffix)) continue;
    const stem = form.slice(0, form.length - suffix.length);
    if (stem.length >= 3 && NON_JOINING.has(stem[stem.length - 1]!)) return stem;
    return '';
  }
  return '';
}

function isAdjective(w: string, model: MorphModel): boolean {
  return model.adjectives.has(w);
}

/** Whether `w` is a base form the lexicon knows (not a listed plural). */
function isBase(w: string, model: MorphModel): boolean {
  return model.lexicon.has(w) && !model.plurals.has(w);
}

function endsWithVowel(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  return last === 0x627 || last === 0x648 || last === 0x622; // ا و آ
}

/** Plural suffixes whose stem may also be a compound of two known words («دلاورمردان» → «دلاورمرد»). */
const COMPOUND_PLURALS = new Set(['ها', 'های', 'هایی', 'ان', 'گان', 'یان', 'ات', 'ین']);

/** A compound of known words: «قبیله‌سالار» (ZWNJ-joined) or «دلاورمرد» (two known parts of 2+ and 3+ letters). */
function isCompound(w: string, model: MorphModel): boolean {
  if (w.includes(ZWNJ)) return w.split(ZWNJ).every((part) => part.length > 0 && isBase(part, model));
  for (let k = 2; k <= w.length - 3; k++) {
    if (isBase(w.slice(0, k), model) && isBase(w.slice(k), model)) return true;
  }
  return false;
}

/** Strips grouped by the suffix's last character, so a word is only tested against suffixes it can end with. */
function byLastChar(strips: readonly Strip[]): ReadonlyMap<number, readonly Strip[]> {
  const out = new Map<number, Strip[]>();
  for (const strip of strips) {
    const key = strip[0].charCodeAt(strip[0].length - 1);
    const list = out.get(key) ?? [];
    list.push(strip);
    out.set(key, list);
  }
  return out;
}

const NOUN_STRIPS_BY_LAST = byLastChar(NOUN_STRIPS);
const ADJ_STRIPS_BY_LAST = byLastChar(ADJ_STRIPS);

function stripKnown(form: string, stripsByLast: ReadonlyMap<number, readonly Strip[]>, model: MorphModel): string {
  const strips = stripsByLast.get(form.charCodeAt(form.length - 1));
  if (strips === undefined) return '';
  for (const [suffix, replacement] of strips) {
    if (form.length <= suffix.length + 1 || !form.endsWith(suffix)) continue;
    // «یان» is «ان» after a glide only after a vowel («دانشجویان» → «دانشجو»); «بسیجیان» is «بسیجی» + «ان».
    if (suffix.startsWith('یان') && !endsWithVowel(form.slice(0, form.length - suffix.length))) continue;
    const stem = form.slice(0, form.length - suffix.length) + replacement;
    if (isBase(stem, model)) return stem;
    // A broken plural with a suffix on it: «اعضای» → «اعضا» → «عضو» is left to the table; «افرادی» → «فرد».
    if (model.plurals.has(stem)) {
      const singular = singularizeBrokenPlural(stem, (w) => isBase(w, model), true);
      if (singular) return singular;
    }
  }
  return '';
}

/** Last resort for an unknown plural: a compound stem made of known words («مستعمره‌نشینان»). */
function stripCompoundPlural(form: string, model: MorphModel): string {
  for (const [suffix, replacement] of NOUN_STRIPS) {
    if (!COMPOUND_PLURALS.has(suffix) || form.length <= suffix.length + 4 || !form.endsWith(suffix)) continue;
    const stem = form.slice(0, form.length - suffix.length) + replacement;
    if (isCompound(stem, model)) return stem;
  }
  return '';
}

/**
 * The UD lemma of a nominal (`upos` NOUN, ADJ, PROPN...). «کتاب‌ها» → «کتاب», «درختان» → «درخت»,
 * «بزرگ‌ترین» → «بزرگ», «همهٔ» → «همه», «اخبار» → «خبر».
 */
export function lemmatizeNominal(form: string, upos: string, model: MorphModel): string {
  if (form.endsWith(HAMZA_ABOVE) && form.length > 1) return lemmatizeNominal(form.slice(0, -1), upos, model);
  if (isBase(form, model)) return form;
  const isAdj = upos === 'ADJ';
  const zwnj = form.lastIndexOf(ZWNJ);
  if (zwnj > 0) {
    const suffix = form.slice(zwnj + 1);
    const head = form.slice(0, zwnj);
    // «برجسته‌ای» is an adjective with the indefinite «ای»; «گلخانه‌ای» (on a noun) is an adjective of its own.
    if (ZWNJ_SUFFIXES.has(suffix) && !(isAdj && ADJ_KEEPS.has(suffix) && !isAdjective(head, model))) {
      return lemmatizeNominal(head, upos, model);
    }
  }
  // Ezafe after a vowel is written «ی»: «صدای» → «صدا», «روستای» → «روستا», «آشنای» → «آشنا».
  if (form.endsWith('ی') && form.length > 2 && endsWithVowel(form.slice(0, -1)) && isBase(form.slice(0, -1), model)) {
    return form.slice(0, -1);
  }
  if (upos === 'PROPN') return form;
  // «ی» on an adjective-only word: indefinite on an adjective («مشهوری» → «مشهور»), but an abstract
  // noun when the word is a noun («خونسردی»); on a noun stem it is the relational adjective («ایرانی»).
  if (form.endsWith('ی') && form.length > 3) {
    const stem = form.slice(0, form.endsWith('یی') && endsWithVowel(form.slice(0, -2)) ? -2 : -1);
    if (isAdjective(stem, model)) return isAdj ? stem : form;
  }
  const stripped = stripKnown(form, isAdj ? ADJ_STRIPS_BY_LAST : NOUN_STRIPS_BY_LAST, model);
  if (stripped) return stripped;
  if (!isAdj) {
    if (upos === 'NOUN' || model.plurals.has(form)) {
      const singular = singularizeBrokenPlural(form, (w) => isBase(w, model), model.plurals.has(form));
      if (singular) return singular;
    }
    // An unknown «Xیان» whose X is known is a «Xی» noun in the plural: «بسیجیان» → «بسیجی».
    if (form.endsWith('یان') && form.length > 5 && isBase(form.slice(0, -3), model)) return form.slice(0, -2);
    const compound = stripCompoundPlural(form, model);
    if (compound) return compound;
    // «ها» right after a non-joining letter is how the Academy writes the plural («کشورها», «بلاگرها»),
    // so it comes off even when the lexicon does not know the stem.
    const plural = unknownPluralStem(form);
    if (plural) return plural;
  }
  return form;
}
