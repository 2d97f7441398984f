/**
 * Verb lemmas by analysis: peel the preverb, «می‌»/«نمی‌», negation «ن», subjunctive «ب», perfect
 * clitics and personal endings off, and accept a stem only when the verb table knows it. UD Persian
 * lemmatizes every verb form to its past stem («می‌روند» → «رفت») and drops preverbs («برمی‌گردد» → «گشت»).
 */
import type { MorphModel } from './morph-model.js';

const ZWNJ = '\u200c';

/** Endings after a past stem: zero (3sg «رفت»), persons, participle «ه» («رفته»), «ن» colloquial. */
const PAST_ENDINGS = ['ند', 'ید', 'یم', 'ین', 'م', 'ی', 'ه', 'ن', ''] as const;
/** Endings after a present stem; zero is the imperative («کن»), «ه»/«ن» are colloquial («میشه», «میکنن»). */
const PRESENT_ENDINGS = ['ند', 'ید', 'یم', 'ین', 'م', 'ی', 'د', 'ه', 'ن', ''] as const;

/** Perfect clitics written after a ZWNJ («رفته‌است», «گفته‌اند»). */
const PERFECT_CLITICS = new Set(['ام', 'ای', 'است', 'ایم', 'اید', 'اند', 'ست']);

/** Aspect and negation prefixes written with a ZWNJ or a space («می‌», «نمی‌», literary «همی‌»). */
const ASPECT_PREFIXES = new Set(['می', 'نمی', 'همی']);

/** Preverbs that UD drops from the lemma («برداشت» → «داشت», «فرومی‌ریزد» → «ریخت»). */
const PREVERBS = ['فرو', 'فرا', 'باز', 'بر', 'در', 'وا'] as const;

/** «بودن/هستن» forms that are not built from a table stem. */
const COPULA: ReadonlyMap<string, string> = new Map([
  ['است', 'است'],
  ['ست', 'است'],
  ['نیست', 'هست'],
  ['هست', 'هست'],
]);

/** The past stem of a stem-plus-ending string, or '' when neither table knows it. */
function stemOf(core: string, model: MorphModel): string {
  for (const ending of PAST_ENDINGS) {
    if (core.length <= ending.length || !core.endsWith(ending)) continue;
    const stem = core.slice(0, core.length - ending.length);
    if (model.pastStems.has(stem)) return stem;
  }
  for (const ending of PRESENT_ENDINGS) {
    if (core.length <= ending.length || !core.endsWith(ending)) continue;
    const stem = core.slice(0, core.length - ending.length);
    const past = model.presentToPast.get(stem);
    if (past !== undefined) return past;
    // A vowel-final present stem takes a glide «ی» before endings: «گوید», «آیند».
    if (stem.length > 1 && stem.endsWith('ی')) {
      const glided = model.presentToPast.get(stem.slice(0, -1));
      if (glided !== undefined) return glided;
    }
    const copula = COPULA.get(stem) ?? (stem === 'هست' || stem === 'نیست' ? 'هست' : undefined);
    if (copula !== undefined && ending !== '') return copula;
  }
  return '';
}

/** Tries the core as written, then with «ن»/«ب»/«می» removed; «یا» after a prefix is «آ» («نیامد» → «آمد»). */
function stemAfterPrefixes(core: string, model: MorphModel): string {
  const whole = stemOf(core, model);
  // «بریزد» reads as rare «برشت» + «د» or as «ب» + «ریزد»: the more frequent verb wins.
  if (whole && core.startsWith('ب') && core.length > 3) {
    const alt = stemOf(core.slice(1), model);
    if (alt && (model.pastRank.get(alt) ?? Infinity) < (model.pastRank.get(whole) ?? Infinity)) return alt;
  }
  if (whole) return whole;
  for (const prefix of ['نمی', 'می', 'ن', 'ب']) {
    if (core.length <= prefix.length + 1 || !core.startsWith(prefix)) continue;
    const rest = core.slice(prefix.length);
    const stem = stemOf(rest, model);
    if (stem) return stem;
    // «یا» after a prefix stands for «آ» or «ا» («نیامد» → «آمد», «بیانجامد» → «انجامید»), colloquial «میاد» too.
    if (rest.startsWith('یا')) {
      const madda = stemOf(`آ${rest.slice(2)}`, model) || stemOf(`ا${rest.slice(2)}`, model);
      if (madda) return madda;
    } else if (rest.startsWith('ا')) {
      const madda = stemOf(`آ${rest.slice(1)}`, model);
      if (madda) return madda;
    }
  }
  return '';
}

