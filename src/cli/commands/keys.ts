/**
 * `dabir keys [file]`: the search keys of each input line's words (normalize → segment → tag → lemma →
 * fold), one output line per input line, so «می‌روند», «میروند» and «می روند» all print «رفت».
 */
import { Option } from 'commander';
import { textKeys } from '../../search-keys/index.js';
import type { CliCommand } from '../cli-command.js';
import { createOutput, readLineBatches } from '../io/index.js';

export const KEYS_FORMATS = ['text', 'json'] as const;
type KeysFormat = (typeof KEYS_FORMATS)[number];

function keysLine(text: string, format: KeysFormat): string {
  const keys = textKeys(text);
  if (format === 'json') return JSON.stringify(keys.map((k) => ({ token: k.token, key: k.key })));
  return keys.map((k) => k.key).join(' ');
}

async function runKeys(file: string | undefined, format: KeysFormat): Promise<void> {
  const out = createOutput();
  for await (const batch of readLineBatches(file)) {
    let text = '';
    for (const line of batch) text += keysLine(line.text, format) + line.eol;
    const wait = out.write(text);
    if (wait) await wait;
  }
  await out.flush();
}

export const keysCommand: CliCommand = {
  name: 'keys',
  register(program) {
    program
      .command('keys')
      .description('search keys per line: «کتاب‌ها را می‌خوانند» → «کتاب را خواند»')
      .argument('[file]', 'UTF-8 text file to read; standard input when omitted or "-"')
      .addOption(new Option('-f, --format <format>', 'output format').choices(KEYS_FORMATS).default('text'))
      .addHelpText(
        'after',
        '\nEvery input line gives exactly one output line (same line break); punctuation gets no key.\n' +
          'A key is the lemma with spelling folded: no ZWNJ, Arabic ي/ك → ی/ک, «آ/أ/إ» → «ا», hamza seats\n' +
          'as typed without hamza, diacritics and tatweel removed, digits ASCII, Latin lowercase.\n' +
          'Formats:\n' +
          '  text  the keys of a line separated by spaces\n' +
          '  json  one JSON array per line: [{"token": «می روند», "key": «رفت»}, ...]\n' +
          '\nExample:\n  echo "کتابها را می خوانند" | dabir keys',
      )
      .action(async (file: string | undefined, flags: { format: KeysFormat }) => {
        await runKeys(file, flags.format);
      });
  },
};
