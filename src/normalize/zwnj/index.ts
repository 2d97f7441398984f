/**
 * ZWNJ restoration (نیم‌فاصله), the normalizer's last pass: removes invalid ZWNJs and restores them in
 * glued («میدهد» → «می‌دهد») and spaced («کتاب ها» → «کتاب‌ها») forms by scored segmentation.
 * The algorithm, in order (each step sees the previous one's result):
 * 1. cleanToken: drop ZWNJs after non-joining letters, at word edges, in runs (`zwnj/remove-invalid`); one before a mark stays.
 * 2. restoreToken → segmentWord: a seen word takes the model's form; an unseen one backs off to
 *    می/نمی + verb form and stem + suffix chains (`zwnj/glued-mi`, `-plural`, `-comparative`, `-clitic`, `zwnj/compound`).
 * 3. joinsAcrossSpace: the space between two tokens joins when the pair is a seen compound or an affix
 *    attaches (`zwnj/spaced-mi`, `-plural`, `-comparative`, `-clitic`, `-compound`); it must follow step 2,
 *    because it reads the pieces the restored forms end and start with. A compound joins only in a text
 *    that writes its ZWNJs as spaces (the pass joins a spaced affix in it: «می شود», «کتاب ها»), unless the gold nearly always
 *    joins it («بین المللی»): where ZWNJs were stripped or are correct, a space is a real space.
 * 4. A glued «…های» the model reads two ways («حرف‌های»/«حرفه‌ای») takes the reading the next word
 *    supports (next-word-key.ts, the model's heNext table): «حرفه‌ای که», «حرف‌های او».
 */
import { assertKnownOptions, assertOneOf, DabirError } from '../../errors.js';
import type { PassResult } from '../../doc/text-builder.js';
import { TextBuilder } from '../../doc/text-builder.js';
import { restoreZwnjWith, type ZwnjSettings } from './restore-zwnj.js';
import { loadZwnjModel } from './zwnj-model.js';

export { loadZwnjModel } from './zwnj-model.js';
export type { ZwnjModel } from './zwnj-model.js';

/** How «آنها»/«اینها» (demonstrative + plural) are written; usage varies, so it is an option. */
export type DemonstrativePlural = 'corpus' | 'joined' | 'zwnj';

/** When a spaced compound («ثبت نام») joins: see ZwnjOptions.spacedCompounds. */
export type SpacedCompounds = 'auto' | 'always';

export interface ZwnjOptions {
  /** Remove ZWNJs after non-joining letters, at word edges and in runs. Default true. */
  removeInvalid?: boolean;
  /** Restore ZWNJs inside glued words («میدهد» → «می‌دهد»). Default true. */
  glued?: boolean;
  /** Join parts separated by a space («می دهد» → «می‌دهد», «کشور ها» → «کشورها»). Default true. */
  spaced?: boolean;
  /**
   * Also restore compounds («رئیسجمهوری» → «رئیس‌جمهوری», «بین المللی» → «بین‌المللی»), as the UD gold
   * writes them; false limits the pass to affixes (می/نمی, plural, comparative, clitics). Default true.
   */
  compounds?: boolean;
  /**
   * Spaced compounds («ثبت نام» → «ثبت‌نام»): 'auto' (default) joins one only in a text that writes its
   * ZWNJs as spaces elsewhere («می شود», «کتاب ها»), or when the gold nearly always joins the pair («بین
   * المللی») and the text shows no stripped ZWNJ (a glued «میشود»): in a text whose ZWNJs were stripped
   * or are correct, a space is a real space. 'always' joins every known compound pair, for text known to
   * put spaces for ZWNJs.
   */
  spacedCompounds?: SpacedCompounds;
  /**
   * «آنها»/«اینها»: 'corpus' (default) follows the UD gold majority («آنها» glued 1,113× vs 302×,
   * «این‌ها» 91× vs 49×); 'joined' writes both glued; 'zwnj' writes «آن‌ها», «این‌ها».
   */
  demonstratives?: DemonstrativePlural;
}

