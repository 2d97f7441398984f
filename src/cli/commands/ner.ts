/**
 * `dabir ner [file]`: named entities. From raw text (the whole input is one document, so mentions link
 * across paragraphs) as JSON or `token<TAB>BIO` lines; or, with `--input conll`, tags a token-per-line
 * file on its own tokens (first column; blank line between sentences), streaming sentence by sentence.
 */
import { Option } from 'commander';
import { normalize } from '../../normalize/index.js';
import { createPipeline, docFromNormalized } from '../../pipeline/create-pipeline.js';
import { stagesFor } from '../../pipeline/stages.js';
import type { Doc } from '../../doc/doc.js';
import { ENTITY_LABELS, type EntityLabel } from '../../doc/labels.js';
import { docToJSON } from '../../formats/json.js';
import { firstColumn, linkMentionsStage, nerStage, tagConllSentence, type NerStyle } from '../../ner/index.js';
import { tagsOfSpans } from '../../ner/bio-tags.js';
import type { CliCommand } from '../cli-command.js';
import { CliUsageError } from '../cli-errors.js';
import { createOutput, readInput, readLineBatches, type Output } from '../io/index.js';

export const NER_FORMATS = ['json', 'conll'] as const;
export const NER_INPUTS = ['text', 'conll'] as const;
export const NER_STYLES = ['peyma', 'arman', 'parstwiner', 'none'] as const;

interface NerFlags {
  readonly format: (typeof NER_FORMATS)[number];
  readonly input: (typeof NER_INPUTS)[number];
  readonly style: NerStyle;
  readonly labels?: string;
}

function parseLabels(list: string | undefined): EntityLabel[] | undefined {
  if (list === undefined) return undefined;
  const labels = list.split(',').map((l) => l.trim()).filter((l) => l.length > 0);
  for (const l of labels) {
    if (!(ENTITY_LABELS as readonly string[]).includes(l)) {
      throw new CliUsageError(`--labels: unknown label "${l}"; expected a comma list of ${ENTITY_LABELS.join(', ')}`);
    }
  }
  return labels as EntityLabel[];
}

/** `token<TAB>BIO` per word, blank line after each sentence. */
function docToConll(doc: Doc): string {
  const t = doc.tokens;
  let out = '';
  let i = 0;
  let e = 0;
  while (i < t.length) {
    let end = i + 1;
    while (end < t.length && t.sentence[end] === t.sentence[i]) end++;
    const spans = [];
    while (e < doc.entities.length && doc.entities[e]!.tokenStart < end) {
      const en = doc.entities[e]!;
      spans.push({ start: en.tokenStart - i, end: Math.min(en.tokenEnd, end) - i, label: en.label });
      e++;
    }
    const tags = tagsOfSpans(spans, end - i);
    for (let k = i; k < end; k++) out += `${doc.text.slice(t.start[k]!, t.end[k]!).replace(/\s+/g, '\u200c')}\t${tags[k - i]}\n`;
    out += '\n';
    i = end;
  }
  return out;
}

async function nerText(file: string | undefined, flags: NerFlags, labels: EntityLabel[] | undefined, out: Output): Promise<void> {
  const text = await readInput(file);
  const pipeline = createPipeline([
    ...stagesFor(['segment', 'tag', 'lemmatize']),
    nerStage({ style: flags.style, labels }),
    linkMentionsStage(),
  ]);
  const doc = pipeline.runOn(docFromNormalized(text, normalize(text)));
  await out.write(flags.format === 'json' ? `${JSON.stringify(docToJSON(doc))}\n` : docToConll(doc));
}

async function nerConll(file: string | undefined, flags: NerFlags, labels: EntityLabel[] | undefined, out: Output): Promise<void> {
  let tokens: string[] = [];
  const flushSentence = (): string => {
    if (tokens.length === 0) return '';
    const tags = tagConllSentence(tokens, { style: flags.style, labels });
    let text = '';
    tokens.forEach((tok, k) => {
      text += `${tok}\t${tags[k]}\n`;
    });
    tokens = [];
    return `${text}\n`;
  };
  for await (const batch of readLineBatches(file)) {
    let text = '';
    for (const line of batch) {
      if (line.text.trim() === '') text += flushSentence();
      else tokens.push(firstColumn(line.text));
    }
    if (text) {
      const wait = out.write(text);
      if (wait) await wait;
    }
  }
  await out.write(flushSentence());
}

async function runNer(file: string | undefined, flags: NerFlags): Promise<void> {
  if (flags.input === 'conll' && flags.format !== 'conll') {
    throw new CliUsageError(`--input conll writes token<TAB>tag lines only; use --format conll (got --format ${flags.format})`);
  }
  const labels = parseLabels(flags.labels);
  const out = createOutput();
  if (flags.input === 'conll') await nerConll(file, flags, labels, out);
  else await nerText(file, flags, labels, out);
  await out.flush();
}

export const nerCommand: CliCommand = {
  name: 'ner',
  register(program) {
    program
      .command('ner')
      .description('named entities (PER, LOC, ORG, FAC, EVENT, PRODUCT, DATE, TIME, MONEY, PERCENT) and linked mentions')
      .argument('[file]', 'UTF-8 file to read; standard input when omitted or "-"')
      .addOption(new Option('-f, --format <format>', 'output format').choices(NER_FORMATS).default('json'))
      .addOption(new Option('-i, --input <input>', 'input format').choices(NER_INPUTS).default('text'))
      .addOption(new Option('--style <style>', 'annotation conventions to follow').choices(NER_STYLES).default('peyma'))
      .option('--labels <list>', 'only these labels, comma-separated (e.g. PER,LOC,ORG)')
      .addHelpText(
        'after',
        '\nText input is one document: normalized, segmented, tagged, then entities are found and linked.\n' +
          'Formats:\n' +
          '  json   the Doc JSON with entities and mentionGroups\n' +
          '  conll  token<TAB>BIO-tag per line (B-PER, I-PER, ..., O), blank line between sentences\n' +
          'With --input conll each line holds one token (extra tab- or space-separated columns are ignored)\n' +
          'and the output has exactly the same tokens, so it can be scored against the corpus.\n' +
          '\nExamples:\n  dabir ner article.txt\n  dabir ner --input conll --format conll tokens.txt > tagged.txt',
      )
      .action(async (file: string | undefined, flags: NerFlags) => {
        await runNer(file, flags);
      });
  },
};
