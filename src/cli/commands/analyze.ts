/**
 * `dabir analyze [file]`: runs the whole pipeline on one article and prints its Doc as JSON or as a
 * readable report; with --jsonl, analyzes one article per input line (`{"id", "text"}`) on all cores.
 */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Doc } from '../../doc/doc.js';
import { docToJSON } from '../../formats/json.js';
import { docToTextReport } from '../../formats/text-report.js';
import { renderPage } from '../../web/index.js';
import { runAnalyzeBatch } from '../analyze-batch/run-analyze-batch.js';
import type { CliCommand } from '../cli-command.js';
import { CliUsageError } from '../cli-errors.js';
import { createOutput, readInput } from '../io/index.js';

export const ANALYZE_FORMATS = ['json', 'text', 'html'] as const;
type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

interface AnalyzeFlags {
  format: AnalyzeFormat;
  jsonl?: boolean;
  workers?: string;
}

function workerCount(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value)) throw new CliUsageError(`option '--workers <n>' must be a whole number, got '${value}'`);
  return Math.min(Number(value), 256);
}

function formatDoc(doc: Doc, format: AnalyzeFormat): string {
  if (format === 'text') return docToTextReport(doc);
  if (format === 'html') return renderPage({ doc });
  return `${JSON.stringify(docToJSON(doc))}\n`;
}

async function runAnalyze(file: string | undefined, flags: AnalyzeFlags, command: Command): Promise<void> {
  if (flags.jsonl) {
    if (command.getOptionValueSource('format') === 'cli' && flags.format !== 'json') {
      throw new CliUsageError(`option '--jsonl' writes JSON Lines; '--format ${flags.format}' cannot be used with it`);
    }
    const summary = await runAnalyzeBatch(file, { workers: workerCount(flags.workers) });
    if (summary.errors > 0) {
      process.stderr.write(`dabir: ${summary.errors} of ${summary.records} records could not be analyzed (see their "error" fields)\n`);
    }
    return;
  }
  if (flags.workers !== undefined) throw new CliUsageError("option '--workers <n>' needs '--jsonl'");
  const doc = analyze(await readInput(file));
  const out = createOutput();
  const wait = out.write(formatDoc(doc, flags.format));
  if (wait) await wait;
  await out.flush();
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  register(program) {
    program
      .command('analyze')
      .description('analyze a news article: sources, quotes and speakers, entities, keywords, summary')
      .argument('[file]', 'UTF-8 text file (or JSONL with --jsonl); standard input when omitted or "-"')
      .addOption(new Option('-f, --format <format>', 'output format').choices(ANALYZE_FORMATS).default('json'))
      .option('--jsonl', 'batch mode: one {"id", "text"} object per input line, one {"id", "doc"} per output line')
      .option('--workers <n>', 'batch mode: worker threads (default: one per core; 0 = main thread)')
      .addHelpText(
        'after',
        '\nFormats:\n' +
          '  json  the Doc as one JSON object (schema: src/doc/doc.schema.json)\n' +
          '  text  a readable report: sources, who said what, entities by type, keywords, summary\n' +
          '  html  one self-contained web page showing the article annotated (as `dabir serve` does)\n' +
          '\nBatch mode (--jsonl) keeps input order; a line that is not valid JSON or lacks a string "text"\n' +
          'gives {"id", "line", "error": {"code", "message"}} for that line and the batch goes on.\n' +
          '\nExamples:\n  dabir analyze --format text article.txt\n  dabir analyze --jsonl articles.jsonl > analyzed.jsonl',
      )
      .action(async (file: string | undefined, flags: AnalyzeFlags, command: Command) => {
        await runAnalyze(file, flags, command);
      });
  },
};