/** Rule ids of this pass with one line each (the Doc's edits carry them). */
export const ZWNJ_RULES: Readonly<Record<string, string>> = {
  'zwnj/remove-invalid': 'removed a ZWNJ after a non-joining letter, at a word edge or in a run',
  'zwnj/glued-mi': 'restored the ZWNJ after می/نمی in a glued verb: میدهد → می‌دهد',
  'zwnj/glued-plural': 'restored the ZWNJ before a plural suffix: تروریستها → تروریست‌ها',
  'zwnj/glued-comparative': 'restored the ZWNJ before تر/ترین: قویترین → قوی‌ترین',
  'zwnj/glued-clitic': 'restored the ZWNJ before a clitic or copula: دادهام → داده‌ام',
  'zwnj/compound': 'restored the ZWNJ inside a glued compound: رئیسجمهوری → رئیس‌جمهوری',
  'zwnj/spaced-mi': 'joined می/نمی to its verb: می دهد → می‌دهد',
  'zwnj/spaced-plural': 'joined a spaced plural suffix: کتاب ها → کتاب‌ها, کشور ها → کشورها',
  'zwnj/spaced-comparative': 'joined spaced تر/ترین: بزرگ ترین → بزرگ‌ترین',
  'zwnj/spaced-clitic': 'joined a spaced clitic: خانه ای → خانه‌ای',
  'zwnj/spaced-compound': 'joined the parts of a spaced compound: بین المللی → بین‌المللی',
};

const OPTION_KEYS = ['removeInvalid', 'glued', 'spaced', 'compounds', 'spacedCompounds', 'demonstratives'] as const;
const DEMONSTRATIVES: readonly DemonstrativePlural[] = ['corpus', 'joined', 'zwnj'];
const SPACED_COMPOUNDS: readonly SpacedCompounds[] = ['auto', 'always'];
const DEMONSTRATIVE_STEMS = ['آن', 'این'];
const PLURALS = ['ها', 'های', 'هایی', 'هایشان', 'هایش', 'هایمان', 'هایتان'];

function overridesFor(mode: DemonstrativePlural): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  if (mode === 'corpus') return map;
  for (const stem of DEMONSTRATIVE_STEMS) {
    for (const plural of PLURALS) map.set(stem + plural, mode === 'zwnj' ? `${stem}\u200C${plural}` : stem + plural);
  }
  return map;
}

function booleanOption(value: unknown, name: string): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    throw new DabirError('invalid-option', `restoreZwnj: option "${name}" must be a boolean, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Checks the options and fills in the defaults. */
export function resolveZwnjOptions(options: ZwnjOptions = {}): ZwnjSettings {
  assertKnownOptions(options, OPTION_KEYS, 'restoreZwnj');
  const demonstratives =
    options.demonstratives === undefined
      ? 'corpus'
      : assertOneOf(options.demonstratives, DEMONSTRATIVES, 'demonstratives', 'restoreZwnj');
  return {
    removeInvalid: booleanOption(options.removeInvalid, 'removeInvalid'),
    glued: booleanOption(options.glued, 'glued'),
    spaced: booleanOption(options.spaced, 'spaced'),
    compounds: booleanOption(options.compounds, 'compounds'),
    compoundsInAnyText:
      options.spacedCompounds !== undefined &&
      assertOneOf(options.spacedCompounds, SPACED_COMPOUNDS, 'spacedCompounds', 'restoreZwnj') === 'always',
    overrides: overridesFor(demonstratives),
  };
}

/** The defaults, resolved once: normalize() passes no ZWNJ options unless asked, and short texts add up. */
const DEFAULT_SETTINGS: ZwnjSettings = resolveZwnjOptions({});

/**
 * Restores ZWNJ (نیم‌فاصله) in folded Persian text and removes invalid ones; every letter is kept.
 * «رئیسجمهوری روسیه میگوید» → «رئیس‌جمهوری روسیه می‌گوید»; «کتاب ها» → «کتاب‌ها».
 */
export function restoreZwnj(text: string, options?: ZwnjOptions): PassResult {
  if (typeof text !== 'string') {
    throw new DabirError('invalid-argument', `restoreZwnj: text must be a string, got ${typeof text}`);
  }
  const settings = options === undefined ? DEFAULT_SETTINGS : resolveZwnjOptions(options);
  if (text.length === 0) return new TextBuilder(text).finish();
  return restoreZwnjWith(loadZwnjModel(), text, settings);
}
