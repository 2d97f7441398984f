import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { addNormalizeFlags, normalizeOptionsFrom } from './normalize-flags.js';

function optionsFor(args: string[]): ReturnType<typeof normalizeOptionsFrom> {
  const command = addNormalizeFlags(new Command('normalize').exitOverride());
  command.parse(args, { from: 'user' });
  return normalizeOptionsFrom(command);
}

describe('normalizeOptionsFrom', () => {
  it('passes nothing when no flag is given, so normalize() defaults apply', () => {
    expect(optionsFor([])).toEqual({});
  });

  it.each([
    [['--digits', 'latin'], { digits: 'latin' }],
    [['--diacritics', 'remove-all'], { diacritics: 'remove-all' }],
    [['--no-zwnj'], { restoreZwnj: false }],
    [['--no-fix-spacing', '--no-separate-digits'], { fixSpacing: false, separateDigits: false }],
    [['--no-zwnj-compounds', '--demonstratives', 'zwnj'], { zwnj: { compounds: false, demonstratives: 'zwnj' } }],
    [['--spaced-compounds', 'always'], { zwnj: { spacedCompounds: 'always' } }],
    [['--quotes', 'guillemets', '--punctuation', 'keep', '--ellipsis', 'dots'], { quotes: 'guillemets', punctuation: 'keep', ellipsis: 'dots' }],
  ])('maps %j to %j', (args, expected) => {
    expect(optionsFor(args)).toEqual(expected);
  });

  it('offers only values normalize() accepts: every choice of every flag normalizes «میروم ۱۲۳»', () => {
    const command = addNormalizeFlags(new Command('normalize'));
    const rejected: string[] = [];
    for (const option of command.options) {
      const values = option.argChoices ?? [];
      const argsList = values.length > 0 ? values.map((v) => [option.long!, v]) : [[option.long!]];
      for (const args of argsList) {
        try {
          normalize('میروم ۱۲۳', optionsFor(args));
        } catch (error) {
          rejected.push(`${args.join(' ')}: ${(error as Error).message}`);
        }
      }
    }
    expect(rejected).toEqual([]);
  });
});
