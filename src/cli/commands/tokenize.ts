/**
 * `dabir tokenize [file]`: normalizes and segments text paragraph by paragraph (paragraphs are separated
 * by blank lines) and writes sentences and words as text, JSON Lines or CoNLL-U.
 */
import { Option, type Command } from 'commander';
import { tokenize } from '../../analyze.js';
import { docToJSON } from '../../formats/json.js';
import { countConlluSentences, docToConllu } from '../../formats/tokens-conllu.js';
import { docToTokensText } from '../../formats/tokens-text.js';
import type { NormalizeOptions } from '../../normalize/index.js';
import type { CliCommand } from '../cli-command.js';
import { addNormalizeFlags, normalizeOptionsFrom } from '../normalize-flags.js';
import { createOutput, readParagraphs, type ParagraphMode } from '../io/index.js';

export const TOKENIZE_FORMATS = ['text', 'json', 'conllu'] as const;
type TokenizeFormat = (typeof TOKENIZE_FORMATS)[number];

async function runTokenize(
  file: string | undefined,
  format: TokenizeFormat,
  paragraphs: ParagraphMode,
  options: NormalizeOptions,
): Promise<void> {
  tokenize('', { normalize: options }); // reject bad options before reading any input
  const out = createOutput();
  let sentenceId = 1;
  let isFirst = true;
  for await (const paragraph of readParagraphs(file, { mode: paragraphs })) {
    const doc = tokenize(paragraph, { normalize: options });
    let text: string;
    if (format === 'json') text = `${JSON.stringify(docToJSON(doc))}\n`;
    else if (format === 'conllu') {
      text = docToConllu(doc, { firstSentenceId: sentenceId, isNewParagraph: true });
      sentenceId += countConlluSentences(doc);
    } else text = (isFirst ? '' : '\n') + docToTokensText(doc);
    isFirst = false;
    const wait = out.write(text);
    if (wait) await wait;
  }
  await out.flush();
}

export const tokenizeCommand: CliCommand = {
  name: 'tokenize',
  register(program) {
    const command = program
      .command('tokenize')
      .description('split Persian text into sentences and words (UD Persian conventions)')
      .argument('[file]', 'UTF-8 text file to read; standard input when omitted or "-"')
      .addOption(new Option('-f, --format <format>', 'output format').choices(TOKENIZE_FORMATS).default('text'))
      .addOption(
        new Option('--paragraphs <split>', 'paragraphs end at blank lines, or at every line break').choices(['blank', 'line']).default('blank'),
      )
      .addHelpText(
        'after',
        '\nInput is read paragraph by paragraph: paragraphs end at blank lines (or, with --paragraphs line, at\n' +
          'every line break; a paragraph is also cut at a line break once it passes 1,000,000 characters).\n' +
          'Each is normalized (with the normalization options below) and segmented on its own.\n' +
          'Formats:\n' +
          '  text    one sentence per line, tokens separated by spaces, a blank line between paragraphs\n' +
          '  json    JSON Lines: one Doc JSON object per paragraph (text, offsets, sentences, tokens, ...)\n' +
          '  conllu  CoNLL-U with # newpar, # sent_id, # text, multiword-token ranges and SpaceAfter=No\n' +
          '\nExample:\n  dabir tokenize --format conllu article.txt',
      )
      .action(async (file: string | undefined, flags: { format: TokenizeFormat; paragraphs: ParagraphMode }, self: Command) => {
        await runTokenize(file, flags.format, flags.paragraphs, normalizeOptionsFrom(self));
      });
    addNormalizeFlags(command);
  },
};
