/**
 * `dabir normalize [file]`: normalizes text line by line (stdin when no file or "-"), writing exactly
 * one output line per input line with the same line break, so input and output stay aligned.
 */
import { Option, type Command } from 'commander';
import { normalize, type NormalizeOptions } from '../../normalize/index.js';
import type { CliCommand } from '../cli-command.js';
import { addNormalizeFlags, normalizeOptionsFrom } from '../normalize-flags.js';
import { createOutput, readLineBatches } from '../io/index.js';

// normalize() works on one line at a time; should it ever emit a line break, it would shift every later
// line, so any break in its output becomes a space.
function oneLine(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace(/\r\n|[\r\n]/g, ' ');
}

// One JSON object per line: the normalized text and the edits (offsets within that line).
function jsonLine(source: string, options: NormalizeOptions): string {
  const result = normalize(source, options);
  return JSON.stringify({ text: result.text, edits: result.edits });
}

async function runNormalize(file: string | undefined, command: Command): Promise<void> {
  const flags = command.opts<{ format: string }>();
  const options = normalizeOptionsFrom(command);
  normalize('', options); // reject bad options before reading any input
  const isJson = flags.format === 'json';
  const out = createOutput();
  for await (const batch of readLineBatches(file)) {
    let text = '';
    for (const line of batch) {
      text += isJson ? `${jsonLine(line.text, options)}${line.eol}` : oneLine(normalize(line.text, options).text) + line.eol;
    }
    const wait = out.write(text);
    if (wait) await wait;
  }
  await out.flush();
}

export const normalizeCommand: CliCommand = {
  name: 'normalize',
  register(program) {
    const command = program
      .command('normalize')
      .description('normalize Persian text line by line: «رئیسجمهوری میگوید» → «رئیس‌جمهوری می‌گوید»')
      .argument('[file]', 'UTF-8 text file to read; standard input when omitted or "-"')
      .addOption(
        new Option('-f, --format <format>', 'text, or json: one {"text", "edits"} object per line').choices(['text', 'json']).default('text'),
      )
      .addHelpText(
        'after',
        '\nEvery input line gives exactly one output line (same line break), so the output aligns with the input.\n' +
          'Options not given take normalize() defaults.\n\nExamples:\n  dabir normalize article.txt > clean.txt\n  echo "میروم" | dabir normalize',
      )
      .action(async (file: string | undefined, _flags: unknown, self: Command) => {
        await runNormalize(file, self);
      });
    addNormalizeFlags(command);
  },
};