/** Removes ZWNJ-joined aspect prefixes and perfect clitics: «نمی‌رفته‌اند» → «رفته». */
function coreOf(form: string): string {
  const zwnj = form.indexOf(ZWNJ);
  if (zwnj < 0) return form;
  // The usual shapes, without building arrays: «می‌روند», «نمی‌روند».
  if (form.indexOf(ZWNJ, zwnj + 1) < 0 && zwnj > 0 && zwnj < form.length - 1) {
    const first = form.slice(0, zwnj);
    if (ASPECT_PREFIXES.has(first)) return form.slice(zwnj + 1);
    if (PERFECT_CLITICS.has(form.slice(zwnj + 1))) return first;
  }
  const parts = form.split(ZWNJ).filter((p) => p.length > 0);
  if (parts.length > 1 && PERFECT_CLITICS.has(parts[parts.length - 1]!)) parts.pop();
  if (parts.length > 1) {
    const first = parts[0]!;
    if (ASPECT_PREFIXES.has(first)) parts.shift();
    else {
      for (const pv of PREVERBS) {
        const rest = first.slice(pv.length);
        if (first.startsWith(pv) && ASPECT_PREFIXES.has(rest)) {
          parts.shift();
          break;
        }
      }
    }
  }
  return parts.join('');
}

/**
 * Last resort for a verb no table knows: strip the prefixes and the person ending and form the past stem
 * the regular way: present stem + «ید» («می‌چرند» → «چرید»), causative «ان» + «د» («می‌نوشانیم» → «نوشاند»);
 * a stem that already looks past («نپلکیدم» → «پلکید») is kept.
 */
function guessStem(core: string): string {
  let s = core;
  let isPrefixed = false;
  for (const prefix of ['نمی', 'می', 'ن', 'ب', 'م']) {
    if (s.startsWith(prefix) && s.length >= prefix.length + 3) {
      s = s.slice(prefix.length);
      isPrefixed = true;
      break;
    }
  }
  for (const ending of ['ند', 'ید', 'یم', 'م', 'ی', 'د', 'ه', '']) {
    if (s.length < ending.length + 2 || !s.endsWith(ending)) continue;
    const stem = s.slice(0, s.length - ending.length);
    if (/(?:ید|اند|ست|شت|خت|فت|اد)$/.test(stem)) return stem;
    if (ending === '' || ending === 'ه') return isPrefixed || ending === 'ه' ? stem : core;
    return stem.endsWith('ان') ? `${stem}د` : `${stem}ید`;
  }
  return s;
}

/**
 * The UD lemma (past stem) of a verb or auxiliary form; «» when nothing fits and `guess` is false.
 * «می‌روند» → «رفت», «نخواهد» → «خواست», «رفته‌است» → «رفت», «برمی‌گردد» → «گشت».
 */
export function lemmatizeVerb(form: string, model: MorphModel, guess = true): string {
  const copula = COPULA.get(form);
  if (copula !== undefined) return copula;
  const core = coreOf(form);
  if (core.length === 0) return form;
  const stem = stemAfterPrefixes(core, model);
  // A stem the table lists with its preverb («برداشت») still loses it; a plain stem («برد») stays.
  for (const pv of PREVERBS) {
    if (core.length <= pv.length + 1 || !core.startsWith(pv)) continue;
    if (stem) {
      const bare = stem.startsWith(pv) ? stem.slice(pv.length) : '';
      return bare && model.pastStems.has(bare) ? bare : stem;
    }
    const bareStem = stemAfterPrefixes(core.slice(pv.length), model);
    if (bareStem) return bareStem;
  }
  if (stem) return stem;
  return guess ? guessStem(core) : '';
}
