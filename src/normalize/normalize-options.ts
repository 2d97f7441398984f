/**
 * normalize()'s options: one typed object with documented defaults. An unknown key is an error
 * ('unknown-option') and a value outside its set is one too ('invalid-option'), so a typo never
 * silently falls back to a default.
 */
import { DabirError, assertKnownOptions, assertOneOf } from '../errors.js';
import { DIACRITICS_MODES, type DiacriticsMode } from './fold/diacritics.js';
import type { DigitsMode, EllipsisMode, PunctuationMode } from './fold/fold-tables.js';
import { resolveZwnjOptions, type ZwnjOptions } from './zwnj/index.js';

export interface NormalizeOptions {
  /** Script of digits outside Latin tokens: 'persian' (default, «123» → «۱۲۳»), 'latin', or 'keep'. Digits in «COVID-19», URLs and e-mails stay Latin. */
  readonly digits?: DigitsMode;
  /** 'remove' (default) drops harakat, tanwin, shadda, sukun and keeps the hamza above of «خانهٔ»; 'remove-all' drops it too; 'keep'. */
  readonly diacritics?: DiacriticsMode;
  /** 'persian' (default): «?» and «;» after Persian text → «؟» «؛», «,» between Persian words → «،». 'keep' leaves them. */
  readonly punctuation?: PunctuationMode;
  /** 'keep' (default) or 'guillemets': «"سلام"» → «سلام». Default keep: straight quotes in news are often not quotations. */
  readonly quotes?: 'keep' | 'guillemets';
  /** 'keep' (default: Persian style writes both «...» and «…») or 'dots': «…» → «...». */
  readonly ellipsis?: EllipsisMode;
  /** Fix spacing around punctuation, collapse spaces, trim lines (default true). */
  readonly fixSpacing?: boolean;
  /** With fixSpacing: «۱۰درصد» → «۱۰ درصد», «سال۱۴۰۲» → «سال ۱۴۰۲» (default true); ordinals «۲۰ام» stay. */
  readonly separateDigits?: boolean;
  /** Restore ZWNJs in glued and spaced words: «میروم» → «می‌روم» (default true). */
  readonly restoreZwnj?: boolean;
  /** Options of the ZWNJ restoration, passed through untouched. */
  readonly zwnj?: ZwnjOptions;
}

export interface ResolvedNormalizeOptions {
  readonly digits: DigitsMode;
  readonly diacritics: DiacriticsMode;
  readonly punctuation: PunctuationMode;
  readonly quotes: 'keep' | 'guillemets';
  readonly ellipsis: EllipsisMode;
  readonly fixSpacing: boolean;
  readonly separateDigits: boolean;
  readonly restoreZwnj: boolean;
  readonly zwnj: ZwnjOptions | undefined;
}

export const NORMALIZE_OPTION_KEYS = [
  'digits', 'diacritics', 'punctuation', 'quotes', 'ellipsis', 'fixSpacing', 'separateDigits', 'restoreZwnj', 'zwnj',
] as const;

export const DEFAULT_NORMALIZE_OPTIONS: ResolvedNormalizeOptions = {
  digits: 'persian',
  diacritics: 'remove',
  punctuation: 'persian',
  quotes: 'keep',
  ellipsis: 'keep',
  fixSpacing: true,
  separateDigits: true,
  restoreZwnj: true,
  zwnj: undefined,
};

const WHERE = 'normalize';

function booleanOption(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new DabirError('invalid-option', `${WHERE}: option "${name}" must be true or false, got ${JSON.stringify(value)}`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string, fallback: T): T {
  return value === undefined ? fallback : assertOneOf(value, allowed, name, WHERE);
}

/** Checks `options` and fills in the defaults. */
export function resolveNormalizeOptions(options: NormalizeOptions | undefined): ResolvedNormalizeOptions {
  if (options === undefined || options === null) return DEFAULT_NORMALIZE_OPTIONS;
  assertKnownOptions(options, NORMALIZE_OPTION_KEYS, WHERE);
  const d = DEFAULT_NORMALIZE_OPTIONS;
  const zwnj: unknown = options.zwnj;
  if (zwnj !== undefined && (typeof zwnj !== 'object' || zwnj === null || Array.isArray(zwnj))) {
    throw new DabirError('invalid-option', `${WHERE}: option "zwnj" must be an object, got ${JSON.stringify(zwnj)}`);
  }
  // Checked here too, so a typo in zwnj options is an error even while restoreZwnj is false.
  if (zwnj !== undefined) resolveZwnjOptions(zwnj as ZwnjOptions);
  return {
    digits: oneOf(options.digits, ['persian', 'latin', 'keep'], 'digits', d.digits),
    diacritics: oneOf(options.diacritics, DIACRITICS_MODES, 'diacritics', d.diacritics),
    punctuation: oneOf(options.punctuation, ['persian', 'keep'], 'punctuation', d.punctuation),
    quotes: oneOf(options.quotes, ['keep', 'guillemets'], 'quotes', d.quotes),
    ellipsis: oneOf(options.ellipsis, ['keep', 'dots'], 'ellipsis', d.ellipsis),
    fixSpacing: booleanOption(options.fixSpacing, 'fixSpacing', d.fixSpacing),
    separateDigits: booleanOption(options.separateDigits, 'separateDigits', d.separateDigits),
    restoreZwnj: booleanOption(options.restoreZwnj, 'restoreZwnj', d.restoreZwnj),
    zwnj: options.zwnj,
  };
}
