/**
 * The command-line flags for normalize() options, shared by every command that normalizes (normalize,
 * tokenize, ...): each flag maps to one NormalizeOptions key, and only flags the user gave are passed,
 * so defaults always come from the library.
 */
import { Option, type Command } from 'commander';
import type { NormalizeOptions, ZwnjOptions } from '../normalize/index.js';

/** Adds the normalization flags to a command. */
export function addNormalizeFlags(command: Command): Command {
  return command
    .addOption(new Option('--digits <script>', 'digits: «123» → «۱۲۳» (default persian)').choices(['persian', 'latin', 'keep']))
    .addOption(
      new Option('--diacritics <mode>', 'harakat; remove keeps the hamza of «خانهٔ» (default remove)').choices(['remove', 'remove-all', 'keep']),
    )
    .addOption(new Option('--punctuation <mode>', '«?» «;» «,» in Persian text → «؟» «؛» «،» (default persian)').choices(['persian', 'keep']))
    .addOption(new Option('--quotes <style>', '"..." → «...» with guillemets (default keep)').choices(['keep', 'guillemets']))
    .addOption(new Option('--ellipsis <style>', '«…» → «...» with dots (default keep)').choices(['keep', 'dots']))
    .option('--no-fix-spacing', 'leave spacing around punctuation and runs of spaces alone')
    .option('--no-separate-digits', 'do not split digits from letters («۱۰درصد» → «۱۰ درصد»)')
    .option('--no-zwnj', 'do not restore zero-width non-joiners (U+200C): «میروم» stays')
    .option('--no-zwnj-compounds', 'restore ZWNJ in affixes only, not in compounds such as «رئیسجمهوری»')
    .addOption(
      new Option(
        '--spaced-compounds <when>',
        '«ثبت نام» → «ثبت‌نام»: auto (only in text that writes ZWNJs as spaces, default) or always',
      ).choices(['auto', 'always']),
    )
    .addOption(
      new Option('--demonstratives <style>', '«آنها»/«آن‌ها»: corpus (UD majority, default), joined or zwnj').choices([
        'corpus',
        'joined',
        'zwnj',
      ]),
    );
}

interface NormalizeFlagValues {
  digits?: NormalizeOptions['digits'];
  diacritics?: NormalizeOptions['diacritics'];
  punctuation?: NormalizeOptions['punctuation'];
  quotes?: NormalizeOptions['quotes'];
  ellipsis?: NormalizeOptions['ellipsis'];
  fixSpacing?: boolean;
  separateDigits?: boolean;
  zwnj?: boolean;
  zwnjCompounds?: boolean;
  demonstratives?: ZwnjOptions['demonstratives'];
  spacedCompounds?: ZwnjOptions['spacedCompounds'];
}

/** normalize() options from the flags given on the command line (none given → {}). */
export function normalizeOptionsFrom(command: Command): NormalizeOptions {
  const flags = command.opts<NormalizeFlagValues>();
  const given = (name: keyof NormalizeFlagValues): boolean => command.getOptionValueSource(name) === 'cli';
  const options: { -readonly [K in keyof NormalizeOptions]: NormalizeOptions[K] } = {};
  if (given('digits')) options.digits = flags.digits;
  if (given('diacritics')) options.diacritics = flags.diacritics;
  if (given('punctuation')) options.punctuation = flags.punctuation;
  if (given('quotes')) options.quotes = flags.quotes;
  if (given('ellipsis')) options.ellipsis = flags.ellipsis;
  if (given('fixSpacing')) options.fixSpacing = flags.fixSpacing;
  if (given('separateDigits')) options.separateDigits = flags.separateDigits;
  if (given('zwnj')) options.restoreZwnj = flags.zwnj;
  const zwnj: ZwnjOptions = {};
  if (given('zwnjCompounds')) zwnj.compounds = flags.zwnjCompounds;
  if (given('demonstratives')) zwnj.demonstratives = flags.demonstratives;
  if (given('spacedCompounds')) zwnj.spacedCompounds = flags.spacedCompounds;
  if (Object.keys(zwnj).length > 0) options.zwnj = zwnj;
  return options;
}
