/**
 * `dabir tag [file]`: parts of speech and lemmas. From raw text (normalize → segment → tag → lemmatize,
 * paragraph by paragraph) as text, JSON Lines or CoNLL-U; or, with `--input conllu`, fills LEMMA and UPOS
 * of a CoNLL-U file on its own tokens, keeping every other byte, sentence by sentence.
 */
import { Option, type Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Doc } from '../../doc/doc.js';
import { UPOS_TAGS } from '../../doc/labels.js';
import { DabirError } from '../../errors.js';
import { FORM, LEMMA, UPOS, readConlluLines, type ConlluSentence } from '../../formats/conllu/index.js';
import { docToJSON } from '../../formats/json.js';
import { countConlluSentences, docToConllu } from '../../formats/tokens-conllu.js';
import { lemmatize } from '../../morph/index.js';
import { SCHEMES, tagWords, type TagScheme } from '../../tag/index.js';
import type { CliCommand } from '../cli-command.js';
import { CliUsageError } from '../cli-errors.js';
import { createOutput, readLineBatches, readParagraphs, type Line, type Output } from '../io/index.js';

export const TAG_FORMATS = ['text', 'json', 'conllu'] as const;
export const TAG_INPUTS = ['text', 'conllu'] as const;
type TagFormat = (typeof TAG_FORMATS)[number];
type TagInput = (typeof TAG_INPUTS)[number];

interface TagFlags {
  readonly format: TagFormat;
  readonly input: TagInput;
  readonly scheme: TagScheme;
}

/** One sentence per line, each word as form/UPOS/lemma: «او/PRON/او رفت/VERB/رفت ./PUNCT/.». */
function docToTaggedText(doc: Doc): string {
  const t = doc.tokens;
  let out = '';
  for (const s of doc.sentences) {
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const form = doc.text.slice(t.start[i]!, t.end[i]!).replace(/\s+/g, '_');
      words.push(`${form}/${UPOS_TAGS[t.upos[i]!] ?? '_'}/${(t.lemma[i] || '_').replace(/\s+/g, '_')}`);
    }
    if (words.length > 0) out += `${words.join(' ')}\n`;
  }
  return out;
}

async function tagText(file: string | undefined, format: TagFormat, out: Output): Promise<void> {
  let sentenceId = 1;
  let isFirst = true;
  for await (const paragraph of readParagraphs(file)) {
    const doc = analyze(paragraph, { until: 'lemmatize' });
    let text: string;
    if (format === 'json') text = `${JSON.stringify(docToJSON(doc))}\n`;
    else if (format === 'conllu') {
      text = docToConllu(doc, { firstSentenceId: sentenceId, isNewParagraph: true });
      sentenceId += countConlluSentences(doc);
    } else text = (isFirst ? '' : '\n') + docToTaggedText(doc);
    isFirst = false;
    const wait = out.write(text);
    if (wait) await wait;
  }
}

// The reader numbers lines from the start of the block it is given; errors must name the file's line.
function shiftLineNumbers(error: unknown, offset: number): unknown {
  if (!(error instanceof DabirError)) return error;
  const message = error.message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + offset}`);
  return new DabirError(error.code, message, { cause: error });
}

/** The block's lines with LEMMA and UPOS of word lines filled; every other column and line unchanged. */
function fillBlock(block: readonly Line[], firstLine: number, scheme: TagScheme): string {
  let sentence: ConlluSentence | undefined;
  try {
    for (const s of readConlluLines(block.map((l) => l.text))) sentence = s;
  } catch (error) {
    throw shiftLineNumbers(error, firstLine - 1);
  }
  if (!sentence) return block.map((l) => l.text + l.eol).join('');
  const words = sentence.lines.filter((l) => l.kind === 'word');
  const forms = words.map((l) => l.columns[FORM]!);
  const upos = tagWords(forms, { scheme }).upos;
  const filled = new Map<number, string>();
  let w = 0;
  sentence.lines.forEach((line, j) => {
    if (line.kind !== 'word') return;
    const columns = line.columns.slice();
    columns[UPOS] = upos[w]!;
    columns[LEMMA] = lemmatize(columns[FORM]!, upos[w]!) || '_';
    w++;
    filled.set(sentence!.comments.length + j, columns.join('\t'));
  });
  let out = '';
  block.forEach((line, j) => {
    out += (filled.get(j) ?? line.text) + line.eol;
  });
  return out;
}

async function tagConllu(file: string | undefined, scheme: TagScheme, out: Output): Promise<void> {
  let block: Line[] = [];
  let blockStart = 1;
  let lineNumber = 0;
  for await (const batch of readLineBatches(file)) {
    for (const line of batch) {
      lineNumber++;
      if (line.text.trim() === '') {
        let text = '';
        if (block.length > 0) text = fillBlock(block, blockStart, scheme);
        block = [];
        const wait = out.write(text + line.text + line.eol);
        if (wait) await wait;
        continue;
      }
      if (block.length === 0) blockStart = lineNumber;
      block.push(line);
    }
  }
  if (block.length > 0) await out.write(fillBlock(block, blockStart, scheme));
}

async function runTag(file: string | undefined, flags: TagFlags, isFormatGiven: boolean): Promise<void> {
  if (flags.input === 'conllu' && !isFormatGiven) flags = { ...flags, format: 'conllu' };
  if (flags.input === 'conllu' && flags.format !== 'conllu') {
    throw new CliUsageError(`--input conllu writes CoNLL-U only; use --format conllu (got --format ${flags.format})`);
  }
  const out = createOutput();
  if (flags.input === 'conllu') await tagConllu(file, flags.scheme, out);
  else await tagText(file, flags.format, out);
  await out.flush();
}

export const tagCommand: CliCommand = {
  name: 'tag',
  register(program) {
    program
      .command('tag')
      .description('part-of-speech tags (UD UPOS) and lemmas for Persian text or a CoNLL-U file')
      .argument('[file]', 'UTF-8 file to read; standard input when omitted or "-"')
      .addOption(new Option('-f, --format <format>', 'output format').choices(TAG_FORMATS).default('text'))
      .addOption(new Option('-i, --input <input>', 'input format').choices(TAG_INPUTS).default('text'))
      .addOption(new Option('--scheme <scheme>', 'treebank annotation scheme to follow').choices(SCHEMES).default('perdt'))
      .addHelpText(
        'after',
        '\nText input is read paragraph by paragraph (blank lines separate paragraphs), normalized, segmented,\n' +
          'tagged and lemmatized.\n' +
          'Formats:\n' +
          '  text    one sentence per line, words as form/UPOS/lemma\n' +
          '  json    JSON Lines: one Doc JSON object per paragraph\n' +
          '  conllu  CoNLL-U with LEMMA and UPOS filled\n' +
          'With --input conllu the tokens of the input are kept exactly (comments, ranges, IDs, HEAD, DEPREL,\n' +
          'DEPS, MISC untouched) and only LEMMA and UPOS of word lines are replaced (--format defaults to conllu).\n' +
          '\nExamples:\n  dabir tag article.txt\n  dabir tag --input conllu --format conllu gold.conllu > tagged.conllu',
      )
      .action(async (file: string | undefined, flags: TagFlags, command: Command) => {
        await runTag(file, flags, command.getOptionValueSource('format') === 'cli');
      });
  },
};
